import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { organisationWhere } from "@/lib/server/scope/organisation-where";
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
 * Key figures per trust the scope reaches (organisation:read): a local coordinator's own trust(s), a
 * regional coordinator's region's trusts. The counts are of those trusts' own rows.
 */
export async function getTrustSummaries(options: { scope: AccessScope; now?: Date }): Promise<TrustSummary[]> {
  const now = options.now ?? new Date();
  const organisations = await db.organisation.findMany({ where: { AND: [organisationWhere(options.scope), { kind: "HELSEFORETAK" }] }, orderBy: { name: "asc" } });
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
