import { describe, expect, it } from "vitest";
import {
  chooseCapacitySlot,
  choosePostNumber,
  CONFLICT_UNDECIDED,
  decidePick,
  matchingConflict,
  pickNeedsReason,
  REASON_REQUIRED_FIELD,
  topCandidateId,
  topStanding,
  type RecordedConflict,
  type TopStanding,
} from "./offer-decision";

const conflict = (id: string, candidateIds: string[], status: RecordedConflict["status"], resolvedPeriodId: string | null = null): RecordedConflict => ({ id, candidateIds, status, resolvedPeriodId });

describe("topStanding: who counts as the top candidate", () => {
  it.each<[string, { rankedIds: string[]; tiedIds: string[] | null; conflicts: RecordedConflict[] }, TopStanding]>([
    ["no tie: the ranking's first", { rankedIds: ["a", "b"], tiedIds: null, conflicts: [] }, { kind: "CLEAR", topId: "a" }],
    ["no candidates", { rankedIds: [], tiedIds: null, conflicts: [] }, { kind: "CLEAR", topId: null }],
    ["no tie, an old conflict is irrelevant", { rankedIds: ["a", "b"], tiedIds: null, conflicts: [conflict("k1", ["a", "b"], "LOST", "b")] }, { kind: "CLEAR", topId: "a" }],
    ["a tie with nothing recorded: a pick opens a conflict", { rankedIds: ["b", "a"], tiedIds: ["b", "a"], conflicts: [] }, { kind: "TIE", tiedIds: ["a", "b"] }],
    ["a tie recorded and open", { rankedIds: ["a", "b"], tiedIds: ["a", "b"], conflicts: [conflict("k1", ["b", "a"], "APEN")] }, { kind: "UNDECIDED", conflictId: "k1" }],
    ["a tie recorded and escalated", { rankedIds: ["a", "b"], tiedIds: ["a", "b"], conflicts: [conflict("k1", ["a", "b"], "ESKALERT")] }, { kind: "UNDECIDED", conflictId: "k1" }],
    ["a decided tie: the chosen candidate counts as top, even ranked second", { rankedIds: ["a", "b"], tiedIds: ["a", "b"], conflicts: [conflict("k1", ["a", "b"], "LOST", "b")] }, { kind: "DECIDED", topId: "b", conflictId: "k1" }],
    ["a decided tie whose chosen candidate left the list: the ranking's first", { rankedIds: ["a", "c"], tiedIds: ["a", "c"], conflicts: [conflict("k1", ["a", "c"], "LOST", "x")] }, { kind: "CLEAR", topId: "a" }],
    ["a closed conflict without a choice (vacancy withdrawn): the ranking's first", { rankedIds: ["a", "b"], tiedIds: ["a", "b"], conflicts: [conflict("k1", ["a", "b"], "LOST", null)] }, { kind: "CLEAR", topId: "a" }],
    ["the tie changed (a third candidate): the old conflict does not count", { rankedIds: ["a", "b", "c"], tiedIds: ["a", "b", "c"], conflicts: [conflict("k1", ["a", "b"], "LOST", "b")] }, { kind: "TIE", tiedIds: ["a", "b", "c"] }],
    ["the newest matching conflict counts", { rankedIds: ["a", "b"], tiedIds: ["a", "b"], conflicts: [conflict("k2", ["a", "b"], "APEN"), conflict("k1", ["a", "b"], "LOST", "b")] }, { kind: "UNDECIDED", conflictId: "k2" }],
  ])("%s", (_name, input, expected) => {
    expect(topStanding(input)).toEqual(expected);
  });

  it("matches a recorded conflict by its set of candidates, in any order", () => {
    expect(matchingConflict(["b", "a"], [conflict("k1", ["a"], "APEN"), conflict("k2", ["a", "b"], "APEN")])?.id).toBe("k2");
    expect(matchingConflict(["a", "b"], [conflict("k1", ["a", "b", "c"], "APEN")])).toBeNull();
  });

  it.each<[TopStanding, string, boolean]>([
    [{ kind: "CLEAR", topId: "a" }, "a", false],
    [{ kind: "CLEAR", topId: "a" }, "b", true],
    [{ kind: "DECIDED", topId: "b", conflictId: "k" }, "a", true],
    [{ kind: "DECIDED", topId: "b", conflictId: "k" }, "b", false],
    [{ kind: "TIE", tiedIds: ["a", "b"] }, "c", false],
    [{ kind: "UNDECIDED", conflictId: "k" }, "a", false],
  ])("%j: picking %s needs a reason: %s", (standing, id, expected) => {
    expect(pickNeedsReason(standing, id)).toBe(expected);
    if (standing.kind === "TIE" || standing.kind === "UNDECIDED") expect(topCandidateId(standing)).toBeNull();
  });
});

