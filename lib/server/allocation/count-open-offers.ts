import "server-only";
import { db } from "@/lib/server/db";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/auth/load-actor";
import { scopeOf } from "@/lib/server/scope/require-scope";
import { offerWhere } from "@/lib/server/scope/offer-where";
import { offerStatusWhere } from "./offer-status-where";

/**
 * The count on the LIS's "Tilbud" menu item: their own open offers within the answer deadline
 * (offerStatusAt: an open offer past its deadline counts as expired before the sweep writes it).
 * 0 when the role holds no offer:read.
 */
export async function openOfferCountFor(actor: Actor, area: Role, now: Date = new Date()): Promise<number> {
  const scope = scopeOf(actor, "offer:read", area);
  if (!scope) return 0;
  return db.offer.count({ where: { AND: [offerWhere(scope), { personId: scope.personId }, offerStatusWhere("TILBUDT", now)] } });
}

/** "1 åpent", "2 åpne": the menu item's accessible count. */
export function openOffersText(n: number): string {
  return `${n} ${n === 1 ? "åpent" : "åpne"}`;
}
