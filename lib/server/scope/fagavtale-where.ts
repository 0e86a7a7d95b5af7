import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope, ObjectFacts, RoleScope } from "@/lib/domain/access-scope";
import type { Capability } from "@/lib/domain/capabilities";
import { NO_ROWS } from "./in-scope";

/** The trusts a role may be home party for when managing: its own trust(s), or its region's trusts. */
function homePartyOf(r: RoleScope): Prisma.OrganisationWhereInput {
  switch (r.role) {
    case "LOKAL_KOORDINATOR":
      return { id: { in: r.organisationIds } };
    case "REGIONAL_KOORDINATOR":
      return { regionId: { in: r.regionIds } };
    case "LIS":
    case "LEDER":
      return NO_ROWS;
  }
}

/**
 * Which fagavtaler a role reaches depends on the capability:
 * - managing (`fagavtale:manage`): only as the home party — a trust maintains the agreements it sends
 *   its LIS under (local coordinator: their trust; regional: a trust in their region);
 * - anything else (reading): either party.
 * A leader's "department" (fagavtale:read at department scope) is the department the agreement
 * touches: the receiving læringsarena (`partnerDepartmentId`, or — where none is registered — the
 * partner trust's department of the agreement's specialty, as the vacancy matching reads it), or the
 * home trust's department of the agreement's specialty, whose LIS go there.
 */
function perRole(r: RoleScope, managing: boolean): Prisma.FagavtaleWhereInput {
  if (managing) return r.role === "LOKAL_KOORDINATOR" || r.role === "REGIONAL_KOORDINATOR" ? { homeOrganisation: homePartyOf(r) } : NO_ROWS;
  switch (r.role) {
    case "LIS":
      return NO_ROWS;
    case "LEDER":
      return {
        OR: [
          { partnerDepartmentId: { in: r.departmentIds } },
          ...r.departmentIds.flatMap((d): Prisma.FagavtaleWhereInput[] => [
            // A department is of the agreement's trust and specialty when both relations list it.
            { partnerDepartmentId: null, partnerOrganisation: { departments: { some: { id: d } } }, specialty: { departments: { some: { id: d } } } },
            { homeOrganisation: { departments: { some: { id: d } } }, specialty: { departments: { some: { id: d } } } },
          ]),
        ],
      };
    case "LOKAL_KOORDINATOR":
      return { OR: [{ homeOrganisationId: { in: r.organisationIds } }, { partnerOrganisationId: { in: r.organisationIds } }] };
    case "REGIONAL_KOORDINATOR":
      return { OR: [{ homeOrganisation: { regionId: { in: r.regionIds } } }, { partnerOrganisation: { regionId: { in: r.regionIds } } }] };
  }
}

const manages = (capability: Capability) => capability === "fagavtale:manage";

/** The fagavtaler the scope reaches for its capability (see above: home party to manage, either party to read). */
export function fagavtaleWhere(scope: AccessScope): Prisma.FagavtaleWhereInput {
  const managing = manages(scope.capability);
  return { OR: scope.roles.map((r) => perRole(r, managing)) };
}

/** The trusts a `fagavtale:manage` scope may make an agreement for as home party (the form's choices and the save check). */
export function fagavtaleHomeWhere(scope: AccessScope): Prisma.OrganisationWhereInput {
  return manages(scope.capability) ? { OR: scope.roles.map(homePartyOf) } : NO_ROWS;
}

type FagavtaleSite = {
  homeOrganisationId: string;
  partnerOrganisationId: string;
  homeRegionId: string | null;
  partnerRegionId: string | null;
  /** The departments the agreement touches (receiving læringsarena, home department of the specialty). */
  departmentIds?: readonly string[];
};

/** Where an agreement sits for this capability, in the builder's terms (home party only for managing). */
export function fagavtaleFacts(agreement: FagavtaleSite, capability: Capability): ObjectFacts {
  if (manages(capability)) return { organisationId: agreement.homeOrganisationId, regionId: agreement.homeRegionId };
  return {
    organisationId: [agreement.homeOrganisationId, agreement.partnerOrganisationId],
    regionId: [agreement.homeRegionId, agreement.partnerRegionId].filter((id): id is string => Boolean(id)),
    departmentId: agreement.departmentIds ?? null,
  };
}
