import "server-only";
import type { Tx } from "@/lib/server/db";

/** People holding a role at a scope now (local coordinators of a trust, leaders of a department, regional coordinators). */
export async function peopleWithRole(
  tx: Tx,
  where: { role: "LOKAL_KOORDINATOR"; organisationId: string } | { role: "LEDER"; departmentId: string } | { role: "REGIONAL_KOORDINATOR"; regionId: string },
  now: Date,
): Promise<string[]> {
  const rows = await tx.roleAssignment.findMany({
    where: { ...where, validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }], person: { disabledAt: null } },
    select: { personId: true },
    orderBy: { personId: "asc" },
  });
  return [...new Set(rows.map((r) => r.personId))];
}
