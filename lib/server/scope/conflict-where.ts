import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";
import { NO_ROWS } from "./in-scope";

/**
 * A samtidskonflikt sits at the vacancy's receiving department and trust, and at the sending trusts
 * of its candidates, whose local coordinators take part in resolving it; the regional coordinator of
 * the vacancy's region decides it (seed 000 §Kriterier 6). A LIS sees only that they stand level
 * (in the queue view), not the conflict.
 */
function perRole(r: RoleScope): Prisma.ConflictWhereInput {
  switch (r.role) {
    case "LIS":
      return NO_ROWS;
    case "LEDER":
      return { vacancy: { departmentId: { in: r.departmentIds } } };
    case "LOKAL_KOORDINATOR":
      return { OR: [{ vacancy: { organisationId: { in: r.organisationIds } } }, { candidates: { some: { organisationId: { in: r.organisationIds } } } }] };
    case "REGIONAL_KOORDINATOR":
      return { vacancy: { organisation: { regionId: { in: r.regionIds } } } };
  }
}

export function conflictWhere(scope: AccessScope): Prisma.ConflictWhereInput {
  return { OR: scope.roles.map(perRole) };
}

/** Where a samtidskonflikt sits, in the builder's terms. */
export function conflictFacts(conflict: { vacancyDepartmentId: string; vacancyOrganisationId: string; vacancyRegionId: string | null; candidateOrganisationIds: readonly string[] }): ObjectFacts {
  return {
    departmentId: conflict.vacancyDepartmentId,
    organisationId: [conflict.vacancyOrganisationId, ...conflict.candidateOrganisationIds],
    regionId: conflict.vacancyRegionId,
  };
}
