import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { ACTIVE_WISH_STATUSES } from "@/lib/domain/period-status";

export type TrustSummary = {
  id: string;
  name: string;
  feUnitName: string | null;
  activeLis: number;
  registeredInFe: number;
  plansAwaitingApproval: number;
  activeWishes: number;
};

/**
 * Key figures per trust. A local coordinator sees their own trust(s); a regional coordinator the trusts
 * of their region. The scope comes from the actor's grants, never from the caller.
 */
export async function getTrustSummaries(options: { actor: Actor; scope: "trust" | "region"; now?: Date }): Promise<TrustSummary[]> {
  const now = options.now ?? new Date();
  const where =
    options.scope === "trust"
      ? { id: { in: grantsFor(options.actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : [])) } }
      : { regionId: { in: grantsFor(options.actor, "REGIONAL_KOORDINATOR").flatMap((g) => (g.regionId ? [g.regionId] : [])) } };
  const organisations = await db.organisation.findMany({ where: { ...where, kind: "HELSEFORETAK" }, orderBy: { name: "asc" } });
  return Promise.all(
    organisations.map(async (o) => {
      const [activeLis, registeredInFe, plansAwaitingApproval, activeWishes] = await Promise.all([
        db.employment.count({ where: { organisationId: o.id, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] } }),
        db.feRegistration.count({ where: { organisationId: o.id, endedOn: null } }),
        db.planVersion.count({ where: { status: "TIL_GODKJENNING", plan: { employment: { organisationId: o.id } } } }),
        db.spesialiseringsperiode.count({ where: { status: { in: [...ACTIVE_WISH_STATUSES] }, feRegistration: { organisationId: o.id } } }),
      ]);
      return { id: o.id, name: o.name, feUnitName: o.feUnitName, activeLis, registeredInFe, plansAwaitingApproval, activeWishes };
    }),
  );
}
