import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import type { Tx } from "@/lib/server/db";
import { assessEligibility } from "@/lib/domain/eligibility-facts";
import { loadEligibilityFacts } from "@/lib/server/eligibility/load-eligibility-facts";
import { rankCandidates, type RankingCandidate, type RankingResult } from "@/lib/domain/ranking";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import { addDays } from "@/lib/domain/calendar";


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
  const receiving = await tx.organisation.findUniqueOrThrow({ where: { id: target.organisationId }, select: organisationPolicySelect });
  const from = addDays(target.startDate, -target.startWindowDays);
  const to = addDays(target.startDate, target.startWindowDays);
  const periods = await tx.spesialiseringsperiode.findMany({
    where: { fagavtaleId: { in: fagavtaler.map((f) => f.id) }, status: { in: [...QUEUED_STATUSES] }, desiredStart: { gte: from, lte: to } },
    include: { person: { select: { name: true } } },
    orderBy: { id: "asc" },
  });

  const facts = await loadEligibilityFacts(tx, periods.map((p) => p.personId));
  const byId = new Map(fagavtaler.map((f) => [f.id, f]));
  const info: LoadedRanking["periods"] = new Map();
  const candidates: RankingCandidate[] = periods.map((p) => {
    const fagavtale = byId.get(p.fagavtaleId)!;
    const home = fagavtale.homeOrganisationId;
    const personFacts = facts.get(p.personId)!;
    // The candidate's own wish is the target: the same rules as on Min side and in the FE registry.
    const { eligibility, employment, feRegistration } = assessEligibility(personFacts, { now, targetPeriodId: p.id });
    info.set(p.id, { personId: p.personId, fagavtaleId: fagavtale.id, homeOrganisationId: home, employmentDepartmentId: employment?.departmentId ?? null });
    return {
      id: p.id,
      personName: p.person.name,
      sendingOrganisationId: home,
      sendingOrganisationName: fagavtale.homeOrganisation.name,
      sendingRank: p.sendingRank,
      feRegisteredOn: feRegistration?.registeredOn ?? null,
      queueDate: p.queueDate,
      desiredStart: p.desiredStart,
      specialisationStart: employment?.startDate ?? null,
      achievedGoalCount: personFacts.achievedGoals.filter((g) => g.specialtyId === target.specialtyId).length,
      eligibility,
    };
  });

  const policy = policyOf(receiving);
  const result = rankCandidates({ rule: policy.allocationRule, queueDateFrom: policy.queueDateStart, vacancyStart: target.startDate, drawSeed: target.drawSeed, candidates });
  return { ...result, fagavtaler, periods: info };
}
