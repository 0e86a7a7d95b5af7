import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import { scopeIds, type AccessScope } from "@/lib/domain/access-scope";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { planEmploymentWhere } from "@/lib/server/scope/plan-where";
import { logAccess } from "@/lib/server/access-log/log-access";
import { planProgress } from "@/lib/domain/plan-progress";
import { leaderActions, type LeaderAction } from "@/lib/domain/leader-today";
import { LIVE_STATUSES } from "@/lib/domain/period-status";

/** A LIS's spesialiseringsperiode as the home leader's list shows it (issue 10 §2). */
export type LeaderLisPeriod = { id: string; status: string; specialty: string; partner: string; desiredStart: Date; queueDate: Date | null; agreedStart: Date | null; agreedEnd: Date | null };

export type DepartmentWithLis = {
  id: string;
  name: string;
  organisation: string;
  lis: {
    employmentId: string;
    personId: string;
    name: string;
    specialty: string;
    type: "FAST" | "VIKARIAT";
    part: "DEL2" | "DEL3";
    plan: PlanStanding;
    /** What the leader must do for this LIS, most urgent first (lib/domain/leader-today). */
    actions: LeaderAction[];
    /** Needs, wishes, queue places and agreed periods not yet completed. */
    periods: LeaderLisPeriod[];
  }[];
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
        include: {
          person: {
            select: {
              name: true,
              spesialiseringsperioder: {
                where: { status: { in: LIVE_STATUSES.filter((st) => st !== "GJENNOMFORT") } },
                select: {
                  id: true,
                  status: true,
                  desiredStart: true,
                  queueDate: true,
                  agreedStart: true,
                  agreedEnd: true,
                  specialty: { select: { name: true } },
                  receivingOrganisation: { select: { name: true } },
                  intakeForm: { select: { filledAt: true, leaderApprovedAt: true } },
                },
                orderBy: [{ desiredStart: "asc" }, { id: "asc" }],
              },
            },
          },
          specialty: true,
          plan: { include: { versions: { include: { signatures: { select: { role: true, signedAt: true } } } } } },
        },
        orderBy: { person: { name: "asc" } },
      },
    },
    orderBy: { name: "asc" },
  });
  return departments.map((d) => ({
    id: d.id,
    name: d.name,
    organisation: d.organisation.name,
    lis: d.employments.map((e) => {
      const versions = e.plan?.versions ?? [];
      const plan = planStanding({ versions, employmentStart: e.startDate, deadlineWeeks: policyOf(d.organisation).planDeadlineWeeks, now });
      const periods = e.person.spesialiseringsperioder;
      const intakeWaiting = periods
        .filter((p) => p.intakeForm && !p.intakeForm.leaderApprovedAt && (p.status === "ONSKE" || p.status === "I_KO"))
        .map((p) => ({ partner: p.receivingOrganisation.name, filledAt: p.intakeForm!.filledAt }));
      return {
        employmentId: e.id,
        personId: e.personId,
        name: e.person.name,
        specialty: e.specialty.name,
        type: e.type,
        part: e.part,
        plan,
        actions: leaderActions({ standing: plan, progress: planProgress({ versions, standing: plan }), intakeWaiting, now }),
        periods: periods.map((p) => ({
          id: p.id,
          status: p.status,
          specialty: p.specialty.name,
          partner: p.receivingOrganisation.name,
          desiredStart: p.desiredStart,
          queueDate: p.queueDate,
          agreedStart: p.agreedStart,
          agreedEnd: p.agreedEnd,
        })),
      };
    }),
  }));
}

/** The leader's LIS list shown is a read of each LIS's plan standing (issue 11 §9): one INSERT for the page. */
export async function logDepartmentLisShown(scope: AccessScope, departments: readonly Pick<DepartmentWithLis, "lis">[]): Promise<void> {
  await logAccess(scope, departments.flatMap((d) => d.lis.map((l) => ({ what: "LIS_LIST_ROW" as const, subjectPersonId: l.personId, entityId: l.employmentId }))));
}
