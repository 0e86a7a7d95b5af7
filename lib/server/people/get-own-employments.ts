import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";

export type OwnEmployment = {
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

/** The LIS's own employments with where their gjennomføringsplan stands. Scoped to the actor. */
export async function getOwnEmployments(options: { actor: Actor; now?: Date }): Promise<OwnEmployment[]> {
  const now = options.now ?? new Date();
  const employments = await db.employment.findMany({
    where: { personId: options.actor.personId },
    include: {
      organisation: true,
      department: true,
      specialty: true,
      plan: { include: { versions: { orderBy: { versionNumber: "desc" } } } },
    },
    orderBy: { startDate: "desc" },
  });
  return employments.map((e) => ({
    id: e.id,
    title: e.title,
    organisation: e.organisation.name,
    department: e.department.name,
    specialty: e.specialty.name,
    type: e.type,
    part: e.part,
    startDate: e.startDate,
    endDate: e.endDate,
    plan: planStanding({
      versions: e.plan?.versions ?? [],
      employmentStart: e.startDate,
      deadlineWeeks: e.organisation.planDeadlineWeeks,
      now,
    }),
  }));
}
