import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import { scopeIds, type AccessScope } from "@/lib/domain/access-scope";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { planEmploymentWhere } from "@/lib/server/scope/plan-where";
import { logAccess } from "@/lib/server/access-log/log-access";

export type DepartmentWithLis = {
  id: string;
  name: string;
  organisation: string;
  lis: { employmentId: string; personId: string; name: string; specialty: string; type: "FAST" | "VIKARIAT"; part: "DEL2" | "DEL3"; plan: PlanStanding }[];
};

/**
 * The departments the leader leads (a plan:read scope as LEDER), each with the LIS employed there now
 * whose plan the scope reaches, and that plan's standing.
 */
export async function listDepartmentLis(options: { scope: AccessScope; now?: Date }): Promise<DepartmentWithLis[]> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const departments = await db.department.findMany({
    where: { id: { in: scopeIds(scope, "departmentIds", "LEDER") } },
    include: {
      organisation: { include: { region: organisationPolicySelect.region } },
      employments: {
        where: { AND: [planEmploymentWhere(scope), currentEmploymentWhere(now)] },
        include: { person: true, specialty: true, plan: { include: { versions: true } } },
        orderBy: { person: { name: "asc" } },
      },
    },
    orderBy: { name: "asc" },
  });
  return departments.map((d) => ({
    id: d.id,
    name: d.name,
    organisation: d.organisation.name,
    lis: d.employments.map((e) => ({
      employmentId: e.id,
      personId: e.personId,
      name: e.person.name,
      specialty: e.specialty.name,
      type: e.type,
      part: e.part,
      plan: planStanding({ versions: e.plan?.versions ?? [], employmentStart: e.startDate, deadlineWeeks: policyOf(d.organisation).planDeadlineWeeks, now }),
    })),
  }));
}

/** The leader's LIS list shown is a read of each LIS's plan standing (issue 11 §9): one INSERT for the page. */
export async function logDepartmentLisShown(scope: AccessScope, departments: readonly Pick<DepartmentWithLis, "lis">[]): Promise<void> {
  await logAccess(scope, departments.flatMap((d) => d.lis.map((l) => ({ what: "LIS_LIST_ROW" as const, subjectPersonId: l.personId, entityId: l.employmentId }))));
}
