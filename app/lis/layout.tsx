import { RoleAreaLayout } from "@/app/_shared/role-area-layout";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <RoleAreaLayout role="LIS">{children}</RoleAreaLayout>;
}
