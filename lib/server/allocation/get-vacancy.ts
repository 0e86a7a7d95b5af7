import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import { capacityStatus, termOf, type CapacityStatus } from "@/lib/domain/capacity";
import { pickNeedsReason, topCandidateId, type TopStanding } from "@/lib/domain/offer-decision";
import { isOverdue, offerStatusAt, type OfferStatus } from "@/lib/domain/offer-expiry";
import type { IneligibleCandidate, RankedCandidate, RankingResult } from "@/lib/domain/ranking";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { vacancyFacts, vacancyWhere } from "@/lib/server/scope/vacancy-where";
import { listConflicts, type ConflictView } from "@/lib/server/conflicts/list-conflicts";
import { loadQueueStanding } from "@/lib/server/queue/load-queue-standings";
import { VACANCY_NOT_FOUND } from "./make-offer";
import { VACANCY_WITHDRAW_ACTION } from "./withdraw-vacancy";
import { logAccess } from "@/lib/server/access-log/log-access";
import { auditActionNames } from "@/lib/domain/audit-actions";

/** Candidates shown on the vacancy page at first, and added by each "Vis flere". */
export const VACANCY_PAGE_SIZE = 20;
/** The most one page shows, whatever the URL asks for. */
export const MAX_SHOWN = 1000;

export type VacancyCandidate = RankedCandidate & {
  /** The candidate who counts as top (the ranking's first, or a decided samtidskonflikt's choice). */
  isTop: boolean;
  /** Offering this candidate needs a written deviation reason. */
  needsReason: boolean;
};

export type VacancyView = {
  id: string;
  status: "APEN" | "BESATT" | "TRUKKET";
  department: string;
  organisation: string;
  specialty: string;
  startDate: Date;
  durationMonths: number;
  posts: number;
  /** Posts held by an open (not overdue) or accepted offer. */
  postsTaken: number;
  /** Open offers not yet past their deadline (withdrawn with the vacancy). */
  openOffers: number;
  startWindowDays: number;
  drawSeed: string;
  allocationRule: "HELSE_NORD" | "OUS" | "EGEN";
  /** The receiving trust's policy name (lib/domain/region-policy). */
  policyName: string;
  capacity: (CapacityStatus & { fagavtaleId: string; homeOrganisation: string })[];
  /**
   * The top `shown` candidates (ranked, and of those who cannot be allocated), with the totals: the page
   * shows a pick form only for these and offers "Vis flere" (issue 9 §3).
   */
  ranking: {
    rule: RankingResult["rule"];
    ranked: VacancyCandidate[];
    ineligible: IneligibleCandidate[];
    rankedTotal: number;
    ineligibleTotal: number;
    shown: number;
    conflict: RankingResult["conflict"];
  };
  /** How the top place stands: clear, a samtidskonflikt to open, one being decided, or one decided. */
  standing: TopStanding;
  /** The samtidskonflikter recorded on this vacancy, with their history. */
  conflicts: ConflictView[];
  /** Who withdrew the vacancy, when and why (from the audit record of the withdrawal). */
  withdrawal: { reason: string; at: Date; byName: string | null } | null;
  /** Offers with their status now: an open offer past its deadline shows as expired before the sweep writes it. */
  offers: { id: string; personName: string; status: OfferStatus; postNumber: number; rankAtOffer: number; deviationReason: string | null; deadline: Date; offeredAt: Date }[];
  /** What the person may do now (vacancy:manage on this vacancy, and its state). */
  can: { pick: boolean; withdraw: boolean };
};

/**
 * A vacancy the scope reaches (a leader: their departments'), with its ranked candidate list, the
 * capacity it draws on and what may be done with it. Every candidate shown (ranked or not) is a read of
 * that LIS's data, written to their access log (issue 11 §9).
 */
