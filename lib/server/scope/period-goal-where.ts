import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import { NO_ROWS } from "./in-scope";

/**
 * The periods whose learning goals the scope may mark reached (issue 14 §7; seed 002 tiltak 5.2 and 10):
 * the LIS's own, and, for a leader, the periods taken in their department as the receiving side (the
 * fagavtale's læringsarena is that department). The home leader and the coordinators read them; they
 * do not mark them.
 */
export function periodGoalWhere(scope: AccessScope): Prisma.SpesialiseringsperiodeWhereInput {
  return {
    OR: scope.roles.map((r) => {
      if (r.role === "LIS") return { personId: scope.personId };
      if (r.role === "LEDER") return { fagavtale: { partnerDepartmentId: { in: r.departmentIds } } };
      return NO_ROWS;
    }),
  };
}
