/**
 * What happens when a receiving leader picks a candidate for a vacancy (seed 000 §Kriterier 5–6;
 * docs/decisions/0006-allocation-ranking-and-overbooking.md). Pure: the service loads the ranking and
 * the vacancy's recorded samtidskonflikter under its row locks, asks these functions, and writes.
 *
 * - The top candidate is the first of the ranking, unless the top place is tied between trusts
 *   (a samtidskonflikt): then a decided conflict's chosen candidate counts as top, an undecided one
 *   blocks every pick, and with none recorded yet any pick opens one instead of offering.
 * - Picking anyone but the top candidate needs a written reason.
 * - The offer takes the lowest free post number of the vacancy and the lowest free capacity slot of
 *   the fagavtale's term; the partial unique indexes behind them are the last line of defence.
 */

export type ConflictStatus = "APEN" | "ESKALERT" | "LOST";

/** A samtidskonflikt recorded on the vacancy: who it is about and how it stands. */
export type RecordedConflict = { id: string; candidateIds: readonly string[]; status: ConflictStatus; resolvedPeriodId: string | null };

/** How the top place stands. */
export type TopStanding =
  /** No tie between trusts (or a decided one whose chosen candidate is no longer on the list): the ranking's first. */
  | { kind: "CLEAR"; topId: string | null }
  /** A tie decided on the record: the chosen candidate counts as top. */
  | { kind: "DECIDED"; topId: string; conflictId: string }
  /** A tie whose samtidskonflikt is recorded and not decided: nobody can be offered the place. */
  | { kind: "UNDECIDED"; conflictId: string }
  /** A tie with no samtidskonflikt recorded yet: picking opens one. */
  | { kind: "TIE"; tiedIds: string[] };

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

/** The recorded conflict about exactly these tied candidates (the first one given, so pass them newest first), or null. */
export function matchingConflict(tiedIds: readonly string[], conflicts: readonly RecordedConflict[]): RecordedConflict | null {
  return conflicts.find((c) => sameSet(c.candidateIds, tiedIds)) ?? null;
}

/**
 * Where the top place stands, from the ranking (ids in rank order; the tied ids when the criteria
 * do not settle the top place) and the vacancy's recorded conflicts, newest first. A recorded conflict
 * counts only when it is about exactly the candidates tied now: if the tie changed, it is a new one.
 */
export function topStanding(input: { rankedIds: readonly string[]; tiedIds: readonly string[] | null; conflicts: readonly RecordedConflict[] }): TopStanding {
  const first = input.rankedIds[0] ?? null;
  if (!input.tiedIds) return { kind: "CLEAR", topId: first };
  const recorded = matchingConflict(input.tiedIds, input.conflicts);
  if (!recorded) return { kind: "TIE", tiedIds: [...input.tiedIds].sort() };
  if (recorded.status !== "LOST") return { kind: "UNDECIDED", conflictId: recorded.id };
  if (recorded.resolvedPeriodId && input.rankedIds.includes(recorded.resolvedPeriodId)) return { kind: "DECIDED", topId: recorded.resolvedPeriodId, conflictId: recorded.id };
  return { kind: "CLEAR", topId: first };
}

/** The candidate who counts as top, if the standing names one. */
export function topCandidateId(standing: TopStanding): string | null {
  return standing.kind === "CLEAR" || standing.kind === "DECIDED" ? standing.topId : null;
}

/** Whether offering this candidate needs a written reason (not while a pick would open a conflict, nor while one blocks picks). */
export function pickNeedsReason(standing: TopStanding, candidateId: string): boolean {
  const top = topCandidateId(standing);
  return top !== null && candidateId !== top;
}

export const REASON_REQUIRED_FIELD = "Skriv hvorfor du velger en annen enn kandidaten øverst på listen.";
export const CONFLICT_UNDECIDED = "Samtidskonflikten om denne plassen er ikke avgjort ennå. Du kan tilby plassen når den er avgjort.";
export const PLACE_TAKEN = "Plassen er allerede tatt: en annen leder rakk å tilby den, eller kandidaten har allerede et åpent tilbud. Last siden på nytt for å se oppdatert liste.";

export type PickRefusal = { kind: "REFUSE"; code: "RULE" | "CONFLICT" | "VALIDATION"; message: string; fieldErrors?: Record<string, string[]> };

export type PickDecision =
  | { kind: "OFFER"; topId: string; rankAtOffer: number; deviationReason: string | null; conflictNote: string | null }
  | { kind: "OPEN_CONFLICT"; candidateIds: string[] }
  | PickRefusal;

export type PickInput = {
  pickedId: string;
  /** Eligible candidates in rank order. */
  ranked: readonly { id: string; name: string; rank: number }[];
  ineligible: readonly { id: string; reasons: readonly string[] }[];
  standing: TopStanding;
  deviationReason?: string | null;
};

/** The leader's pick, judged: an offer (with the deviation reason it needs), a new samtidskonflikt, or a refusal with its Norwegian message. */
export function decidePick(input: PickInput): PickDecision {
  const ineligible = input.ineligible.find((c) => c.id === input.pickedId);
  if (ineligible) return { kind: "REFUSE", code: "RULE", message: `Kandidaten kan ikke tildeles plass: ${ineligible.reasons.join(" ")}` };
  const picked = input.ranked.find((c) => c.id === input.pickedId);
  if (!picked) return { kind: "REFUSE", code: "CONFLICT", message: `${PLACE_TAKEN} Kandidaten står ikke lenger på listen for denne stillingen.` };

  const { standing } = input;
  if (standing.kind === "TIE") return { kind: "OPEN_CONFLICT", candidateIds: standing.tiedIds };
  if (standing.kind === "UNDECIDED") return { kind: "REFUSE", code: "CONFLICT", message: CONFLICT_UNDECIDED };

  const top = input.ranked.find((c) => c.id === standing.topId) ?? picked;
  const reason = input.deviationReason?.trim() || null;
  if (picked.id !== top.id && !reason) {
    return {
      kind: "REFUSE",
      code: "VALIDATION",
      message: `Du må begrunne hvorfor du velger en annen enn ${top.name}, som står øverst.`,
      fieldErrors: { deviationReason: [REASON_REQUIRED_FIELD] },
    };
  }
  return {
    kind: "OFFER",
    topId: top.id,
    rankAtOffer: picked.rank,
    deviationReason: picked.id === top.id ? null : reason,
    conflictNote: standing.kind === "DECIDED" ? `Samtidskonflikt avgjort til fordel for ${top.name}.` : null,
  };
}

/** The lowest of 1..n not taken, or null when all are. */
function lowestFree(n: number, taken: Iterable<number>): number | null {
  const used = new Set(taken);
  for (let i = 1; i <= n; i++) if (!used.has(i)) return i;
  return null;
}

/** The vacancy's post the offer takes: the lowest post number not held by an open or accepted offer. */
export function choosePostNumber(input: { posts: number; takenPostNumbers: Iterable<number> }): number | null {
  return lowestFree(input.posts, input.takenPostNumbers);
}

/** The fagavtale's capacity slot the offer takes in its term: the lowest slot not used. */
export function chooseCapacitySlot(input: { capacity: number; usedSlots: Iterable<number> }): number | null {
  return lowestFree(input.capacity, input.usedSlots);
}
