import Link from "next/link";
import type { Actor } from "@/lib/server/auth/load-actor";
import { NAVIGATION } from "@/lib/domain/navigation";
import { grantForArea, ROLE_START_PATH, type Role } from "@/lib/domain/roles";
import { NotificationsLink } from "./notifications/notifications-link";
import { LogoutButton } from "./logout-button";
import { LogoutEverywhereButton } from "./logout-everywhere-button";
import { RoleSwitcher } from "./role-switcher";
import { MainNav, type NavBadges } from "./main-nav";

/** The frame of every role area: header with the person, role switch, the area's menu, and main content. */
export function AppShell({
  actor,
  area,
  unreadNotifications = 0,
  navBadges = {},
  children,
}: {
  actor: Actor;
  area: Role;
  unreadNotifications?: number;
  navBadges?: NavBadges;
  children: React.ReactNode;
}) {
  // The header and the role switcher both show the grant of the area this page is in, not the
  // session's active role, so a /regional tab never shows a "lokal" header.
  const grant = grantForArea(actor.roles, actor.activeRole, area);
  return (
    <>
      <header className="no-print bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link href="/" className="text-lg font-semibold text-white">
              LIS-koordinering
            </Link>
            <p className="text-sm text-white">
              {actor.name}
              {grant ? ` · ${grant.label}` : ""}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <NotificationsLink href={`${ROLE_START_PATH[area]}/varsler`} unread={unreadNotifications} />
            <RoleSwitcher roles={actor.roles.map((r) => ({ id: r.id, label: r.label }))} activeId={grant?.id ?? actor.activeRole.id} />
            <LogoutButton />
            <LogoutEverywhereButton />
          </div>
        </div>
        <MainNav items={NAVIGATION[area]} badges={navBadges} />
      </header>
      <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
