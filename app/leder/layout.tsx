import { RoleAreaLayout } from "@/app/_shared/role-area-layout";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <RoleAreaLayout role="LEDER">{children}</RoleAreaLayout>;
}
