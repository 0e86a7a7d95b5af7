import "server-only";
import type { Tx } from "@/lib/server/db";
import type { RecordedConflict } from "@/lib/domain/offer-decision";
import { applyQueueDecisions, type QueueStanding } from "@/lib/domain/queue-standing";
import { loadRankings, type LoadedRanking, type RankingTarget } from "@/lib/server/allocation/load-ranking";

/** A queue: an open vacancy (vacancyId set, its stored draw seed), or a would-be vacancy (vacancyId null, queueDrawSeed). */
export type QueueTarget = RankingTarget & {
  vacancyId: string | null;
  /** The vacancy's recorded samtidskonflikter, newest first, when the caller has them already. */
  conflicts?: readonly RecordedConflict[];
};

export type LoadedQueue = Omit<LoadedRanking, "ranked"> & QueueStanding;

/**
 * The standing of each queue with its recorded decisions applied (lib/domain/queue-standing.ts): the
 * one place Min side, /lis/ko, the vacancy page, the coordinators' lists and the pick read a queue's
 * order from. Statements: the rankings' (constant in the number of queues), plus one for the recorded
 * conflicts when a queue's top place is tied and the caller has not passed them.
 */
export async function loadQueueStandings(tx: Tx, targets: readonly QueueTarget[], now: Date): Promise<LoadedQueue[]> {
  const rankings = await loadRankings(tx, targets, now);
  const tiedIds = new Set<string>();
  const vacancyIds = new Set<string>();
  targets.forEach((t, i) => {
    const conflict = rankings[i]!.conflict;
    if (!conflict || t.conflicts) return;
    for (const id of conflict.candidateIds) tiedIds.add(id);
    if (t.vacancyId) vacancyIds.add(t.vacancyId);
  });
  const recorded =
    tiedIds.size > 0
      ? await tx.conflict.findMany({
          where: { OR: [...(vacancyIds.size > 0 ? [{ vacancyId: { in: [...vacancyIds] } }] : []), { candidates: { some: { spesialiseringsperiodeId: { in: [...tiedIds] } } } }] },
          select: { id: true, vacancyId: true, status: true, resolvedPeriodId: true, candidates: { select: { spesialiseringsperiodeId: true } } },
          orderBy: [{ openedAt: "desc" }, { id: "desc" }],
        })
      : [];
  const asRecorded = (c: (typeof recorded)[number]): RecordedConflict & { vacancyId: string } => ({
    id: c.id,
    vacancyId: c.vacancyId,
    status: c.status,
    resolvedPeriodId: c.resolvedPeriodId,
    candidateIds: c.candidates.map((x) => x.spesialiseringsperiodeId),
  });
  const all = recorded.map(asRecorded);
  return targets.map((t, i) => {
    const ranking = rankings[i]!;
    // A vacancy's queue counts its own conflicts; a would-be queue the decisions recorded about exactly its tie.
    const conflicts = t.conflicts ?? (t.vacancyId ? all.filter((c) => c.vacancyId === t.vacancyId) : all);
    return { ...ranking, ...applyQueueDecisions(ranking, conflicts) };
  });
}

export async function loadQueueStanding(tx: Tx, target: QueueTarget, now: Date): Promise<LoadedQueue> {
  return (await loadQueueStandings(tx, [target], now))[0]!;
}
