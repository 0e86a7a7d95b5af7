import { AppShell } from "@/components/app-shell";
import { requireRole } from "@/lib/auth/session";
import type { Role } from "@/lib/domain/roles";
import { unreadCountFor } from "@/lib/server/notifications/unread-count";
import { openOfferCountFor, openOffersText } from "@/lib/server/allocation/count-open-offers";
import type { NavBadges } from "@/components/main-nav";

/** Layout of a role area: only people holding the role get in (403 otherwise). */
export async function RoleAreaLayout({ role, children }: { role: Role; children: React.ReactNode }) {
  const actor = await requireRole(role);
  const [unread, openOffers] = await Promise.all([unreadCountFor(actor, role), role === "LIS" ? openOfferCountFor(actor, role) : 0]);
  const badges: NavBadges = openOffers > 0 ? { "/lis/tilbud": { count: openOffers, text: openOffersText(openOffers) } } : {};
  return (
    <AppShell actor={actor} area={role} unreadNotifications={unread} navBadges={badges}>
      {children}
    </AppShell>
  );
}
