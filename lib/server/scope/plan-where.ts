import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, RoleScope } from "@/lib/domain/access-scope";
import { NO_ROWS } from "./in-scope";
import { employmentWhereForRole } from "./employment-where";

/**
 * The plans one role reaches (issue 3 §8): a plan belongs to one employment, so the LIS sees their own,
 * the leader those of their departments' employments, the local coordinator those of their trust.
 * No plan capability reaches the region.
 */
export function planWhereForRole(r: RoleScope, personId: string): Prisma.PlanWhereInput {
  switch (r.role) {
    case "LIS":
    case "LEDER":
    case "LOKAL_KOORDINATOR":
      return { employment: employmentWhereForRole(r, personId) };
    case "REGIONAL_KOORDINATOR":
      return NO_ROWS;
  }
}

export function planWhere(scope: AccessScope): Prisma.PlanWhereInput {
  return { OR: scope.roles.map((r) => planWhereForRole(r, scope.personId)) };
}

/** Plan versions are seen exactly as their plan is. */
export function planVersionWhere(scope: AccessScope): Prisma.PlanVersionWhereInput {
  return { plan: planWhere(scope) };
}
