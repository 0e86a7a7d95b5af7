import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";

/** An employment is the LIS's, in a department of a trust of a region. */
function perRole(r: RoleScope, personId: string): Prisma.EmploymentWhereInput {
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

/** The employments the scope reaches: own (LIS), the department's (leader), the trust's, or the region's. */
export function employmentWhere(scope: AccessScope): Prisma.EmploymentWhereInput {
  return { OR: scope.roles.map((r) => perRole(r, scope.personId)) };
}

export function employmentFacts(employment: { personId: string; organisationId: string; departmentId?: string | null; regionId?: string | null }): ObjectFacts {
  return {
    personId: employment.personId,
    organisationId: employment.organisationId,
    departmentId: employment.departmentId ?? null,
    regionId: employment.regionId ?? null,
  };
}
