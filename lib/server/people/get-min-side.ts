import "server-only";
import { loadPeriodGoals, type PeriodGoalLine } from "@/lib/server/periods/load-period-goals";
import { GOAL_MARK_STATUSES } from "@/lib/domain/period-goals";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { canAs } from "@/lib/domain/acting-role";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { personWhere } from "@/lib/server/scope/person-where";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";
import type { Eligibility } from "@/lib/domain/eligibility";
import { assessEligibility, type EligibilityFacts } from "@/lib/domain/eligibility-facts";
import { loadEligibilityFacts } from "@/lib/server/eligibility/load-eligibility-facts";
import { readIntakeContent, type IntakeContent } from "@/lib/server/intake/intake-content";
import { PERIOD_STATUS_DISPLAY_ORDER, isAgreed, isQueued } from "@/lib/domain/period-status";
import { compareNb } from "@/lib/format";
import { offerStatusAt } from "@/lib/domain/offer-expiry";
import { daysLeft } from "@/lib/domain/today";
import { planProgress, type PlanProgress } from "@/lib/domain/plan-progress";
import { buildTimeline, timelinePeriodOf, type Timeline } from "@/lib/domain/timeline";
import { loadTimelinePlanPeriods } from "@/lib/server/people/timeline-plan-periods";

export type MinSideEmployment = {
  id: string;
  title: string;
  organisation: string;
  department: string;
  specialty: string;
  type: "FAST" | "VIKARIAT";
  part: "DEL2" | "DEL3";
  startDate: Date;
  endDate: Date | null;
  plan: PlanStanding;
  /** The plan's steps and the next one (issue 10 §1). */
  progress: PlanProgress;
  /** Not ended at `now`. */
  current: boolean;
};

export type MinSideFe = {
  id: string;
  unitName: string;
  organisation: string;
  leaders: string[];
  registeredOn: Date;
  endedOn: Date | null;
  endReason: string | null;
};

export type MinSidePeriod = {
  id: string;
  status: string;
  partner: string;
  specialty: string;
  arenaName: string;
  desiredStart: Date;
  durationMonths: number;
  queueDate: Date | null;
  agreedStart: Date | null;
  agreedEnd: Date | null;
  intakeProcedure: "HELSE_NORD_TILDELING" | "EGET_SKJEMA";
  statusReason: string | null;
  intake: {
    content: IntakeContent;
    filledAt: Date;
    leaderApprovedAt: Date | null;
    forwardedAt: Date | null;
    receivedOn: Date | null;
    needsResend: boolean;
  } | null;
  /** The learning goals the fagavtale covers in an agreed, ongoing or completed period, with those reached (issue 14 §7). */
  goals: PeriodGoalLine[];
  /** What the person may do with the period now: the capability table and the period's state. */
  can: { activateWish: boolean; withdrawWish: boolean; fillIntake: boolean; markGoals: boolean };
};

/**
 * What has a deadline for the LIS (issue 10 §1), most urgent first: an open offer to answer, a plan
 * approval that has expired or expires within 30 days (planStanding), a first plan past its deadline.
 * `days` is daysLeft to the deadline (negative once passed).
 */
export type MinSideNotice =
  | { kind: "TILBUD"; id: string; place: string; deadline: Date; days: number }
  | { kind: "PLAN_UTLOPT"; id: string; department: string; deadline: Date; days: number; pendingRevision: boolean }
  | { kind: "PLAN_UTLOPER"; id: string; department: string; deadline: Date; days: number; pendingRevision: boolean }
  | { kind: "PLAN_MANGLER"; id: string; department: string; deadline: Date; days: number; underWork: boolean };

export type MinSide = {
  name: string;
  /** The banner at the top of Min side. */
  notices: MinSideNotice[];
  /** Open offers (within their deadline): they count as active wishes. */
  openOffers: number;
  employments: MinSideEmployment[];
  fe: MinSideFe[];
  periods: MinSidePeriod[];
  eligibility: Eligibility;
  eligibilityTarget: string | null;
  /** Whom the LIS asks: the local coordinators of the home trust (the current employment's). */
  coordinators: { name: string; email: string }[];
  /**
   * The LIS's course (issue 13 §3) from the rows above: employments, the plans' periods (each plan's
   * approved version, else its open one, as on the plan page) and spesialiseringsperioder.
   */
  timeline: Timeline;
};

