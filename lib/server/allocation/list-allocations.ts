import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expireOffers } from "./expire-offers";

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
 * Offers as a coordinator's work list: a local coordinator sees the offers to their own trust's LIS
 * (and accepted ones they must register in the fiktiv enhet); a regional coordinator sees the region.
 */
export async function listAllocations(options: { actor: Actor; as: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR"; now?: Date }): Promise<AllocationRow[]> {
  await expireOffers(options.now ?? new Date());
  let where: Prisma.OfferWhereInput;
  if (options.as === "LOKAL_KOORDINATOR") {
    const orgs = grantsFor(options.actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : []));
    where = { spesialiseringsperiode: { fagavtale: { homeOrganisationId: { in: orgs } } } };
  } else {
    const regions = grantsFor(options.actor, "REGIONAL_KOORDINATOR").flatMap((g) => (g.regionId ? [g.regionId] : []));
    where = { OR: [{ vacancy: { organisation: { regionId: { in: regions } } } }, { spesialiseringsperiode: { fagavtale: { homeOrganisation: { regionId: { in: regions } } } } }] };
  }
  const offers = await db.offer.findMany({
    where,
    include: { person: true, vacancy: { include: { organisation: true, department: true, specialty: true } }, spesialiseringsperiode: { include: { fagavtale: { include: { homeOrganisation: true } } } } },
    orderBy: [{ offeredAt: "desc" }, { id: "asc" }],
  });
  return offers.map((o) => ({
    id: o.id,
    status: o.status,
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
