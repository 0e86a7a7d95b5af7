import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coveringRole, type AccessScope, type ObjectFacts, type RoleScope } from "@/lib/domain/access-scope";

/**
 * An offer belongs to the LIS it is made to, sits at the receiving department that made it, and at
 * the LIS's home trust (the home party of the fagavtale the period runs under), whose local
 * coordinator follows it up. A regional coordinator reaches offers on either side of the region:
 * vacancies in the region, and LIS from a trust in the region. A receiving trust's local coordinator
 * does not see other trusts' LIS's offers (nor, in a ranking, other trusts' candidates).
 */
function perRole(r: RoleScope, personId: string): Prisma.OfferWhereInput {
  switch (r.role) {
    case "LIS":
      return { personId };
    case "LEDER":
      return { vacancy: { departmentId: { in: r.departmentIds } } };
    case "LOKAL_KOORDINATOR":
      return { spesialiseringsperiode: { fagavtale: { homeOrganisationId: { in: r.organisationIds } } } };
    case "REGIONAL_KOORDINATOR":
      return {
        OR: [{ vacancy: { organisation: { regionId: { in: r.regionIds } } } }, { spesialiseringsperiode: { fagavtale: { homeOrganisation: { regionId: { in: r.regionIds } } } } }],
      };
  }
}

export function offerWhere(scope: AccessScope): Prisma.OfferWhereInput {
  return { OR: scope.roles.map((r) => perRole(r, scope.personId)) };
}

/** Where an offer (or a would-be offer: a candidate in a vacancy's ranking) sits, in the builder's terms. */
export function offerFacts(offer: {
  personId: string;
  vacancyDepartmentId: string;
  vacancyRegionId: string | null;
  homeOrganisationId: string;
  homeRegionId: string | null;
}): ObjectFacts {
  return {
    personId: offer.personId,
    departmentId: offer.vacancyDepartmentId,
    organisationId: offer.homeOrganisationId,
    regionId: [offer.vacancyRegionId, offer.homeRegionId].filter((id): id is string => Boolean(id)),
  };
}

/** Whether the scope sees this candidate of a ranking: by the offer rule, since a candidate is a would-be offer. */
export function candidateVisible(scope: AccessScope, candidate: Parameters<typeof offerFacts>[0]): boolean {
  return coveringRole(scope, offerFacts(candidate)) !== null;
}
