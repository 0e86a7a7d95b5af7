import "server-only";
import { db } from "@/lib/server/db";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import { compareSendingOrder } from "@/lib/domain/fe-registration";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import { compareNb } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";

export type SendingGroup = {
  key: string;
  homeOrganisation: string;
  partner: string;
  specialty: string;
  members: { periodId: string; name: string; registeredOn: Date | null; desiredStart: Date; status: string; sendingRank: number | null; sendingRankReason: string | null }[];
  /** What the viewer may do with the group (from the capability table). */
  can: { prioritise: boolean };
};

/**
 * Groups of the trust's LIS waiting for the same partner and specialty (criterion 5): where there are
 * two or more, the local coordinator sets their order.
 */
export async function listSendingGroups(options: { scope: AccessScope }): Promise<SendingGroup[]> {
  const { scope } = options;
  const periods = await db.spesialiseringsperiode.findMany({
    where: { AND: [spesialiseringsperiodeWhere(scope), { status: { in: [...QUEUED_STATUSES] } }] },
    include: { person: true, receivingOrganisation: true, specialty: true, feRegistration: true, fagavtale: { include: { homeOrganisation: true } } },
  });
  const groups = new Map<string, SendingGroup>();
  for (const p of periods) {
    const key = `${p.fagavtale.homeOrganisationId}:${p.receivingOrganisationId}:${p.specialtyId}`;
    const group = groups.get(key) ?? {
      key,
      homeOrganisation: p.fagavtale.homeOrganisation.name,
      partner: p.receivingOrganisation.name,
      specialty: p.specialty.name,
      members: [],
      can: { prioritise: canOn(scope, "fe:prioritise", spesialiseringsperiodeFacts({ personId: p.personId, homeOrganisationId: p.fagavtale.homeOrganisationId })) },
    };
    group.members.push({
      periodId: p.id,
      name: p.person.name,
      registeredOn: p.feRegistration?.registeredOn ?? null,
      desiredStart: p.desiredStart,
      status: p.status,
      sendingRank: p.sendingRank,
      sendingRankReason: p.sendingRankReason,
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.members.length >= 2)
    .map((g) => ({ ...g, members: g.members.sort(compareSendingOrder) }))
    .sort((a, b) => compareNb(a.partner, b.partner) || compareNb(a.specialty, b.specialty));
}

export type SendingGroupSummary = Omit<SendingGroup, "members"> & { count: number };

const groupKey = (homeOrganisationId: string, partnerId: string, specialtyId: string) => `${homeOrganisationId}:${partnerId}:${specialtyId}`;

/**
 * The groups of two or more waiting LIS (home trust, partner, specialty) with their counts, grouped and
 * counted in SQL: the page lists these and shows one group's order form at a time (issue 9 §3).
 * Four statements whatever the number of LIS.
 */
export async function listSendingGroupSummaries(options: { scope: AccessScope }): Promise<SendingGroupSummary[]> {
  const { scope } = options;
  const counted = await db.spesialiseringsperiode.groupBy({
    by: ["fagavtaleId", "receivingOrganisationId", "specialtyId"],
    where: { AND: [spesialiseringsperiodeWhere(scope), { status: { in: [...QUEUED_STATUSES] } }] },
    _count: { _all: true },
  });
  if (counted.length === 0) return [];
  const [fagavtaler, organisations, specialties] = await Promise.all([
    db.fagavtale.findMany({ where: { id: { in: [...new Set(counted.map((c) => c.fagavtaleId))] } }, select: { id: true, homeOrganisationId: true } }),
    db.organisation.findMany({ where: { id: { in: [...new Set(counted.map((c) => c.receivingOrganisationId))] } }, select: { id: true, name: true } }),
    db.specialty.findMany({ where: { id: { in: [...new Set(counted.map((c) => c.specialtyId))] } }, select: { id: true, name: true } }),
  ]);
  const homeOf = new Map(fagavtaler.map((f) => [f.id, f.homeOrganisationId]));
  const homes = await db.organisation.findMany({ where: { id: { in: [...new Set(homeOf.values())] } }, select: { id: true, name: true } });
  const orgName = new Map([...organisations, ...homes].map((o) => [o.id, o.name]));
  const specialtyName = new Map(specialties.map((s) => [s.id, s.name]));
  const groups = new Map<string, SendingGroupSummary>();
  for (const c of counted) {
    const home = homeOf.get(c.fagavtaleId)!;
    const key = groupKey(home, c.receivingOrganisationId, c.specialtyId);
    const group = groups.get(key) ?? {
      key,
      homeOrganisation: orgName.get(home) ?? "",
      partner: orgName.get(c.receivingOrganisationId) ?? "",
      specialty: specialtyName.get(c.specialtyId) ?? "",
      count: 0,
      can: { prioritise: canOn(scope, "fe:prioritise", spesialiseringsperiodeFacts({ personId: [], homeOrganisationId: home })) },
    };
    group.count += c._count._all;
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.count >= 2).sort((a, b) => compareNb(a.partner, b.partner) || compareNb(a.specialty, b.specialty));
}

/** The condition for one group's waiting periods within the scope, from its key (home:partner:specialty); null for a malformed key. */
export function sendingGroupWhere(scope: AccessScope, key: string): Prisma.SpesialiseringsperiodeWhereInput | null {
  const parts = key.split(":");
  if (parts.length !== 3 || parts.some((p) => !p)) return null;
  const [home, partner, specialty] = parts as [string, string, string];
  return {
    AND: [
      spesialiseringsperiodeWhere(scope),
      { status: { in: [...QUEUED_STATUSES] }, receivingOrganisationId: partner, specialtyId: specialty, fagavtale: { homeOrganisationId: home } },
    ],
  };
}

/** One group's members in the current sending order (one statement per relation level), or null when the scope reaches none of it. */
export async function loadSendingGroup(options: { scope: AccessScope; summary: SendingGroupSummary }): Promise<SendingGroup | null> {
  const where = sendingGroupWhere(options.scope, options.summary.key);
  if (!where) return null;
  const periods = await db.spesialiseringsperiode.findMany({
    where,
    select: {
      id: true,
      desiredStart: true,
      status: true,
      sendingRank: true,
      sendingRankReason: true,
      person: { select: { name: true } },
      feRegistration: { select: { registeredOn: true } },
    },
  });
  if (periods.length === 0) return null;
  const { key, homeOrganisation, partner, specialty, can } = options.summary;
  return {
    key,
    homeOrganisation,
    partner,
    specialty,
    can,
    members: periods
      .map((p) => ({
        periodId: p.id,
        name: p.person.name,
        registeredOn: p.feRegistration?.registeredOn ?? null,
        desiredStart: p.desiredStart,
        status: p.status,
        sendingRank: p.sendingRank,
        sendingRankReason: p.sendingRankReason,
      }))
      .sort(compareSendingOrder),
  };
}
