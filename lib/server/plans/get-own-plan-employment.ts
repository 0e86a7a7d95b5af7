import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";

/** The LIS's current employment (the latest started), whose plan /lis/plan shows. */
export async function getOwnPlanEmployment(options: { actor: Actor; now?: Date }): Promise<{ id: string } | null> {
  const now = options.now ?? new Date();
  return db.employment.findFirst({
    where: { personId: options.actor.personId, OR: [{ endDate: null }, { endDate: { gt: now } }] },
    orderBy: { startDate: "desc" },
    select: { id: true },
  });
}