export async function getVacancy(options: { scope: AccessScope; vacancyId: string; now?: Date; shown?: number }): Promise<VacancyView> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const vacancy = inScopeOrNotFound(
    await db.vacancy.findFirst({
      where: { AND: [vacancyWhere(scope), { id: options.vacancyId }] },
      include: {
        organisation: { include: { region: organisationPolicySelect.region } },
        department: true,
        specialty: true,
        offers: { include: { person: true }, orderBy: { offeredAt: "asc" } },
        conflicts: { include: { candidates: { select: { spesialiseringsperiodeId: true } } }, orderBy: { openedAt: "desc" } },
      },
    }),
    VACANCY_NOT_FOUND,
  );
  // The vacancy's queue with its recorded decisions: the same order the LIS sees on Min side (lib/server/queue).
  const ranking = await loadQueueStanding(
    db,
    {
      ...vacancy,
      vacancyId: vacancy.id,
      conflicts: vacancy.conflicts.map((c) => ({ id: c.id, status: c.status, resolvedPeriodId: c.resolvedPeriodId, candidateIds: c.candidates.map((x) => x.spesialiseringsperiodeId) })),
    },
    now,
  );
  // Every fagavtale's capacity use in the vacancy's term, in one statement however many fagavtaler.
  const terms = ranking.fagavtaler.map((f) => ({ fagavtaleId: f.id, term: termOf(vacancy.startDate, f.capacityUnit) }));
  const uses = terms.length > 0 ? await db.capacityUse.findMany({ where: { OR: terms }, select: { fagavtaleId: true, term: true, offer: { select: { status: true, deadline: true } } } }) : [];
  const capacity = ranking.fagavtaler.map((f, i) => {
    const term = terms[i]!.term;
    // A slot held by an overdue offer is free: the sweep, or the next offer on it, releases it.
    const held = uses.filter((u) => u.fagavtaleId === f.id && u.term === term && (!u.offer || !isOverdue(u.offer, now)));
    const used = held.filter((u) => !u.offer || u.offer.status === "AKSEPTERT").length;
    return { ...capacityStatus({ term, unit: f.capacityUnit, count: f.capacityCount, used, reserved: held.length - used }), fagavtaleId: f.id, homeOrganisation: f.homeOrganisation.name };
  });
  const withdrawn =
    vacancy.status === "TRUKKET"
      ? await db.auditLog.findFirst({ where: { entityType: "Vacancy", entityId: vacancy.id, action: { in: auditActionNames(VACANCY_WITHDRAW_ACTION) } }, include: { actor: true }, orderBy: { at: "desc" } })
      : null;
  const withdrawnData = withdrawn?.data as { reason?: unknown } | null | undefined;

  const standing = ranking.standing;
  const topId = topCandidateId(standing);
  const offers = vacancy.offers.map((o) => ({
    id: o.id,
    personName: o.person.name,
    status: offerStatusAt(o, now),
    postNumber: o.postNumber,
    rankAtOffer: o.rankAtOffer,
    deviationReason: o.deviationReason,
    deadline: o.deadline,
    offeredAt: o.offeredAt,
  }));
  const postsTaken = offers.filter((o) => o.status === "TILBUDT" || o.status === "AKSEPTERT").length;
  const facts = vacancyFacts({ departmentId: vacancy.departmentId, organisationId: vacancy.organisationId, regionId: vacancy.organisation.regionId });
  const manage = canOn(scope, "vacancy:manage", facts);
  // Only the candidates on this page: the top `shown`, and as many of those who cannot be allocated.
  const shown = Math.max(1, Math.min(options.shown ?? VACANCY_PAGE_SIZE, MAX_SHOWN));
  const rankedShown = ranking.ranked.slice(0, shown);
  const ineligibleShown = ranking.ineligible.slice(0, shown);
  await logAccess(
    scope,
    [...rankedShown, ...ineligibleShown].flatMap(({ candidate }) => {
      const period = ranking.periods.get(candidate.id);
      const place = `${vacancy.specialty.name}: ${vacancy.department.name}, ${vacancy.organisation.name}`;
      return period ? [{ what: "VACANCY_CANDIDATE" as const, subjectPersonId: period.personId, entityId: candidate.id, facts, context: { place } }] : [];
    }),
  );
  const open = vacancy.status === "APEN";

  return {
    id: vacancy.id,
    status: vacancy.status,
    department: vacancy.department.name,
    organisation: vacancy.organisation.name,
    specialty: vacancy.specialty.name,
    startDate: vacancy.startDate,
    durationMonths: vacancy.durationMonths,
    posts: vacancy.posts,
    postsTaken,
    openOffers: offers.filter((o) => o.status === "TILBUDT").length,
    startWindowDays: vacancy.startWindowDays,
    drawSeed: vacancy.drawSeed,
    allocationRule: policyOf(vacancy.organisation).allocationRule,
    policyName: policyOf(vacancy.organisation).name,
    capacity,
    ranking: {
      rule: ranking.rule,
      ranked: rankedShown.map((r) => ({ ...r, isTop: r.candidate.id === topId, needsReason: pickNeedsReason(standing, r.candidate.id) })),
      ineligible: ineligibleShown,
      rankedTotal: ranking.ranked.length,
      ineligibleTotal: ranking.ineligible.length,
      shown,
      conflict: ranking.conflict,
    },
    standing,
    conflicts: vacancy.conflicts.length > 0 ? await listConflicts({ scope, vacancyId: vacancy.id }) : [],
    withdrawal: withdrawn ? { reason: typeof withdrawnData?.reason === "string" ? withdrawnData.reason : "", at: withdrawn.at, byName: withdrawn.actor?.name ?? null } : null,
    offers,
    can: {
      // An undecided samtidskonflikt blocks every pick until the regional coordinator has decided it.
      pick: manage && open && postsTaken < vacancy.posts && standing.kind !== "UNDECIDED",
      // An accepted offer is an agreement: the vacancy can then no longer be withdrawn.
      withdraw: manage && open && !offers.some((o) => o.status === "AKSEPTERT"),
    },
  };
}
