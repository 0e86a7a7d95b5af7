import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { capacityInTerm, termLabel, upcomingTerms } from "@/lib/domain/capacity";
import { CAPACITY_UNIT_LABEL } from "@/lib/domain/labels";
import { estimatePlacementTerm } from "@/lib/domain/queue-estimate";
import { queueDrawSeed } from "@/lib/domain/queue-standing";
import { offerStatusAt } from "@/lib/domain/offer-expiry";
import { ownPeriodWhere } from "@/lib/server/scope/own-period-where";
import { offerWhere } from "@/lib/server/scope/offer-where";
import { loadQueueStandings, type QueueTarget } from "@/lib/server/queue/load-queue-standings";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import { QUEUE_WINDOW_DAYS } from "@/lib/domain/rules";
import { addDays } from "@/lib/domain/calendar";
import type { EligibilityFacts } from "@/lib/domain/eligibility-facts";

const TERMS_AHEAD = 8;

export type QueuePosition = {
  periodId: string;
  receiving: string;
  arena: string;
  specialty: string;
  desiredStart: Date;
  status: string;
  eligible: boolean;
  ineligibleReasons: string[];
  position: number | null;
  total: number;
  aheadFromOwnTrust: number;
  reasons: string[];
  /** Tied for the top place and the tie not yet decided by the regional coordinator. */
  inConflict: boolean;
  /** The samtidskonflikt about the top place is decided: the chosen candidate's name. */
  conflictDecidedFor: string | null;
  /** The queue is an announced vacancy's (its start date), else null (the would-be vacancy at the desired start). */
  vacancyStart: Date | null;
  capacityText: string;
  /** The first term with a free place once those ahead from the LIS's own trust are placed; null if none within the horizon. */
  estimate: string | null;
};

/** An open offer: an active wish answered under "Tilbud", not waited for in the queue. */
export type OpenOfferLine = { id: string; place: string; startDate: Date; deadline: Date };

export type QueueOverview = {
  positions: QueuePosition[];
  offers: OpenOfferLine[];
  /**
   * The LIS's own eligibility facts when the rankings loaded them (the LIS is a candidate in its own
   * queues), else null: Min side takes them from here instead of reading them a second time.
   */
  ownFacts: EligibilityFacts | null;
};

/**
 * Where the LIS stands for each active wish, read from the one queue truth (lib/server/queue): the
 * announced vacancy the wish is a candidate for (its draw seed and recorded decisions), or the would-be
 * vacancy at the receiving party, specialty and start (± the queue window) with the queue's stable draw
 * seed. All wishes in the same statements (no per-wish queries). With the LIS's open offers.
 */
