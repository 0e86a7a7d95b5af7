import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import type { Tx } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assessEligibility, type EligibilityFacts } from "@/lib/domain/eligibility-facts";
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

type FagavtaleTarget = Pick<RankingTarget, "organisationId" | "departmentId" | "specialtyId" | "startDate">;

/** The fagavtaler a vacancy draws on: partner = the receiving trust, same specialty, valid at the start date. */
function fagavtaleWhere(target: FagavtaleTarget): Prisma.FagavtaleWhereInput {
  return {
    partnerOrganisationId: target.organisationId,
    specialtyId: target.specialtyId,
    validFrom: { lte: target.startDate },
    OR: [{ validTo: null }, { validTo: { gt: target.startDate } }],
    ...(target.departmentId ? { AND: [{ OR: [{ partnerDepartmentId: null }, { partnerDepartmentId: target.departmentId }] }] } : {}),
  };
}

/** Whether a fagavtale (as loaded) belongs to a target: the same test as fagavtaleWhere, in memory. */
function fagavtaleFits(f: { partnerOrganisationId: string; specialtyId: string; validFrom: Date; validTo: Date | null; partnerDepartmentId: string | null }, target: FagavtaleTarget): boolean {
  return (
    f.partnerOrganisationId === target.organisationId &&
    f.specialtyId === target.specialtyId &&
    f.validFrom.getTime() <= target.startDate.getTime() &&
    (f.validTo === null || f.validTo.getTime() > target.startDate.getTime()) &&
    (!target.departmentId || f.partnerDepartmentId === null || f.partnerDepartmentId === target.departmentId)
  );
}

/** What the rankings and their callers use of a fagavtale (the vacancy page's capacity, the coordinators' home region). */
const rankingFagavtaleSelect = {
  id: true,
  homeOrganisationId: true,
  partnerOrganisationId: true,
  partnerDepartmentId: true,
  specialtyId: true,
  validFrom: true,
  validTo: true,
  capacityUnit: true,
  capacityCount: true,
  homeOrganisation: { select: { name: true, regionId: true } },
} as const satisfies Prisma.FagavtaleSelect;

/** The fagavtaler a vacancy is announced on, with the normert tid its duration defaults to. */
export async function fagavtalerFor(tx: Tx, target: FagavtaleTarget) {
  return tx.fagavtale.findMany({ where: fagavtaleWhere(target), select: { id: true, normertTidMonths: true }, orderBy: { id: "asc" } });
}

/** A queued period as the ranking reads it: its own columns and the person's name, nothing else. */
type QueuedPeriodRow = { id: string; personId: string; fagavtaleId: string; desiredStart: Date; queueDate: Date | null; sendingRank: number | null; personName: string };

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The queued periods on any of the windows (a fagavtale and a desired-start range each), in one flat
 * statement whose parameters are four arrays whatever the number of fagavtaler and targets: PostgreSQL
 * plans it in the same time for one queue as for hundreds of rivals (no IN list of hundreds of ids).
 */
async function queuedPeriodsOn(tx: Tx, windows: readonly { fagavtaleId: string; from: Date; to: Date }[]): Promise<QueuedPeriodRow[]> {
  if (windows.length === 0) return [];
  // The windows drive the read (an index scan on (fagavtaleId, status, desiredStart) per window);
  // DISTINCT ON keeps a period once when the windows of several targets hold it.
  return tx.$queryRaw<QueuedPeriodRow[]>(Prisma.sql`
    SELECT DISTINCT ON (p."id") p."id", p."personId", p."fagavtaleId", p."desiredStart", p."queueDate", p."sendingRank", pe."name" AS "personName"
    FROM unnest(${windows.map((w) => w.fagavtaleId)}::text[], ${windows.map((w) => isoDate(w.from))}::date[], ${windows.map((w) => isoDate(w.to))}::date[]) AS w("fagavtaleId", "from", "to")
    JOIN "Spesialiseringsperiode" p
      ON p."fagavtaleId" = w."fagavtaleId" AND p."status" = ANY(${[...QUEUED_STATUSES]}::"PeriodStatus"[]) AND p."desiredStart" BETWEEN w."from" AND w."to"
    JOIN "Person" pe ON pe."id" = p."personId"
    ORDER BY p."id"`);
}

