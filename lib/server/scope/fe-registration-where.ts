import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";

/**
 * A LIS's registration in a trust's fiktiv enhet sits at that trust (the registration's
 * organisation), in the department of the employment it is based on, and belongs to the LIS.
 */
function perRole(r: RoleScope, personId: string): Prisma.FeRegistrationWhereInput {
  switch (r.role) {
    case "LIS":
      return { personId };
    case "LEDER":
      return { employment: { departmentId: { in: r.departmentIds } } };
    case "LOKAL_KOORDINATOR":
      return { organisationId: { in: r.organisationIds } };
    case "REGIONAL_KOORDINATOR":
      // By relation: every trust of the region, with no lookup of the region's trusts first.
      return { organisation: { regionId: { in: r.regionIds } } };
  }
}

/** The FE registrations the scope reaches: own (LIS), the department's, the trust's, or the region's trusts'. */
export function feRegistrationWhere(scope: AccessScope): Prisma.FeRegistrationWhereInput {
  return { OR: scope.roles.map((r) => perRole(r, scope.personId)) };
}

/** Where a registration sits, in the builder's terms: for `canOn` flags and the audit record's role. */
export function feRegistrationFacts(registration: {
  personId: string;
  organisationId: string;
  departmentId?: string | null;
  regionId?: string | null;
}): ObjectFacts {
  return {
    personId: registration.personId,
    organisationId: registration.organisationId,
    departmentId: registration.departmentId ?? null,
    regionId: registration.regionId ?? null,
  };
}
