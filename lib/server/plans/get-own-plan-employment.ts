import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { planEmploymentWhere } from "@/lib/server/scope/plan-where";

/** The LIS's own current employment (the latest started, not ended), whose plan /lis/plan shows. */
export async function getOwnPlanEmployment(options: { scope: AccessScope; now?: Date }): Promise<{ id: string } | null> {
  const now = options.now ?? new Date();
  return db.employment.findFirst({
    where: { AND: [planEmploymentWhere(options.scope), { personId: options.scope.personId }, { OR: [{ endDate: null }, { endDate: { gt: now } }] }] },
    orderBy: { startDate: "desc" },
    select: { id: true },
  });
}
