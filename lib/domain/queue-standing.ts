import type { RankedCandidate, RankingResult } from "./ranking";
import { topStanding, type RecordedConflict, type TopStanding } from "./offer-decision";

/**
 * One truth about a queue (docs/decisions/0015-one-queue-truth.md). A queue is the candidate list for a
 * place: an open vacancy (its own stored draw seed and its recorded samtidskonflikter), or — while no
 * vacancy is announced — the would-be vacancy at the receiving party, specialty and desired start, with
 * a draw seed that is stable per queue. Every view (Min side, /lis/ko, the vacancy page, the
 * coordinators' lists, the pick itself) reads the order from `applyQueueDecisions`, so none can say
 * "you tie" after the tie was decided. Pure: the service loads the ranking and the recorded decisions.
 */

/** The would-be queue's draw seed: the same for everyone in that queue, on every page, every day. */
export function queueDrawSeed(queue: { organisationId: string; departmentId: string | null; specialtyId: string }): string {
  return `ko:${queue.organisationId}:${queue.departmentId ?? "alle"}:${queue.specialtyId}`;
}

export type QueueStanding = {
  /** Eligible candidates in the order that counts, numbered 1.. (a decided samtidskonflikt's choice first). */
  ranked: RankedCandidate[];
  /** How the top place stands (lib/domain/offer-decision.ts). */
  standing: TopStanding;
  /** The candidates tied for the top place while the tie is not decided (TIE or UNDECIDED); else empty. */
  undecidedTieIds: string[];
};

/**
 * Applies the recorded decisions (the queue's samtidskonflikter, newest first) to a ranking: a decided
 * conflict whose tie is the one standing now puts its chosen candidate first, with the reason on the
 * record; the others keep the ranking's order. An undecided or unrecorded tie leaves the order as the
 * draw set it and names the tied candidates.
 */
export function applyQueueDecisions(ranking: Pick<RankingResult, "ranked" | "conflict">, conflicts: readonly RecordedConflict[], names?: ReadonlyMap<string, string>): QueueStanding {
  const tiedIds = ranking.conflict?.candidateIds ?? null;
  const standing = topStanding({ rankedIds: ranking.ranked.map((r) => r.candidate.id), tiedIds, conflicts });
  if (standing.kind === "DECIDED") {
    const chosen = ranking.ranked.find((r) => r.candidate.id === standing.topId)!;
    const chosenName = names?.get(chosen.candidate.id) ?? chosen.candidate.personName;
    const tied = new Set(tiedIds ?? []);
    const rest = ranking.ranked.filter((r) => r !== chosen);
    const ordered = [chosen, ...rest].map((r, i) => ({
      ...r,
      rank: i + 1,
      reasons:
        r === chosen
          ? [...r.reasons, "Samtidskonflikten om plassen øverst er avgjort av regional koordinator til fordel for denne kandidaten."]
          : tied.has(r.candidate.id)
            ? [...r.reasons, `Samtidskonflikten om plassen øverst er avgjort av regional koordinator til fordel for ${chosenName}.`]
            : r.reasons,
    }));
    return { ranked: ordered, standing, undecidedTieIds: [] };
  }
  const undecidedTieIds = standing.kind === "TIE" || standing.kind === "UNDECIDED" ? [...(tiedIds ?? [])] : [];
  return { ranked: ranking.ranked.map((r, i) => ({ ...r, rank: i + 1 })), standing, undecidedTieIds };
}

/** "1 kandidat fra ditt foretak står foran deg." with the count's right number. */
export function aheadFromOwnTrustText(count: number): string {
  if (count === 0) return "Ingen fra ditt foretak står foran deg.";
  return `${count} ${count === 1 ? "kandidat" : "kandidater"} fra ditt foretak står foran deg.`;
}
