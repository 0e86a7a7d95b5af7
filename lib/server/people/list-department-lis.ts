import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";

export type DepartmentWithLis = {
  id: string;
  name: string;
  organisation: string;
  lis: { employmentId: string; name: string; specialty: string; type: "FAST" | "VIKARIAT"; part: "DEL2" | "DEL3"; plan: PlanStanding }[];
};

/** The departments the actor leads, with the LIS employed there now. Scoped to the actor's LEDER grants. */
export async function listDepartmentLis(options: { actor: Actor; now?: Date }): Promise<DepartmentWithLis[]> {
  const now = options.now ?? new Date();
  const departmentIds = grantsFor(options.actor, "LEDER").flatMap((g) => (g.departmentId ? [g.departmentId] : []));
  const departments = await db.department.findMany({
    where: { id: { in: departmentIds } },
    include: {
      organisation: true,
      employments: {
        where: { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] },
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
      name: e.person.name,
      specialty: e.specialty.name,
      type: e.type,
      part: e.part,
      plan: planStanding({ versions: e.plan?.versions ?? [], employmentStart: e.startDate, deadlineWeeks: d.organisation.planDeadlineWeeks, now }),
    })),
  }));
}
