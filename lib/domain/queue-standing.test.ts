import { describe, expect, it } from "vitest";
import { aheadFromOwnTrustText, applyQueueDecisions, queueDrawSeed } from "./queue-standing";
import type { RankedCandidate } from "./ranking";
import type { RecordedConflict } from "./offer-decision";

function ranked(ids: string[]): RankedCandidate[] {
  return ids.map((id, i) => ({
    candidate: { id, personName: `Navn ${id}` } as RankedCandidate["candidate"],
    rank: i + 1,
    reasons: [`grunn ${id}`],
    drawValue: i,
  }));
}
const tie = (ids: string[]) => ({ candidateIds: ids, facts: {} as never });
const conflict = (over: Partial<RecordedConflict>): RecordedConflict => ({ id: "k1", candidateIds: ["a", "b"], status: "APEN", resolvedPeriodId: null, ...over });

describe("applyQueueDecisions: one order for every view", () => {
  it("keeps the ranking's order and names nobody tied when the top place is clear", () => {
    const out = applyQueueDecisions({ ranked: ranked(["a", "b", "c"]), conflict: null }, []);
    expect(out.ranked.map((r) => r.candidate.id)).toEqual(["a", "b", "c"]);
    expect(out.standing.kind).toBe("CLEAR");
    expect(out.undecidedTieIds).toEqual([]);
  });

  it("names the tied candidates while no conflict is recorded, and while the recorded one is open", () => {
    const none = applyQueueDecisions({ ranked: ranked(["a", "b", "c"]), conflict: tie(["a", "b"]) }, []);
    expect(none.standing.kind).toBe("TIE");
    expect(none.undecidedTieIds.sort()).toEqual(["a", "b"]);
    const open = applyQueueDecisions({ ranked: ranked(["a", "b", "c"]), conflict: tie(["a", "b"]) }, [conflict({ status: "ESKALERT" })]);
    expect(open.standing.kind).toBe("UNDECIDED");
    expect(open.ranked.map((r) => r.candidate.id)).toEqual(["a", "b", "c"]);
  });

  it("puts a decided conflict's chosen candidate first, renumbers, and gives both tied candidates the decision as a reason", () => {
    const out = applyQueueDecisions({ ranked: ranked(["a", "b", "c"]), conflict: tie(["a", "b"]) }, [conflict({ status: "LOST", resolvedPeriodId: "b" })]);
    expect(out.standing).toMatchObject({ kind: "DECIDED", topId: "b" });
    expect(out.ranked.map((r) => [r.candidate.id, r.rank])).toEqual([["b", 1], ["a", 2], ["c", 3]]);
    expect(out.ranked[0]!.reasons.at(-1)).toMatch(/til fordel for denne kandidaten/);
    expect(out.ranked[1]!.reasons.at(-1)).toMatch(/til fordel for Navn b/);
    expect(out.ranked[2]!.reasons).toEqual(["grunn c"]);
    expect(out.undecidedTieIds).toEqual([]);
  });

  it("ignores a decision about another tie (the tie changed: it is a new one)", () => {
    const out = applyQueueDecisions({ ranked: ranked(["a", "c", "b"]), conflict: tie(["a", "c"]) }, [conflict({ status: "LOST", resolvedPeriodId: "b" })]);
    expect(out.standing.kind).toBe("TIE");
    expect(out.ranked.map((r) => r.candidate.id)).toEqual(["a", "c", "b"]);
  });
});

describe("queueDrawSeed and the ahead text", () => {
  it("gives one seed per queue, whatever the day, and different seeds for different queues", () => {
    const q = { organisationId: "unn", departmentId: null, specialtyId: "kir" };
    expect(queueDrawSeed(q)).toBe(queueDrawSeed({ ...q }));
    expect(queueDrawSeed(q)).not.toBe(queueDrawSeed({ ...q, departmentId: "gastro" }));
    expect(queueDrawSeed(q)).not.toBe(queueDrawSeed({ ...q, specialtyId: "med" }));
  });

  it("says singular and plural right", () => {
    expect(aheadFromOwnTrustText(0)).toBe("Ingen fra ditt foretak står foran deg.");
    expect(aheadFromOwnTrustText(1)).toBe("1 kandidat fra ditt foretak står foran deg.");
    expect(aheadFromOwnTrustText(3)).toBe("3 kandidater fra ditt foretak står foran deg.");
  });
});
