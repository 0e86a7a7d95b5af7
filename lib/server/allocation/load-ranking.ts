import "server-only";
import type { Tx } from "@/lib/server/db";
import { checkEligibility } from "@/lib/domain/eligibility";
import { planStanding } from "@/lib/domain/plan-status";
import { rankCandidates, type RankingCandidate, type RankingResult } from "@/lib/domain/ranking";
import { ACTIVE_WISH_STATUSES, QUEUED_STATUSES } from "@/lib/domain/period-status";

const DAY_MS = 86_400_000;

export type RankingTarget = {
  organisationId: string;
  departmentId: string | null;
  specialtyId: string;
  startDate: Date;
  startWindowDays: number;
  drawSeed: string;
};

/** The fagavtaler a vacancy draws on: partner = the receiving trust, same specialty, valid at the start date. */
export async function fagavtalerFor(tx: Tx, target: Pick<RankingTarget, "organisationId" | "departmentId" | "specialtyId" | "startDate">) {
  return tx.fagavtale.findMany({
    where: {
      partnerOrganisationId: target.organisationId,
      specialtyId: target.specialtyId,
      validFrom: { lte: target.startDate },
      OR: [{ validTo: null }, { validTo: { gt: target.startDate } }],
      ...(target.departmentId ? { AND: [{ OR: [{ partnerDepartmentId: null }, { partnerDepartmentId: target.departmentId }] }] } : {}),
    },
    include: { homeOrganisation: true, learningGoals: { where: { role: "FORKUNNSKAP" }, include: { learningGoal: true } } },
    orderBy: { id: "asc" },
  });
}

export type LoadedRanking = RankingResult & {
  fagavtaler: Awaited<ReturnType<typeof fagavtalerFor>>;
  /** Period id → the person and fagavtale behind a candidate. */
  periods: Map<string, { personId: string; fagavtaleId: string; homeOrganisationId: string; employmentDepartmentId: string | null }>;
};

/**
 * The candidate list for a vacancy (or a would-be vacancy, for the queue position): every LIS from a
 * sending trust with a fagavtale for it whose active wish matches, with eligibility and ranking.
 */
export async function loadRanking(tx: Tx, target: RankingTarget, now: Date): Promise<LoadedRanking> {
  const fagavtaler = await fagavtalerFor(tx, target);
  const receiving = await tx.organisation.findUniqueOrThrow({ where: { id: target.organisationId } });
  const from = new Date(target.startDate.getTime() - target.startWindowDays * DAY_MS);
  const to = new Date(target.startDate.getTime() + target.startWindowDays * DAY_MS);
  const periods = await tx.spesialiseringsperiode.findMany({
    where: { fagavtaleId: { in: fagavtaler.map((f) => f.id) }, status: { in: [...QUEUED_STATUSES] }, desiredStart: { gte: from, lte: to } },
    // Only the columns the ranking reads: a popular vacancy has hundreds of candidates.
    include: {
      person: {
        select: {
          name: true,
          employments: {
            select: {
              organisationId: true,
              departmentId: true,
              specialtyId: true,
              type: true,
              startDate: true,
              endDate: true,
              organisation: { select: { planDeadlineWeeks: true } },
              plan: { select: { versions: { select: { status: true, approvedAt: true, expiresAt: true } } } },
            },
            orderBy: { startDate: "desc" },
          },
          feRegistrations: { where: { endedOn: null }, select: { organisationId: true, registeredOn: true } },
          achievedGoals: { select: { learningGoalId: true, learningGoal: { select: { specialtyId: true } } } },
          spesialiseringsperioder: {
            where: { status: { in: [...ACTIVE_WISH_STATUSES] } },
            select: { id: true, receivingOrganisationId: true, receivingOrganisation: { select: { name: true } } },
          },
        },
      },
    },
    orderBy: { id: "asc" },
  });

  const byId = new Map(fagavtaler.map((f) => [f.id, f]));
  const info: LoadedRanking["periods"] = new Map();
  const candidates: RankingCandidate[] = periods.map((p) => {
    const fagavtale = byId.get(p.fagavtaleId)!;
    const home = fagavtale.homeOrganisationId;
    const employments = p.person.employments.filter((e) => e.organisationId === home && (!e.endDate || e.endDate > now));
    const employment = employments.find((e) => e.type === "FAST") ?? employments[0] ?? null;
    const fe = p.person.feRegistrations.find((r) => r.organisationId === home) ?? null;
    const achievedIds = new Set(p.person.achievedGoals.map((g) => g.learningGoalId));
    info.set(p.id, { personId: p.personId, fagavtaleId: fagavtale.id, homeOrganisationId: home, employmentDepartmentId: employment?.departmentId ?? null });
    return {
      id: p.id,
      personName: p.person.name,
      sendingOrganisationId: home,
      sendingOrganisationName: fagavtale.homeOrganisation.name,
      sendingRank: p.sendingRank,
      feRegisteredOn: fe?.registeredOn ?? null,
      queueDate: p.queueDate,
      desiredStart: p.desiredStart,
      specialisationStart: employment?.startDate ?? null,
      achievedGoalCount: p.person.achievedGoals.filter((g) => g.learningGoal.specialtyId === target.specialtyId).length,
      eligibility: checkEligibility({
        employment: employment ? { type: employment.type, specialtyId: employment.specialtyId, organisationId: employment.organisationId } : null,
        feRegistration: fe ? { organisationId: fe.organisationId } : null,
        plan: employment
          ? planStanding({ versions: employment.plan?.versions ?? [], employmentStart: employment.startDate, deadlineWeeks: employment.organisation.planDeadlineWeeks, now })
          : { kind: "INGEN_PLAN", overdue: true, dueAt: now },
        target: { receivingOrganisationId: receiving.id, receivingName: receiving.name, specialtyId: target.specialtyId },
        otherActiveWishOrganisations: p.person.spesialiseringsperioder
          .filter((o) => o.id !== p.id)
          .map((o) => ({ id: o.receivingOrganisationId, name: o.receivingOrganisation.name })),
        fagavtaleExists: true,
        prerequisiteGoals: fagavtale.learningGoals.map((g) => ({ id: g.learningGoalId, code: g.learningGoal.code, title: g.learningGoal.title })),
        achievedGoalIds: achievedIds,
      }),
    };
  });

  const result = rankCandidates({ rule: receiving.allocationRule, vacancyStart: target.startDate, drawSeed: target.drawSeed, candidates });
  return { ...result, fagavtaler, periods: info };
}