describe("decidePick: the leader's pick, judged", () => {
  const ranked = [
    { id: "a", name: "Mathias Hansen", rank: 1 },
    { id: "b", name: "Jonas Eriksen", rank: 2 },
    { id: "c", name: "Emma Solheim", rank: 3 },
  ];
  const ineligible = [{ id: "x", reasons: ["Godkjenningen av gjennomføringsplanen er utløpt.", "Ikke registrert i fiktiv enhet."] }];
  const clear: TopStanding = { kind: "CLEAR", topId: "a" };

  it.each<[string, Parameters<typeof decidePick>[0], ReturnType<typeof decidePick>]>([
    ["the top candidate: an offer, no reason needed or kept", { pickedId: "a", ranked, ineligible, standing: clear, deviationReason: "  " }, { kind: "OFFER", topId: "a", rankAtOffer: 1, deviationReason: null, conflictNote: null }],
    ["the top candidate with a reason: the reason is not recorded as a deviation", { pickedId: "a", ranked, ineligible, standing: clear, deviationReason: "Fordi." }, { kind: "OFFER", topId: "a", rankAtOffer: 1, deviationReason: null, conflictNote: null }],
    [
      "another candidate without a reason: refused on the field",
      { pickedId: "b", ranked, ineligible, standing: clear, deviationReason: " " },
      { kind: "REFUSE", code: "VALIDATION", message: "Du må begrunne hvorfor du velger en annen enn Mathias Hansen, som står øverst.", fieldErrors: { deviationReason: [REASON_REQUIRED_FIELD] } },
    ],
    ["another candidate with a reason: an offer recording the trimmed reason", { pickedId: "c", ranked, ineligible, standing: clear, deviationReason: " Kan starte tidligere. " }, { kind: "OFFER", topId: "a", rankAtOffer: 3, deviationReason: "Kan starte tidligere.", conflictNote: null }],
    ["an ineligible candidate: refused with the reasons, even with a reason", { pickedId: "x", ranked, ineligible, standing: clear, deviationReason: "Prøver likevel." }, { kind: "REFUSE", code: "RULE", message: "Kandidaten kan ikke tildeles plass: Godkjenningen av gjennomføringsplanen er utløpt. Ikke registrert i fiktiv enhet." }],
    ["a candidate no longer on the list (offered elsewhere meanwhile)", { pickedId: "gone", ranked, ineligible, standing: clear }, { kind: "REFUSE", code: "CONFLICT", message: expect.stringMatching(/^Plassen er allerede tatt.*står ikke lenger på listen/) as unknown as string }],
    ["a tie with nothing recorded: opens a samtidskonflikt whoever is picked", { pickedId: "b", ranked, ineligible, standing: { kind: "TIE", tiedIds: ["a", "b"] } }, { kind: "OPEN_CONFLICT", candidateIds: ["a", "b"] }],
    ["a tie being decided: refused for everyone", { pickedId: "a", ranked, ineligible, standing: { kind: "UNDECIDED", conflictId: "k" }, deviationReason: "x" }, { kind: "REFUSE", code: "CONFLICT", message: CONFLICT_UNDECIDED }],
    [
      "a decided tie: the chosen one is top without a reason, noted",
      { pickedId: "b", ranked, ineligible, standing: { kind: "DECIDED", topId: "b", conflictId: "k" } },
      { kind: "OFFER", topId: "b", rankAtOffer: 2, deviationReason: null, conflictNote: "Samtidskonflikt avgjort til fordel for Jonas Eriksen." },
    ],
    [
      "a decided tie: the ranking's first now needs a reason",
      { pickedId: "a", ranked, ineligible, standing: { kind: "DECIDED", topId: "b", conflictId: "k" } },
      { kind: "REFUSE", code: "VALIDATION", message: "Du må begrunne hvorfor du velger en annen enn Jonas Eriksen, som står øverst.", fieldErrors: { deviationReason: [REASON_REQUIRED_FIELD] } },
    ],
  ])("%s", (_name, input, expected) => {
    expect(decidePick(input)).toEqual(expected);
  });
});

describe("which post and which capacity slot an offer takes", () => {
  it.each<[number, number[], number | null]>([
    [1, [], 1],
    [1, [1], null],
    [3, [1], 2],
    [3, [2], 1],
    [3, [1, 3], 2],
    [3, [1, 2, 3], null],
    [0, [], null],
  ])("%i posts, %j taken → %s", (posts, taken, expected) => {
    expect(choosePostNumber({ posts, takenPostNumbers: taken })).toBe(expected);
  });

  it.each<[number, number[], number | null]>([
    [2, [], 1],
    [2, [1], 2],
    [2, [2], 1],
    [2, [1, 2], null],
    [0, [], null], // a seasonal agreement's other semester
    [2, [1, 1, 5], 2], // a stray slot beyond the capacity does not free one
  ])("capacity %i, slots %j used → %s", (capacity, used, expected) => {
    expect(chooseCapacitySlot({ capacity, usedSlots: used })).toBe(expected);
  });
});
