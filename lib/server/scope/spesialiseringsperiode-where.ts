import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";
import { currentEmploymentWhere } from "./employment-where";

/**
 * A spesialiseringsperiode (need, wish, agreed or completed period) belongs to the LIS and sits at
 * their home trust: the home party of the fagavtale it runs under, whose fiktiv enhet queues it and
 * whose coordinator manages the wish. The receiving side reaches LIS through vacancies, offers and
 * the ranking, not through this builder.
 */
function perRole(r: RoleScope, personId: string, now: Date): Prisma.SpesialiseringsperiodeWhereInput {
  switch (r.role) {
    case "LIS":
      return { personId };
    case "LEDER":
      // The LIS employed in the leader's department now (the leader who signs their plan).
      return { person: { employments: { some: { AND: [{ departmentId: { in: r.departmentIds } }, currentEmploymentWhere(now)] } } } };
    case "LOKAL_KOORDINATOR":
      return { fagavtale: { homeOrganisationId: { in: r.organisationIds } } };
    case "REGIONAL_KOORDINATOR":
      return { fagavtale: { homeOrganisation: { regionId: { in: r.regionIds } } } };
  }
}

/** The periods (and so the wishes) the scope reaches: own, the department's LIS, the home trust's, the region's home trusts'. */
export function spesialiseringsperiodeWhere(scope: AccessScope, now: Date = new Date()): Prisma.SpesialiseringsperiodeWhereInput {
  return { OR: scope.roles.map((r) => perRole(r, scope.personId, now)) };
}

/** Where a period sits, in the builder's terms: the LIS, and the fagavtale's home trust (and its region). */
export function spesialiseringsperiodeFacts(period: {
  /** Several for a group of periods (e.g. a sending order), which all sit at the same home trust. */
  personId: string | readonly string[];
  homeOrganisationId: string;
  homeRegionId?: string | null;
  departmentIds?: readonly string[];
}): ObjectFacts {
  return {
    personId: period.personId,
    organisationId: period.homeOrganisationId,
    regionId: period.homeRegionId ?? null,
    departmentId: period.departmentIds ?? null,
  };
}
