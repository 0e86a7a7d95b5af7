import { checkEligibility, type Eligibility } from "./eligibility";
import { ACTIVE_WISH_STATUSES, isActiveWish, type PeriodStatus } from "./period-status";
import { planStanding, type PlanStanding, type PlanVersionLike } from "./plan-status";
import { fagavtaleValidOn } from "./plan-validation";

/**
 * The facts about one LIS that eligibility is decided from, and the rules that turn them into the
 * input of `checkEligibility`: which employment counts, which FE registration, which period is the
 * target and whether its fagavtale covers it. Min side, the FE registry and the ranking all go through
 * `assessEligibility`, so the same LIS gets the same answer everywhere (issue 8 §4).
 */
export type FactEmployment = {
  id: string;
  organisationId: string;
  departmentId: string;
  specialtyId: string;
  type: "FAST" | "VIKARIAT";
  startDate: Date;
  /** Exclusive end date; null for a permanent post. */
  endDate: Date | null;
  planDeadlineWeeks: number;
  planVersions: readonly PlanVersionLike[];
};

export type FactGoal = { id: string; code: string; title: string };

/** A need (BEHOV) or an active wish, with the fagavtale it draws on. */
export type FactPeriod = {
  id: string;
  status: PeriodStatus;
  desiredStart: Date;
  receivingOrganisationId: string;
  receivingName: string;
  specialtyId: string;
  fagavtale: { id: string; homeOrganisationId: string; validFrom: Date; validTo: Date | null; prerequisiteGoals: readonly FactGoal[] };
};

export type EligibilityFacts = {
  personId: string;
  employments: readonly FactEmployment[];
  /** Active registrations in a fiktiv enhet (endedOn null). */
  feRegistrations: readonly { organisationId: string; registeredOn: Date }[];
  achievedGoals: readonly { learningGoalId: string; specialtyId: string | null }[];
  /** The LIS's needs and active wishes (other statuses do not bear on eligibility). */
  periods: readonly FactPeriod[];
};

/** The statuses `EligibilityFacts.periods` holds: needs and active wishes. */
export const ELIGIBILITY_PERIOD_STATUSES = ["BEHOV", ...ACTIVE_WISH_STATUSES] as const satisfies readonly PeriodStatus[];

/**
 * The employment that counts for eligibility: a LIS post at the home trust that has not ended;
 * a permanent post before a vikariat (criterion 1 asks whether the LIS *has* a fast stilling), then
 * one that has started before one that has not, then the latest start. Without a known home trust,
 * any trust's post counts.
 */
export function countingEmployment<E extends Pick<FactEmployment, "organisationId" | "type" | "startDate" | "endDate">>(
  employments: readonly E[],
  options: { homeOrganisationId: string | null; now: Date },
): E | null {
  const t = options.now.getTime();
  const open = employments.filter(
    (e) => (!e.endDate || e.endDate.getTime() > t) && (options.homeOrganisationId === null || e.organisationId === options.homeOrganisationId),
  );
  const rank = (e: E) => [e.type === "FAST" ? 0 : 1, e.startDate.getTime() <= t ? 0 : 1, -e.startDate.getTime()];
  return (
    [...open].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    })[0] ?? null
  );
}

/** The period eligibility is shown for: the earliest active wish, else the earliest need. */
export function eligibilityTargetPeriod<P extends Pick<FactPeriod, "status" | "desiredStart">>(periods: readonly P[]): P | null {
  const byStart = [...periods].sort((a, b) => a.desiredStart.getTime() - b.desiredStart.getTime());
  return byStart.find((p) => isActiveWish(p.status)) ?? byStart.find((p) => p.status === "BEHOV") ?? null;
}

/**
 * Whether the fagavtale covers the period: valid on its desired start, or today if that has passed
 * (criterion 4). The same date whether asked on Min side or for a vacancy in the start window.
 */
export function fagavtaleCovers(fagavtale: Pick<FactPeriod["fagavtale"], "validFrom" | "validTo">, desiredStart: Date, now: Date): boolean {
  return fagavtaleValidOn(fagavtale, new Date(Math.max(desiredStart.getTime(), now.getTime())));
}

export type EligibilityAssessment = {
  eligibility: Eligibility;
  target: FactPeriod | null;
  employment: FactEmployment | null;
  feRegistration: { organisationId: string; registeredOn: Date } | null;
  plan: PlanStanding;
};

/**
 * Eligibility of one LIS for a target period: by default the one `eligibilityTargetPeriod` picks;
 * the ranking passes the candidate's own wish. The home trust is the target's sending trust (the
 * fagavtale's home), else the trust of the earliest active FE registration.
 */
export function assessEligibility(facts: EligibilityFacts, options: { now: Date; targetPeriodId?: string }): EligibilityAssessment {
  const { now } = options;
  const target =
    options.targetPeriodId === undefined ? eligibilityTargetPeriod(facts.periods) : (facts.periods.find((p) => p.id === options.targetPeriodId) ?? null);
  const earliestFe = [...facts.feRegistrations].sort((a, b) => a.registeredOn.getTime() - b.registeredOn.getTime())[0] ?? null;
  const homeOrganisationId = target?.fagavtale.homeOrganisationId ?? earliestFe?.organisationId ?? null;
  const employment = countingEmployment(facts.employments, { homeOrganisationId, now });
  const feOrganisationId = homeOrganisationId ?? employment?.organisationId ?? null;
  const feRegistration = facts.feRegistrations.find((r) => r.organisationId === feOrganisationId) ?? null;
  const plan: PlanStanding = employment
    ? planStanding({ versions: employment.planVersions, employmentStart: employment.startDate, deadlineWeeks: employment.planDeadlineWeeks, now })
    : { kind: "INGEN_PLAN", overdue: false, dueAt: now };

  const eligibility = checkEligibility({
    employment: employment ? { type: employment.type, specialtyId: employment.specialtyId, organisationId: employment.organisationId } : null,
    feRegistration: feRegistration ? { organisationId: feRegistration.organisationId } : null,
    plan,
    target: target
      ? { receivingOrganisationId: target.receivingOrganisationId, receivingName: target.receivingName, specialtyId: target.specialtyId }
      : { receivingOrganisationId: "", receivingName: "", specialtyId: employment?.specialtyId ?? "" },
    otherActiveWishOrganisations: [
      ...new Map(facts.periods.filter((p) => isActiveWish(p.status) && p.id !== target?.id).map((p) => [p.receivingOrganisationId, p.receivingName])),
    ].map(([id, name]) => ({ id, name })),
    fagavtaleExists: target ? fagavtaleCovers(target.fagavtale, target.desiredStart, now) : true,
    prerequisiteGoals: target ? [...target.fagavtale.prerequisiteGoals] : [],
    achievedGoalIds: new Set(facts.achievedGoals.map((g) => g.learningGoalId)),
  });
  return { eligibility, target, employment, feRegistration, plan };
}
