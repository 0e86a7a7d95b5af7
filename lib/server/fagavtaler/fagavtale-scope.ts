import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { forbidden } from "@/lib/server/errors";

export type FagavtaleViewer = "LEDER" | "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR";

const ids = (values: (string | null)[]) => values.flatMap((v) => (v ? [v] : []));

/** Fagavtaler the actor may read as this role: where their trust (or a trust in their region) is a party. */
export function readableFagavtaleWhere(actor: Actor, as: FagavtaleViewer): Prisma.FagavtaleWhereInput {
  if (as === "REGIONAL_KOORDINATOR") {
    const regions = ids(grantsFor(actor, "REGIONAL_KOORDINATOR").map((g) => g.regionId));
    if (regions.length === 0) throw forbidden();
    return { OR: [{ homeOrganisation: { regionId: { in: regions } } }, { partnerOrganisation: { regionId: { in: regions } } }] };
  }
  const orgs = ids(grantsFor(actor, as).map((g) => g.organisationId));
  if (orgs.length === 0) throw forbidden();
  return { OR: [{ homeOrganisationId: { in: orgs } }, { partnerOrganisationId: { in: orgs } }] };
}

/**
 * Fagavtaler the actor may create and change: a local coordinator where their trust is the home
 * party; a regional coordinator where the home party is in their region.
 */
export function manageableFagavtaleWhere(actor: Actor, as: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR"): Prisma.FagavtaleWhereInput {
  return { homeOrganisation: manageableHomeWhere(actor, as) };
}

export function manageableHomeWhere(actor: Actor, as: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR"): Prisma.OrganisationWhereInput {
  if (as === "REGIONAL_KOORDINATOR") {
    const regions = ids(grantsFor(actor, "REGIONAL_KOORDINATOR").map((g) => g.regionId));
    if (regions.length === 0) throw forbidden();
    return { regionId: { in: regions } };
  }
  const orgs = ids(grantsFor(actor, "LOKAL_KOORDINATOR").map((g) => g.organisationId));
  if (orgs.length === 0) throw forbidden();
  return { id: { in: orgs } };
}
