import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, RoleScope } from "@/lib/domain/access-scope";

/** The trusts one role reaches: the LIS's employers, the leader's departments' trusts, the coordinator's trust(s) or region(s). */
function organisationWhereForRole(r: RoleScope, personId: string): Prisma.OrganisationWhereInput {
  switch (r.role) {
    case "LIS":
      return { employments: { some: { personId } } };
    case "LEDER":
      return { departments: { some: { id: { in: r.departmentIds } } } };
    case "LOKAL_KOORDINATOR":
      return { id: { in: r.organisationIds } };
    case "REGIONAL_KOORDINATOR":
      return { regionId: { in: r.regionIds } };
  }
}

export function organisationWhere(scope: AccessScope): Prisma.OrganisationWhereInput {
  return { OR: scope.roles.map((r) => organisationWhereForRole(r, scope.personId)) };
}