export type LoadedRanking = RankingResult & {
  fagavtaler: Prisma.FagavtaleGetPayload<{ select: typeof rankingFagavtaleSelect }>[];
  /** Period id → the person and fagavtale behind a candidate. */
  periods: Map<string, { personId: string; fagavtaleId: string; homeOrganisationId: string; employmentDepartmentId: string | null }>;
  /** Person id → the eligibility facts loaded for the candidates (one map shared by all targets of a call). */
  facts: ReadonlyMap<string, EligibilityFacts>;
};

/**
 * The candidate list for a vacancy (or a would-be vacancy, for the queue position): every LIS from a
 * sending trust with a fagavtale for it whose active wish matches, with eligibility and ranking.
 */
export async function loadRanking(tx: Tx, target: RankingTarget, now: Date): Promise<LoadedRanking> {
  return (await loadRankings(tx, [target], now))[0]!;
}

/**
 * The candidate lists for several targets at once, in the same statements as for one (fagavtaler,
 * receiving trusts, the queued wishes, and the candidates' eligibility facts, each one query for all
 * targets): a LIS's queue position for every wish costs no more statements than for one (issue 9 §4).
 */
export async function loadRankings(tx: Tx, targets: readonly RankingTarget[], now: Date): Promise<LoadedRanking[]> {
  if (targets.length === 0) return [];
  const [allFagavtaler, receivers] = await Promise.all([
    tx.fagavtale.findMany({ where: { OR: targets.map(fagavtaleWhere) }, select: rankingFagavtaleSelect, orderBy: { id: "asc" } }),
    tx.organisation.findMany({ where: { id: { in: [...new Set(targets.map((t) => t.organisationId))] } }, select: { id: true, ...organisationPolicySelect } }),
  ]);
  const perTarget = targets.map((target) => ({
    target,
    fagavtaler: allFagavtaler.filter((f) => fagavtaleFits(f, target)),
    from: addDays(target.startDate, -target.startWindowDays),
    to: addDays(target.startDate, target.startWindowDays),
  }));
  const allPeriods = await queuedPeriodsOn(
    tx,
    perTarget.flatMap((t) => t.fagavtaler.map((f) => ({ fagavtaleId: f.id, from: t.from, to: t.to }))),
  );
  const facts = await loadEligibilityFacts(tx, allPeriods.map((p) => p.personId));
  const receiverById = new Map(receivers.map((r) => [r.id, r]));
  // A candidate's eligibility does not depend on the target (its own wish is the target): assess once.
  const assessed = new Map(allPeriods.map((p) => [p.id, assessEligibility(facts.get(p.personId)!, { now, targetPeriodId: p.id })]));

  return perTarget.map(({ target, fagavtaler, from, to }) => {
    const byId = new Map(fagavtaler.map((f) => [f.id, f]));
    const periods = allPeriods.filter((p) => byId.has(p.fagavtaleId) && p.desiredStart.getTime() >= from.getTime() && p.desiredStart.getTime() <= to.getTime());
    const info: LoadedRanking["periods"] = new Map();
    const candidates: RankingCandidate[] = periods.map((p) => {
      const fagavtale = byId.get(p.fagavtaleId)!;
      const home = fagavtale.homeOrganisationId;
      const personFacts = facts.get(p.personId)!;
      // The candidate's own wish is the target: the same rules as on Min side and in the FE registry.
      const { eligibility, employment, feRegistration } = assessed.get(p.id)!;
      info.set(p.id, { personId: p.personId, fagavtaleId: fagavtale.id, homeOrganisationId: home, employmentDepartmentId: employment?.departmentId ?? null });
      return {
        id: p.id,
        personName: p.personName,
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
    const receiving = receiverById.get(target.organisationId);
    if (!receiving) throw new Error(`Unknown receiving organisation ${target.organisationId}`);
    const policy = policyOf(receiving);
    const result = rankCandidates({
      rule: policy.allocationRule,
      queueDateFrom: policy.queueDateStart,
      waitingBy: policy.waitingComparedBy,
      vacancyStart: target.startDate,
      drawSeed: target.drawSeed,
      candidates,
    });
    return { ...result, fagavtaler, periods: info, facts };
  });
}
