import "server-only";
import { db } from "@/lib/server/db";
import { planArenaLabel, type TimelinePlanPeriod } from "@/lib/domain/timeline";

const OPEN_STATUSES = ["UTKAST", "TIL_GODKJENNING", "RETURNERT"] as const;

/**
 * The plan lane of a LIS's timeline on Min side (issue 13 §3): of each of the person's plans, the
 * periods of the version the plan page's timeline shows (the approved one, else the open one). One
 * statement whatever the number of plans. The caller passes the person its scope resolved.
 */
export async function loadTimelinePlanPeriods(personId: string): Promise<TimelinePlanPeriod[]> {
  const versions = await db.planVersion.findMany({
    where: { plan: { employment: { personId } }, status: { in: ["GODKJENT", ...OPEN_STATUSES] } },
    orderBy: [{ planId: "asc" }, { versionNumber: "desc" }],
    select: {
      planId: true,
      status: true,
      periods: {
        orderBy: { startDate: "asc" },
        select: {
          id: true,
          kind: true,
          startDate: true,
          endDate: true,
          department: { select: { name: true } },
          fagavtale: { select: { arenaName: true, partnerOrganisation: { select: { name: true } } } },
        },
      },
    },
  });
  const shown = new Map<string, (typeof versions)[number]>();
  for (const v of versions) {
    const chosen = shown.get(v.planId);
    if (!chosen || (v.status === "GODKJENT" && chosen.status !== "GODKJENT")) shown.set(v.planId, v);
  }
  return [...shown.values()].flatMap((v) => v.periods.map((p) => ({ id: p.id, kind: p.kind, label: planArenaLabel(p), startDate: p.startDate, endDate: p.endDate })));
}
