import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { capacityInTerm, termLabel, upcomingTerms } from "@/lib/domain/capacity";
import { CAPACITY_UNIT_LABEL } from "@/lib/domain/labels";
import { estimatePlacementTerm } from "@/lib/domain/queue-estimate";
import { ownPeriodWhere } from "@/lib/server/scope/own-period-where";
import { loadRanking } from "./load-ranking";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import { QUEUE_WINDOW_DAYS } from "@/lib/domain/rules";

const TERMS_AHEAD = 8;

export type QueuePosition = {
  periodId: string;
  receiving: string;
  arena: string;
  specialty: string;
  desiredStart: Date;
  status: string;
  eligible: boolean;
  ineligibleReasons: string[];
  position: number | null;
  total: number;
  aheadFromOwnTrust: number;
  reasons: string[];
  inConflict: boolean;
  capacityText: string;
  /** The first term with a free place once those ahead from the LIS's own trust are placed; null if none within the horizon. */
  estimate: string | null;
};

/**
 * Where the LIS stands for each active wish: the position among everyone whose wish matches the same
 * receiving party, specialty and start (± 90 days), ranked by the same rules a leader sees, and an
 * estimate of when a place could come: the fagavtale's free capacity per term, after the LIS from the
 * LIS's own trust who stand ahead (they draw on the same fagavtale) have been placed.
 */
export async function getQueuePosition(options: { scope: AccessScope; now?: Date }): Promise<QueuePosition[]> {
  const now = options.now ?? new Date();
  const wishes = await db.spesialiseringsperiode.findMany({
    where: { AND: [ownPeriodWhere(options.scope), { status: { in: [...QUEUED_STATUSES] } }] },
    include: { fagavtale: true, receivingOrganisation: true, specialty: true },
    orderBy: { desiredStart: "asc" },
  });
  const out: QueuePosition[] = [];
  for (const wish of wishes) {
    const ranking = await loadRanking(
      db,
      {
        organisationId: wish.receivingOrganisationId,
        departmentId: wish.fagavtale.partnerDepartmentId,
        specialtyId: wish.specialtyId,
        startDate: wish.desiredStart,
        startWindowDays: QUEUE_WINDOW_DAYS,
        drawSeed: `ko-${wish.receivingOrganisationId}-${wish.specialtyId}`,
      },
      now,
    );
    const index = ranking.ranked.findIndex((r) => r.candidate.id === wish.id);
    const ineligible = ranking.ineligible.find((r) => r.candidate.id === wish.id);
    const ahead = index >= 0 ? ranking.ranked.slice(0, index) : [];
    const aheadFromOwnTrust = ahead.filter((r) => ranking.periods.get(r.candidate.id)?.fagavtaleId === wish.fagavtaleId).length;

    const { capacityUnit: unit, capacityCount: count } = wish.fagavtale;
    let estimate: string | null = null;
    if (index >= 0) {
      const terms = upcomingTerms(wish.desiredStart, unit, TERMS_AHEAD);
      const used = await db.capacityUse.groupBy({ by: ["term"], where: { fagavtaleId: wish.fagavtaleId, term: { in: terms } }, _count: { _all: true } });
      const usedIn = new Map(used.map((u) => [u.term, u._count._all]));
      const term = estimatePlacementTerm({ terms: terms.map((t) => ({ term: t, free: capacityInTerm(unit, count, t) - (usedIn.get(t) ?? 0) })), ahead: aheadFromOwnTrust });
      estimate = term ? termLabel(term) : null;
    }
    out.push({
      periodId: wish.id,
      receiving: wish.receivingOrganisation.name,
      arena: wish.fagavtale.arenaName,
      specialty: wish.specialty.name,
      desiredStart: wish.desiredStart,
      status: wish.status,
      eligible: !ineligible,
      ineligibleReasons: ineligible?.reasons ?? [],
      position: index >= 0 ? index + 1 : null,
      total: ranking.ranked.length,
      aheadFromOwnTrust,
      reasons: index >= 0 ? ranking.ranked[index]!.reasons : [],
      inConflict: Boolean(ranking.conflict?.candidateIds.includes(wish.id)),
      capacityText: `${count} ${count === 1 ? "plass" : "plasser"} ${CAPACITY_UNIT_LABEL[unit]} for ditt foretak`,
      estimate,
    });
  }
  return out;
}
