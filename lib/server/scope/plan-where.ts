import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, RoleScope } from "@/lib/domain/access-scope";
import { NO_ROWS } from "./in-scope";
import { employmentWhereForRole } from "./employment-where";

/**
 * The employments whose plan one role reaches (issue 3 §8), whether the plan exists yet or not: the
 * LIS's own, the leader's departments', the local coordinator's trust's. No plan capability reaches
 * the region.
 */
export function planEmploymentWhereForRole(r: RoleScope, personId: string): Prisma.EmploymentWhereInput {
  switch (r.role) {
    case "LIS":
    case "LEDER":
    case "LOKAL_KOORDINATOR":
      return employmentWhereForRole(r, personId);
    case "REGIONAL_KOORDINATOR":
      return NO_ROWS;
  }
}

/** Employments whose plan the scope reaches (to open or start a plan by employment). */
export function planEmploymentWhere(scope: AccessScope): Prisma.EmploymentWhereInput {
  return { OR: scope.roles.map((r) => planEmploymentWhereForRole(r, scope.personId)) };
}

/** A plan belongs to one employment and is seen exactly as that employment's plan is. */
export function planWhereForRole(r: RoleScope, personId: string): Prisma.PlanWhereInput {
  return { employment: planEmploymentWhereForRole(r, personId) };
}

export function planWhere(scope: AccessScope): Prisma.PlanWhereInput {
  return { OR: scope.roles.map((r) => planWhereForRole(r, scope.personId)) };
}

/** Plan versions are seen exactly as their plan is. */
export function planVersionWhere(scope: AccessScope): Prisma.PlanVersionWhereInput {
  return { plan: planWhere(scope) };
}
