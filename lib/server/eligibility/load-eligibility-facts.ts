import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import type { Tx } from "@/lib/server/db";
import { ELIGIBILITY_PERIOD_STATUSES, type EligibilityFacts, type FactEmployment, type FactPeriod } from "@/lib/domain/eligibility-facts";

/**
 * The eligibility facts of a set of LIS, in four queries whatever their number (plus Prisma's one
 * IN-list per nested relation): employments with their plan versions, active FE registrations,
 * achieved learning goals, and needs and active wishes with their fagavtale's prerequisites. Turn
 * them into an answer with `assessEligibility` (lib/domain/eligibility-facts.ts). Access is the
 * caller's: pass only ids the actor may see.
 */
/** Hundreds of rivals' facts at once: IN-lists per level beat JOINs at national volume (decision 0024). */
const FACTS_LOAD = "query" as const;

export async function loadEligibilityFacts(client: Tx, personIds: readonly string[]): Promise<Map<string, EligibilityFacts>> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return new Map();
  const [employments, registrations, achieved, periods] = await Promise.all([
    client.employment.findMany({
      relationLoadStrategy: FACTS_LOAD,
      where: { personId: { in: ids } },
      select: {
        id: true,
        personId: true,
        organisationId: true,
        departmentId: true,
        specialtyId: true,
        type: true,
        startDate: true,
        endDate: true,
        organisation: { select: organisationPolicySelect },
        plan: { select: { versions: { select: { status: true, approvedAt: true, expiresAt: true } } } },
      },
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
    }),
    client.feRegistration.findMany({
      relationLoadStrategy: FACTS_LOAD,
      where: { personId: { in: ids }, endedOn: null },
      select: { personId: true, organisationId: true, registeredOn: true },
      orderBy: [{ registeredOn: "asc" }, { id: "asc" }],
    }),
    client.achievedLearningGoal.findMany({
      relationLoadStrategy: FACTS_LOAD,
      where: { personId: { in: ids } },
      select: { personId: true, learningGoalId: true, learningGoal: { select: { specialtyId: true } } },
    }),
    client.spesialiseringsperiode.findMany({
      relationLoadStrategy: FACTS_LOAD,
      where: { personId: { in: ids }, status: { in: [...ELIGIBILITY_PERIOD_STATUSES] } },
      select: {
        id: true,
        personId: true,
        status: true,
        desiredStart: true,
        receivingOrganisationId: true,
        specialtyId: true,
        receivingOrganisation: { select: { name: true } },
        fagavtale: {
          select: {
            id: true,
            homeOrganisationId: true,
            validFrom: true,
            validTo: true,
            learningGoals: { where: { role: "FORKUNNSKAP" }, select: { learningGoal: { select: { id: true, code: true, title: true } } } },
          },
        },
      },
      orderBy: [{ desiredStart: "asc" }, { id: "asc" }],
    }),
  ]);

  type Building = {
    personId: string;
    employments: FactEmployment[];
    feRegistrations: EligibilityFacts["feRegistrations"][number][];
    achievedGoals: EligibilityFacts["achievedGoals"][number][];
    periods: FactPeriod[];
  };
  const building = new Map<string, Building>();
  const facts = (personId: string): Building => {
    let f = building.get(personId);
    if (!f) building.set(personId, (f = { personId, employments: [], feRegistrations: [], achievedGoals: [], periods: [] }));
    return f;
  };
  for (const id of ids) facts(id);
  for (const e of employments) {
    facts(e.personId).employments.push({
      id: e.id,
      organisationId: e.organisationId,
      departmentId: e.departmentId,
      specialtyId: e.specialtyId,
      type: e.type,
      startDate: e.startDate,
      endDate: e.endDate,
      planDeadlineWeeks: policyOf(e.organisation).planDeadlineWeeks,
      planVersions: e.plan?.versions ?? [],
    });
  }
  for (const r of registrations) facts(r.personId).feRegistrations.push({ organisationId: r.organisationId, registeredOn: r.registeredOn });
  for (const a of achieved) facts(a.personId).achievedGoals.push({ learningGoalId: a.learningGoalId, specialtyId: a.learningGoal.specialtyId });
  for (const p of periods) {
    facts(p.personId).periods.push({
      id: p.id,
      status: p.status,
      desiredStart: p.desiredStart,
      receivingOrganisationId: p.receivingOrganisationId,
      receivingName: p.receivingOrganisation.name,
      specialtyId: p.specialtyId,
      fagavtale: {
        id: p.fagavtale.id,
        homeOrganisationId: p.fagavtale.homeOrganisationId,
        validFrom: p.fagavtale.validFrom,
        validTo: p.fagavtale.validTo,
        prerequisiteGoals: p.fagavtale.learningGoals.map((g) => g.learningGoal),
      },
    });
  }
  return building;
}
