import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import type { ScopeKind } from "@/lib/domain/indicators";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";

export type IndicatorTrust = { id: string; name: string; deadlineWeeks: number };

/** One report's reach: a trust (its own LIS) or a region (the LIS of its trusts). */
export type IndicatorScope = { kind: ScopeKind; id: string; name: string; trusts: IndicatorTrust[] };

const trustSelect = { id: true, name: true, ...organisationPolicySelect } as const;
const toTrust = (o: { id: string; name: string } & Parameters<typeof policyOf>[0]): IndicatorTrust => ({ id: o.id, name: o.name, deadlineWeeks: policyOf(o).planDeadlineWeeks });

/**
 * The reports a coordinator's scope (indicator:read / indicator:snapshot) reaches: a local coordinator
 * one per own trust, a regional coordinator one per own region (its health trusts). Ids come from the
 * scope, never from the request; a requested id outside them is simply not among them.
 */
export async function indicatorScopesOf(scope: AccessScope, client: PrismaClient = db): Promise<IndicatorScope[]> {
  const role = scope.roles[0]!;
  if (role.role === "LOKAL_KOORDINATOR") {
    const trusts = await client.organisation.findMany({ where: { id: { in: role.organisationIds }, kind: "HELSEFORETAK" }, select: trustSelect, orderBy: { name: "asc" } });
    return trusts.map((t) => ({ kind: "TRUST" as const, id: t.id, name: t.name, trusts: [toTrust(t)] }));
  }
  if (role.role === "REGIONAL_KOORDINATOR") return regionScopes(client, role.regionIds);
  return [];
}

async function regionScopes(client: PrismaClient, regionIds?: readonly string[]): Promise<IndicatorScope[]> {
  const regions = await client.region.findMany({
    where: regionIds ? { id: { in: [...regionIds] } } : {},
    select: { id: true, name: true, organisations: { where: { kind: "HELSEFORETAK" }, select: trustSelect, orderBy: { name: "asc" } } },
    orderBy: { name: "asc" },
  });
  return regions.map((r) => ({ kind: "REGION" as const, id: r.id, name: r.name, trusts: r.organisations.map(toTrust) }));
}

/** Every trust and every region, for the scheduled snapshot (no actor: the schedule). */
export async function allIndicatorScopes(client: PrismaClient = db): Promise<IndicatorScope[]> {
  const [trusts, regions] = await Promise.all([
    client.organisation.findMany({ where: { kind: "HELSEFORETAK" }, select: trustSelect, orderBy: { name: "asc" } }),
    regionScopes(client),
  ]);
  return [...trusts.map((t) => ({ kind: "TRUST" as const, id: t.id, name: t.name, trusts: [toTrust(t)] })), ...regions];
}
