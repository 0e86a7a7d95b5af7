import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { canAs } from "@/lib/domain/acting-role";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { personWhere } from "@/lib/server/scope/person-where";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";
import type { Eligibility } from "@/lib/domain/eligibility";
import { assessEligibility } from "@/lib/domain/eligibility-facts";
import { loadEligibilityFacts } from "@/lib/server/eligibility/load-eligibility-facts";
import { readIntakeContent, type IntakeContent } from "@/lib/server/intake/intake-content";
import { PERIOD_STATUS_DISPLAY_ORDER, isQueued } from "@/lib/domain/period-status";
import { compareNb } from "@/lib/format";

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
  /** What the person may do with the period now: the capability table and the period's state. */
  can: { activateWish: boolean; withdrawWish: boolean; fillIntake: boolean };
};

export type MinSide = {
  name: string;
  employments: MinSideEmployment[];
  fe: MinSideFe[];
  periods: MinSidePeriod[];
  eligibility: Eligibility;
  eligibilityTarget: string | null;
};

const STATUS_ORDER: readonly string[] = PERIOD_STATUS_DISPLAY_ORDER;


/**
 * The LIS's own "Min side" (person:read, own): employments incl. the fiktiv enhet, periods, and
 * eligibility. The person is found through the scope; everything else shown is that person's.
 */
export async function getMinSide(options: { scope: AccessScope; now?: Date }): Promise<MinSide> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const person = inScopeOrNotFound(await db.person.findFirst({ where: { AND: [personWhere(scope), { id: scope.personId }] }, select: { id: true, name: true } }));
  const personId = person.id;
  const mayManageWishes = canAs(scope, "wish:manage", { personId });
  const mayFillIntake = canAs(scope, "intake:fill", { personId });
  const [employments, registrations, periods, factsByPerson] = await Promise.all([
    db.employment.findMany({
      where: { personId },
      include: { organisation: { include: { region: organisationPolicySelect.region } }, department: true, specialty: true, plan: { include: { versions: true } } },
      orderBy: { startDate: "desc" },
    }),
    db.feRegistration.findMany({
      where: { personId },
      include: { organisation: { include: { roles: { where: { role: "LOKAL_KOORDINATOR" }, include: { person: true } } } } },
      orderBy: { registeredOn: "desc" },
    }),
    db.spesialiseringsperiode.findMany({
      where: { personId },
      include: { receivingOrganisation: true, specialty: true, intakeForm: true, fagavtale: true },
      orderBy: { desiredStart: "asc" },
    }),
    loadEligibilityFacts(db, [personId]),
  ]);

  const employmentRows: MinSideEmployment[] = employments.map((e) => ({
    id: e.id,
    title: e.title,
    organisation: e.organisation.name,
    department: e.department.name,
    specialty: e.specialty.name,
    type: e.type,
    part: e.part,
    startDate: e.startDate,
    endDate: e.endDate,
    plan: planStanding({ versions: e.plan?.versions ?? [], employmentStart: e.startDate, deadlineWeeks: policyOf(e.organisation).planDeadlineWeeks, now }),
  }));

  const { eligibility, target: targetFacts } = assessEligibility(factsByPerson.get(personId)!, { now });
  const target = targetFacts ? periods.find((p) => p.id === targetFacts.id)! : null;

  return {
    name: person.name,
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
        },
      }))
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.desiredStart.getTime() - b.desiredStart.getTime()),
    eligibility,
    eligibilityTarget: target ? `${target.specialty.name} ved ${target.receivingOrganisation.name}` : null,
  };
}
