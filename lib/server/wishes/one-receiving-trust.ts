import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";

/** Periods the actor may manage wishes for: their own (LIS), or their trust's LIS (local coordinator). */
export function manageableWishWhere(actor: Actor): Prisma.SpesialiseringsperiodeWhereInput {
  const or: Prisma.SpesialiseringsperiodeWhereInput[] = [];
  if (grantsFor(actor, "LIS").length > 0) or.push({ personId: actor.personId });
  const trusts = grantsFor(actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : []));
  if (trusts.length > 0) or.push({ fagavtale: { homeOrganisationId: { in: trusts } } });
  return or.length > 0 ? { OR: or } : { id: "__ingen__" };
}

/** True for the database's refusal of active wishes at two receiving trusts (exclusion constraint). */
export function isOneReceivingTrustViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const text = `${(current as { message?: unknown }).message ?? ""} ${JSON.stringify((current as { meta?: unknown }).meta ?? "")}`;
    if (text.includes("Spesialiseringsperiode_one_receiving_trust") || (current as { code?: unknown }).code === "23P01") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
