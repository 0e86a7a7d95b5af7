import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { offerStatusAt } from "@/lib/domain/offer-expiry";
import { offerWhere } from "@/lib/server/scope/offer-where";

export type AllocationRow = {
  id: string;
  status: "TILBUDT" | "AKSEPTERT" | "AVSLATT" | "UTLOPT" | "TRUKKET";
  lis: string;
  homeOrganisation: string;
  receiving: string;
  specialty: string;
  startDate: Date;
  durationMonths: number;
  rankAtOffer: number;
  deviationReason: string | null;
  deadline: Date;
  offeredAt: Date;
  respondedAt: Date | null;
  leaveAutomatic: boolean;
};

/**
 * Offers as a coordinator's work list (offerWhere): a local coordinator sees the offers to their own
 * trust's LIS (and accepted ones they must register in the fiktiv enhet); a regional coordinator sees
 * the region's, on either side. An open offer past its deadline shows as expired.
 */
export async function listAllocations(options: { scope: AccessScope; now?: Date }): Promise<AllocationRow[]> {
  const now = options.now ?? new Date();
  const offers = await db.offer.findMany({
    where: offerWhere(options.scope),
    include: { person: true, vacancy: { include: { organisation: true, department: true, specialty: true } }, spesialiseringsperiode: { include: { fagavtale: { include: { homeOrganisation: true } } } } },
    orderBy: [{ offeredAt: "desc" }, { id: "asc" }],
  });
  return offers.map((o) => ({
    id: o.id,
    status: offerStatusAt(o, now),
    lis: o.person.name,
    homeOrganisation: o.spesialiseringsperiode.fagavtale.homeOrganisation.shortName,
    receiving: `${o.vacancy.department.name}, ${o.vacancy.organisation.shortName}`,
    specialty: o.vacancy.specialty.name,
    startDate: o.vacancy.startDate,
    durationMonths: o.vacancy.durationMonths,
    rankAtOffer: o.rankAtOffer,
    deviationReason: o.deviationReason,
    deadline: o.deadline,
    offeredAt: o.offeredAt,
    respondedAt: o.respondedAt,
    leaveAutomatic: o.spesialiseringsperiode.leaveAutomatic,
  }));
}