export async function getQueueOverview(options: { scope: AccessScope; now?: Date }): Promise<QueueOverview> {
  const now = options.now ?? new Date();
  const [wishes, offers] = await Promise.all([
    db.spesialiseringsperiode.findMany({
      where: { AND: [ownPeriodWhere(options.scope), { status: { in: [...QUEUED_STATUSES] } }] },
      // Only what the position and its line use (not the whole fagavtale, trust and specialty rows).
      select: {
        id: true,
        status: true,
        desiredStart: true,
        fagavtaleId: true,
        receivingOrganisationId: true,
        specialtyId: true,
        fagavtale: { select: { partnerDepartmentId: true, validFrom: true, validTo: true, capacityUnit: true, capacityCount: true, arenaName: true } },
        receivingOrganisation: { select: { name: true } },
        specialty: { select: { name: true } },
      },
      orderBy: { desiredStart: "asc" },
    }),
    db.offer.findMany({
      where: { AND: [offerWhere(options.scope), { status: "TILBUDT", spesialiseringsperiode: ownPeriodWhere(options.scope) }] },
      select: { id: true, status: true, deadline: true, vacancy: { select: { startDate: true, department: { select: { name: true } }, organisation: { select: { name: true } }, specialty: { select: { name: true } } } } },
      orderBy: { deadline: "asc" },
    }),
  ]);
  const openOffers: OpenOfferLine[] = offers
    .filter((o) => offerStatusAt(o, now) === "TILBUDT")
    .map((o) => ({ id: o.id, place: `${o.vacancy.specialty.name}: ${o.vacancy.department.name}, ${o.vacancy.organisation.name}`, startDate: o.vacancy.startDate, deadline: o.deadline }));
  if (wishes.length === 0) return { positions: [], offers: openOffers, ownFacts: null };

  const vacancies = await db.vacancy.findMany({
    where: { status: "APEN", organisationId: { in: [...new Set(wishes.map((w) => w.receivingOrganisationId))] }, specialtyId: { in: [...new Set(wishes.map((w) => w.specialtyId))] } },
    select: { id: true, organisationId: true, departmentId: true, specialtyId: true, startDate: true, startWindowDays: true, drawSeed: true },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  const targets: QueueTarget[] = wishes.map((wish) => {
    const f = wish.fagavtale;
    // The announced vacancy this wish is a candidate for (the same test as the vacancy's candidate list).
    const vacancy = vacancies.find(
      (v) =>
        v.organisationId === wish.receivingOrganisationId &&
        v.specialtyId === wish.specialtyId &&
        (f.partnerDepartmentId === null || f.partnerDepartmentId === v.departmentId) &&
        f.validFrom.getTime() <= v.startDate.getTime() &&
        (f.validTo === null || f.validTo.getTime() > v.startDate.getTime()) &&
        wish.desiredStart.getTime() >= addDays(v.startDate, -v.startWindowDays).getTime() &&
        wish.desiredStart.getTime() <= addDays(v.startDate, v.startWindowDays).getTime(),
    );
    if (vacancy) return { ...vacancy, vacancyId: vacancy.id };
    const queue = { organisationId: wish.receivingOrganisationId, departmentId: f.partnerDepartmentId, specialtyId: wish.specialtyId };
    return { ...queue, startDate: wish.desiredStart, startWindowDays: QUEUE_WINDOW_DAYS, drawSeed: queueDrawSeed(queue), vacancyId: null };
  });
  const standings = await loadQueueStandings(db, targets, now);

  // Every wish's capacity use over its horizon, in one statement.
  const horizons = wishes.map((w) => upcomingTerms(w.desiredStart, w.fagavtale.capacityUnit, TERMS_AHEAD));
  const used = await db.capacityUse.groupBy({
    by: ["fagavtaleId", "term"],
    where: { OR: wishes.map((w, i) => ({ fagavtaleId: w.fagavtaleId, term: { in: horizons[i]! } })) },
    _count: { _all: true },
  });
  const usedIn = new Map(used.map((u) => [`${u.fagavtaleId}|${u.term}`, u._count._all]));

  const positions = wishes.map((wish, i): QueuePosition => {
    const queue = standings[i]!;
    const target = targets[i]!;
    const index = queue.ranked.findIndex((r) => r.candidate.id === wish.id);
    const ineligible = queue.ineligible.find((r) => r.candidate.id === wish.id);
    const ahead = index >= 0 ? queue.ranked.slice(0, index) : [];
    const aheadFromOwnTrust = ahead.filter((r) => queue.periods.get(r.candidate.id)?.fagavtaleId === wish.fagavtaleId).length;
    const { capacityUnit: unit, capacityCount: count } = wish.fagavtale;
    let estimate: string | null = null;
    if (index >= 0) {
      const terms = horizons[i]!;
      const term = estimatePlacementTerm({ terms: terms.map((t) => ({ term: t, free: capacityInTerm(unit, count, t) - (usedIn.get(`${wish.fagavtaleId}|${t}`) ?? 0) })), ahead: aheadFromOwnTrust });
      estimate = term ? termLabel(term) : null;
    }
    const decidedFor = queue.standing.kind === "DECIDED" ? (queue.ranked[0]?.candidate.personName ?? null) : null;
    return {
      periodId: wish.id,
      receiving: wish.receivingOrganisation.name,
      arena: wish.fagavtale.arenaName,
      specialty: wish.specialty.name,
      desiredStart: wish.desiredStart,
      status: wish.status,
      eligible: !ineligible,
      ineligibleReasons: ineligible?.reasons ?? [],
      position: index >= 0 ? index + 1 : null,
      total: queue.ranked.length,
      aheadFromOwnTrust,
      reasons: index >= 0 ? queue.ranked[index]!.reasons : [],
      inConflict: queue.undecidedTieIds.includes(wish.id),
      conflictDecidedFor: decidedFor,
      vacancyStart: target.vacancyId ? target.startDate : null,
      capacityText: `${count} ${count === 1 ? "plass" : "plasser"} ${CAPACITY_UNIT_LABEL[unit]} for ditt foretak`,
      estimate,
    };
  });
  return { positions, offers: openOffers, ownFacts: standings[0]?.facts.get(options.scope.personId) ?? null };
}

/** The positions alone (the queue page's and Min side's data: getQueueOverview). */
export async function getQueuePosition(options: { scope: AccessScope; now?: Date }): Promise<QueuePosition[]> {
  return (await getQueueOverview(options)).positions;
}
