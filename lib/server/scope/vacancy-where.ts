import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";
import { NO_ROWS } from "./in-scope";

/**
 * A vacant gjennomstrømningsstilling sits at the receiving department (its leader announces and fills
 * it) and its trust, and concerns the sending trusts whose LIS may fill it: those with a fagavtale
 * whose partner is the receiving trust. So a local coordinator reaches the vacancies of their own
 * trust and those their trust's LIS queue for; a regional coordinator those in the region and those
 * that draw on a fagavtale from a trust in the region. A LIS reaches vacancies only through offers.
 * Which candidates of a vacancy a role sees is the offer rule (`candidateVisible` in offer-where.ts).
 */
function perRole(r: RoleScope): Prisma.VacancyWhereInput {
  switch (r.role) {
    case "LIS":
      return NO_ROWS;
    case "LEDER":
      return { departmentId: { in: r.departmentIds } };
    case "LOKAL_KOORDINATOR":
      return { OR: [{ organisationId: { in: r.organisationIds } }, { organisation: { fagavtalerAsPartner: { some: { homeOrganisationId: { in: r.organisationIds } } } } }] };
    case "REGIONAL_KOORDINATOR":
      return {
        OR: [{ organisation: { regionId: { in: r.regionIds } } }, { organisation: { fagavtalerAsPartner: { some: { homeOrganisation: { regionId: { in: r.regionIds } } } } } }],
      };
  }
}

export function vacancyWhere(scope: AccessScope): Prisma.VacancyWhereInput {
  return { OR: scope.roles.map(perRole) };
}

/** The departments the scope may announce vacancies in: the leader's own departments. */
export function vacancyDepartmentWhere(scope: AccessScope): Prisma.DepartmentWhereInput {
  return { OR: scope.roles.map((r) => (r.role === "LEDER" ? { id: { in: r.departmentIds } } : NO_ROWS)) };
}

/** Where a vacancy sits, in the builder's terms. `sending…` are the home parties (and their regions) of the fagavtaler whose partner is the vacancy's trust. */
export function vacancyFacts(vacancy: {
  departmentId: string;
  organisationId: string;
  regionId: string | null;
  sendingOrganisationIds?: readonly string[];
  sendingRegionIds?: readonly (string | null)[];
}): ObjectFacts {
  return {
    departmentId: vacancy.departmentId,
    organisationId: [vacancy.organisationId, ...(vacancy.sendingOrganisationIds ?? [])],
    regionId: [vacancy.regionId, ...(vacancy.sendingRegionIds ?? [])].filter((id): id is string => Boolean(id)),
  };
}
