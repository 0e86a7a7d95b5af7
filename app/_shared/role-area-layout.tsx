import { AppShell } from "@/components/app-shell";
import { requireRole } from "@/lib/auth/session";
import type { Role } from "@/lib/domain/roles";

/** Layout of a role area: only people holding the role get in (403 otherwise). */
export async function RoleAreaLayout({ role, children }: { role: Role; children: React.ReactNode }) {
  const actor = await requireRole(role);
  return (
    <AppShell actor={actor} area={role}>
      {children}
    </AppShell>
  );
}
