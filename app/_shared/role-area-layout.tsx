import { AppShell } from "@/components/app-shell";
import { requireRole } from "@/lib/auth/session";
import type { Role } from "@/lib/domain/roles";
import { unreadCountFor } from "@/lib/server/notifications/unread-count";

/** Layout of a role area: only people holding the role get in (403 otherwise). */
export async function RoleAreaLayout({ role, children }: { role: Role; children: React.ReactNode }) {
  const actor = await requireRole(role);
  const unread = await unreadCountFor(actor, role);
  return (
    <AppShell actor={actor} area={role} unreadNotifications={unread}>
      {children}
    </AppShell>
  );
}
