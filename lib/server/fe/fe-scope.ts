import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { forbidden } from "@/lib/server/errors";

export type FeViewer = "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR";

/** The trusts whose fiktiv enhet the actor may see as this role: own trust(s), or every trust in the region(s). */
export async function feOrganisationIds(actor: Actor, as: FeViewer): Promise<string[]> {
  if (as === "LOKAL_KOORDINATOR") {
    const ids = grantsFor(actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : []));
    if (ids.length === 0) throw forbidden();
    return ids;
  }
  const regionIds = grantsFor(actor, "REGIONAL_KOORDINATOR").flatMap((g) => (g.regionId ? [g.regionId] : []));
  if (regionIds.length === 0) throw forbidden();
  const orgs = await db.organisation.findMany({ where: { regionId: { in: regionIds }, feUnitName: { not: null } }, select: { id: true } });
  return orgs.map((o) => o.id);
}

/** Trusts the actor coordinates locally (writes to the FE are local-coordinator only). */
export function localTrustIds(actor: Actor): string[] {
  const ids = grantsFor(actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : []));
  if (ids.length === 0) throw forbidden();
  return ids;
}
