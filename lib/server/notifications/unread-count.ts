import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/auth/load-actor";
import { scopeOf } from "@/lib/server/scope/require-scope";
import { countUnreadNotifications } from "./list-notifications";

/** The header's unread count for the actor in a role area (0 when the role holds no notification:read). */
export async function unreadCountFor(actor: Actor, area: Role): Promise<number> {
  const scope = scopeOf(actor, "notification:read", area);
  return scope ? countUnreadNotifications({ scope }) : 0;
}