const STATUS_ORDER: readonly string[] = PERIOD_STATUS_DISPLAY_ORDER;

/** The facts handed in when they are this person's, else one read of them. */
async function ownFactsOf(personId: string, given: PromiseLike<EligibilityFacts | null> | undefined): Promise<EligibilityFacts> {
  const facts = given ? await given : null;
  if (facts?.personId === personId) return facts;
  return (await loadEligibilityFacts(db, [personId])).get(personId)!;
}


/**
 * The LIS's own "Min side" (person:read, own): employments incl. the fiktiv enhet, periods, and
 * eligibility. The person is found through the scope; everything else shown is that person's.
 */
export async function getMinSide(options: {
  scope: AccessScope;
  now?: Date;
  /**
   * The person's eligibility facts when the same request has them already (the queue overview's
   * rankings load them: getLisStart); null, or facts of another person, and they are read here.
   */
  ownFacts?: PromiseLike<EligibilityFacts | null>;
}): Promise<MinSide> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const person = inScopeOrNotFound(await db.person.findFirst({ where: { AND: [personWhere(scope), { id: scope.personId }] }, select: { id: true, name: true } }));
  const personId = person.id;
  const mayManageWishes = canAs(scope, "wish:manage", { personId });
  const mayFillIntake = canAs(scope, "intake:fill", { personId });
  const mayMarkGoals = canAs(scope, "period-goal:mark", { personId });
  const [employments, registrations, periods, factsByPerson, planPeriods] = await Promise.all([
    db.employment.findMany({
      where: { personId },
      include: {
        organisation: {
          include: {
            region: organisationPolicySelect.region,
            roles: { where: { role: "LOKAL_KOORDINATOR" }, select: { validFrom: true, validTo: true, person: { select: { name: true, email: true } } } },
          },
        },
        department: true,
        specialty: true,
        plan: { include: { versions: { include: { signatures: { select: { role: true, signedAt: true } } } } } },
      },
      orderBy: { startDate: "desc" },
    }),
    db.feRegistration.findMany({
      where: { personId },
      include: { organisation: { include: { roles: { where: { role: "LOKAL_KOORDINATOR" }, include: { person: true } } } } },
      orderBy: { registeredOn: "desc" },
    }),
    db.spesialiseringsperiode.findMany({
      where: { personId },
      include: {
        receivingOrganisation: true,
        specialty: true,
        intakeForm: true,
        fagavtale: true,
        // The banner's open offers, loaded with the periods they belong to.
        offers: { where: { status: "TILBUDT" }, select: { id: true, status: true, deadline: true, vacancy: { select: { department: { select: { name: true } } } } } },
      },
      orderBy: { desiredStart: "asc" },
    }),
    ownFactsOf(personId, options.ownFacts),
    loadTimelinePlanPeriods(personId),
  ]);

  const employmentRows: MinSideEmployment[] = employments.map((e) => {
    const plan = planStanding({ versions: e.plan?.versions ?? [], employmentStart: e.startDate, deadlineWeeks: policyOf(e.organisation).planDeadlineWeeks, now });
    return {
      id: e.id,
      title: e.title,
      organisation: e.organisation.name,
      department: e.department.name,
      specialty: e.specialty.name,
      type: e.type,
      part: e.part,
      startDate: e.startDate,
      endDate: e.endDate,
      plan,
      progress: planProgress({ versions: e.plan?.versions ?? [], standing: plan }),
      current: !e.endDate || e.endDate.getTime() > now.getTime(),
    };
  });
  const current = employments.find((e) => !e.endDate || e.endDate.getTime() > now.getTime()) ?? employments[0];
  const coordinators = (current?.organisation.roles ?? [])
    .filter((role) => role.validFrom <= now && (!role.validTo || role.validTo > now))
    .map((role) => ({ name: role.person.name, email: role.person.email }))
    .sort((a, b) => compareNb(a.name, b.name));

  const offerNotices: MinSideNotice[] = periods.flatMap((p) =>
    p.offers
      .filter((o) => offerStatusAt(o, now) === "TILBUDT")
      .map((o) => ({ kind: "TILBUD" as const, id: o.id, place: `${p.specialty.name} ved ${o.vacancy.department.name}, ${p.receivingOrganisation.name}`, deadline: o.deadline, days: daysLeft(o.deadline, now) })),
  );
  const planNotices: MinSideNotice[] = employmentRows
    .filter((e) => !e.endDate || e.endDate.getTime() > now.getTime())
    .flatMap((e): MinSideNotice[] => {
      const s = e.plan;
      if (s.kind === "UTLOPT") return [{ kind: "PLAN_UTLOPT", id: e.id, department: e.department, deadline: s.expiredAt, days: daysLeft(s.expiredAt, now), pendingRevision: s.pendingRevision }];
      if (s.kind === "GYLDIG" && s.expiringSoon) return [{ kind: "PLAN_UTLOPER", id: e.id, department: e.department, deadline: s.expiresAt, days: daysLeft(s.expiresAt, now), pendingRevision: s.pendingRevision }];
      if ((s.kind === "INGEN_PLAN" || s.kind === "UNDER_ARBEID") && s.overdue) return [{ kind: "PLAN_MANGLER", id: e.id, department: e.department, deadline: s.dueAt, days: daysLeft(s.dueAt, now), underWork: s.kind === "UNDER_ARBEID" }];
      return [];
    });
  const notices = [...offerNotices, ...planNotices].sort((a, b) => a.days - b.days);

  // The goals of agreed, ongoing and completed periods: one statement, only when there are such periods.
  const goals = await loadPeriodGoals(periods.filter((p) => isAgreed(p.status)).map((p) => p.id));

  const { eligibility, target: targetFacts } = assessEligibility(factsByPerson, { now });
  const target = targetFacts ? periods.find((p) => p.id === targetFacts.id)! : null;

  return {
    name: person.name,
    notices,
    openOffers: offerNotices.length,
    employments: employmentRows,
    fe: registrations.map((r) => ({
      id: r.id,
      unitName: r.organisation.feUnitName ?? `Fiktiv enhet, ${r.organisation.name}`,
      organisation: r.organisation.name,
      leaders: r.organisation.roles
        .filter((role) => role.validFrom <= now && (!role.validTo || role.validTo > now))
        .map((role) => role.person.name)
        .sort((a, b) => compareNb(a, b)),
      registeredOn: r.registeredOn,
      endedOn: r.endedOn,
      endReason: r.endReason,
    })),
    periods: periods
      .map((p) => ({
        id: p.id,
        status: p.status,
        partner: p.receivingOrganisation.name,
        specialty: p.specialty.name,
        arenaName: p.fagavtale.arenaName,
        desiredStart: p.desiredStart,
        durationMonths: p.durationMonths,
        queueDate: p.queueDate,
        agreedStart: p.agreedStart,
        agreedEnd: p.agreedEnd,
        intakeProcedure: p.fagavtale.intakeProcedure,
        statusReason: p.statusReason,
        intake: p.intakeForm
          ? {
              content: readIntakeContent(p.intakeForm.content),
              filledAt: p.intakeForm.filledAt,
              leaderApprovedAt: p.intakeForm.leaderApprovedAt,
              forwardedAt: p.intakeForm.forwardedAt,
              receivedOn: p.intakeForm.receivedOn,
              needsResend: p.intakeForm.needsResend,
            }
          : null,
        can: {
          activateWish: mayManageWishes && p.status === "BEHOV",
          withdrawWish: mayManageWishes && isQueued(p.status),
          fillIntake: mayFillIntake && p.fagavtale.intakeProcedure === "EGET_SKJEMA" && isQueued(p.status),
          markGoals: mayMarkGoals && (GOAL_MARK_STATUSES as readonly string[]).includes(p.status),
        },
        goals: goals.get(p.id) ?? [],
      }))
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.desiredStart.getTime() - b.desiredStart.getTime()),
    eligibility,
    timeline: buildTimeline({
      now,
      employments: employments.map((e) => ({ id: e.id, label: `${e.department.name}, ${e.organisation.name}`, startDate: e.startDate, endDate: e.endDate })),
      planPeriods,
      periods: periods.map(timelinePeriodOf),
    }),
    eligibilityTarget: target ? `${target.specialty.name} ved ${target.receivingOrganisation.name}` : null,
    coordinators,
  };
}
