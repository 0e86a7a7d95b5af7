import "server-only";
import { db } from "@/lib/server/db";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import { compareSendingOrder } from "@/lib/domain/fe-registration";
import { spesialiseringsperiodeFacts, spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import { compareNb } from "@/lib/format";

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
