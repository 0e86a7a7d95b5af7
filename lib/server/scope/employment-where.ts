import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";

/** The employments one role reaches: the LIS's own, the leader's departments, the coordinator's trust(s) or region(s). */
export function employmentWhereForRole(r: RoleScope, personId: string): Prisma.EmploymentWhereInput {
  switch (r.role) {
    case "LIS":
      return { personId };
    case "LEDER":
      return { departmentId: { in: r.departmentIds } };
    case "LOKAL_KOORDINATOR":
      return { organisationId: { in: r.organisationIds } };
    case "REGIONAL_KOORDINATOR":
      return { organisation: { regionId: { in: r.regionIds } } };
  }
}

/** Employments (and with them the people employed) the scope reaches (issue 8 §1). */
export function employmentWhere(scope: AccessScope): Prisma.EmploymentWhereInput {
  return { OR: scope.roles.map((r) => employmentWhereForRole(r, scope.personId)) };
}

/** Where an employment (and its plan) sits, in the terms `employmentWhere` filters by. */
export function employmentFacts(employment: { personId: string; departmentId: string; organisationId: string; organisation?: { regionId: string | null } }): ObjectFacts {
  return {
    personId: employment.personId,
    departmentId: employment.departmentId,
    organisationId: employment.organisationId,
    regionId: employment.organisation?.regionId ?? null,
  };
}

/** Employments running on `now`: started, and not ended. */
export function currentEmploymentWhere(now: Date): Prisma.EmploymentWhereInput {
  return { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] };
}
