import "server-only";
import { db } from "@/lib/server/db";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import { offerStatusAt, type OfferStatus } from "@/lib/domain/offer-expiry";
import { offerFacts, offerWhere } from "@/lib/server/scope/offer-where";
import { ownPeriodWhere } from "@/lib/server/scope/own-period-where";
import { AGREED_STATUSES } from "@/lib/domain/period-status";

export type OwnOffer = {
  id: string;
  /** The status now: an open offer past its deadline shows as expired before the sweep writes it. */
  status: OfferStatus;
  department: string;
  organisation: string;
  specialty: string;
  startDate: Date;
  durationMonths: number;
  deadline: Date;
  offeredAt: Date;
  respondedAt: Date | null;
  /** The LIS may accept or decline it now (offer:respond, open and within the deadline). */
  can: { respond: boolean };
};

export type AgreedPeriod = { id: string; organisation: string; arena: string; specialty: string; status: string; agreedStart: Date; agreedEnd: Date; leaveAutomatic: boolean };

/** The LIS's offers (offerWhere with the LIS's own scope) and their agreed spesialiseringsperioder. */
export async function listOwnOffers(options: { scope: AccessScope; now?: Date }): Promise<{ offers: OwnOffer[]; agreed: AgreedPeriod[] }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const [offers, agreed] = await Promise.all([
    db.offer.findMany({
      where: offerWhere(scope),
      include: { vacancy: { include: { department: true, organisation: true, specialty: true } }, spesialiseringsperiode: { select: { fagavtale: { select: { homeOrganisation: { select: { id: true, regionId: true } } } } } } },
      orderBy: { offeredAt: "desc" },
    }),
    db.spesialiseringsperiode.findMany({
      where: { AND: [ownPeriodWhere(scope), { status: { in: [...AGREED_STATUSES] } }] },
      include: { receivingOrganisation: true, fagavtale: true, specialty: true },
      orderBy: { agreedStart: "desc" },
    }),
  ]);
  return {
    offers: offers.map((o) => {
      const status = offerStatusAt(o, now);
      const home = o.spesialiseringsperiode.fagavtale.homeOrganisation;
      const facts = offerFacts({ personId: o.personId, vacancyDepartmentId: o.vacancy.departmentId, vacancyRegionId: o.vacancy.organisation.regionId, homeOrganisationId: home.id, homeRegionId: home.regionId });
      return {
        id: o.id,
        status,
        department: o.vacancy.department.name,
        organisation: o.vacancy.organisation.name,
        specialty: o.vacancy.specialty.name,
        startDate: o.vacancy.startDate,
        durationMonths: o.vacancy.durationMonths,
        deadline: o.deadline,
        offeredAt: o.offeredAt,
        respondedAt: o.respondedAt,
        can: { respond: status === "TILBUDT" && canOn(scope, "offer:respond", facts) },
      };
    }),
    agreed: agreed.map((p) => ({
      id: p.id,
      organisation: p.receivingOrganisation.name,
      arena: p.fagavtale.arenaName,
      specialty: p.specialty.name,
      status: p.status,
      agreedStart: p.agreedStart!,
      agreedEnd: p.agreedEnd!,
      leaveAutomatic: p.leaveAutomatic,
    })),
  };
}
