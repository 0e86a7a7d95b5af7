import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, RoleScope } from "@/lib/domain/access-scope";
import { planWhereForRole } from "./plan-where";

/**
 * The outbox notifications one role may read: those addressed to the person themself, and those about
 * a plan version the role may read (e.g. the partner trusts told of a revised plan). Notifications
 * about other things are read only by their recipient.
 */
function notificationWhereForRole(r: RoleScope, personId: string): Prisma.NotificationWhereInput {
  const own: Prisma.NotificationWhereInput = { recipientPersonId: personId };
  switch (r.role) {
    case "LIS":
    case "LEDER":
    case "LOKAL_KOORDINATOR":
      return { OR: [own, { planVersion: { plan: planWhereForRole(r, personId) } }] };
    case "REGIONAL_KOORDINATOR":
      return own;
  }
}

export function notificationWhere(scope: AccessScope): Prisma.NotificationWhereInput {
  return { OR: scope.roles.map((r) => notificationWhereForRole(r, scope.personId)) };
}
