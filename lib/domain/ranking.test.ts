import { describe, expect, it } from "vitest";
import { drawValue, rankCandidates, type RankingCandidate } from "./ranking";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const START = day("2027-03-01");

let n = 0;
function cand(p: Partial<RankingCandidate> & { org?: string }): RankingCandidate {
  n += 1;
  const org = p.org ?? "A";
  return {
    id: p.id ?? `c${n}`,
    personName: p.personName ?? `LIS ${n}`,
    sendingOrganisationId: p.sendingOrganisationId ?? org,
    sendingOrganisationName: p.sendingOrganisationName ?? `Foretak ${org}`,
    sendingRank: p.sendingRank ?? null,
    feRegisteredOn: p.feRegisteredOn === undefined ? day("2025-06-10") : p.feRegisteredOn,
    queueDate: p.queueDate ?? null,
    desiredStart: p.desiredStart ?? START,
    specialisationStart: p.specialisationStart === undefined ? day("2024-03-01") : p.specialisationStart,
    achievedGoalCount: p.achievedGoalCount ?? 3,
    eligibility: p.eligibility ?? { eligible: true, reasons: [] },
  };
}
const ids = (r: ReturnType<typeof rankCandidates>) => r.ranked.map((x) => x.candidate.id);
const HN = (candidates: RankingCandidate[], drawSeed = "seed-1") => rankCandidates({ rule: "HELSE_NORD", vacancyStart: START, drawSeed, candidates });

describe("ranking: within one sending trust (criterion 5)", () => {
  it("follows the sending trust's order, whatever the registration dates", () => {
    const r = HN([
      cand({ id: "second", sendingRank: 2, feRegisteredOn: day("2024-01-01") }),
      cand({ id: "first", sendingRank: 1, feRegisteredOn: day("2025-09-01") }),
    ]);
    expect(ids(r)).toEqual(["first", "second"]);
    expect(r.ranked[0]!.reasons.join(" ")).toMatch(/Nr\. 1 i Foretak As prioritering/);
    expect(r.conflict).toBeNull();
  });

  it("puts unranked LIS after the ranked ones, ordered by FE registration date", () => {
    const r = HN([
      cand({ id: "unranked-late", feRegisteredOn: day("2025-05-01") }),
      cand({ id: "unranked-early", feRegisteredOn: day("2024-05-01") }),
      cand({ id: "ranked", sendingRank: 1, feRegisteredOn: day("2026-01-01") }),
    ]);
    expect(ids(r)).toEqual(["ranked", "unranked-early", "unranked-late"]);
    expect(r.ranked[1]!.reasons.join(" ")).toMatch(/Ikke prioritert/);
  });

  it("breaks a full tie inside one trust by the draw, reproducibly, never as a conflict", () => {
    const a = cand({ id: "x1" });
    const b = cand({ id: "x2" });
    const r1 = HN([a, b], "trekning-42");
    const r2 = HN([b, a], "trekning-42");
    expect(ids(r1)).toEqual(ids(r2));
    const expected = drawValue("trekning-42", "x1") < drawValue("trekning-42", "x2") ? ["x1", "x2"] : ["x2", "x1"];
    expect(ids(r1)).toEqual(expected);
    expect(r1.conflict).toBeNull();
  });
});

describe("ranking: between trusts (criterion 6)", () => {
  it("puts the trust that has waited longest first (by FE registration month)", () => {
    const r = HN([
      cand({ id: "jonas", org: "HELG", sendingRank: 1, feRegisteredOn: day("2025-09-20"), specialisationStart: day("2022-01-01") }),
      cand({ id: "mathias", org: "FIN", sendingRank: 1, feRegisteredOn: day("2025-07-20"), specialisationStart: day("2025-01-01") }),
    ]);
    expect(ids(r)).toEqual(["mathias", "jonas"]);
    expect(r.ranked[0]!.reasons.join(" ")).toMatch(/har ventet lengst/);
    expect(r.conflict).toBeNull();
  });

  it("waiting time outweighs progression (criterion order)", () => {
    const r = HN([
      cand({ id: "further", org: "B", feRegisteredOn: day("2025-08-01"), specialisationStart: day("2021-01-01") }),
      cand({ id: "waited", org: "A", feRegisteredOn: day("2025-07-31"), specialisationStart: day("2026-01-01") }),
    ]);
    expect(ids(r)).toEqual(["waited", "further"]);
  });

  it("with equal waiting (same registration month), the one further along in the specialisation goes first", () => {
    const r = HN([
      cand({ id: "early-stage", org: "A", feRegisteredOn: day("2025-06-01"), specialisationStart: day("2025-06-01") }),
      cand({ id: "late-stage", org: "B", feRegisteredOn: day("2025-06-28"), specialisationStart: day("2023-01-01") }),
    ]);
    expect(ids(r)).toEqual(["late-stage", "early-stage"]);
    expect(r.ranked[0]!.reasons.join(" ")).toMatch(/kommet lengre i spesialiseringen/);
    expect(r.conflict).toBeNull();
  });

  it("keeps each trust's own order while merging trusts", () => {
    const r = HN([
      cand({ id: "a2", org: "A", sendingRank: 2, feRegisteredOn: day("2024-01-01") }),
      cand({ id: "a1", org: "A", sendingRank: 1, feRegisteredOn: day("2025-01-01") }),
      cand({ id: "b1", org: "B", sendingRank: 1, feRegisteredOn: day("2024-06-01") }),
    ]);
    // Trust A has waited since January 2024 (its earliest registration still in the queue), so A's
    // own first choice leads, and A keeps its lead while a2 waits; a2 never jumps ahead of a1.
    expect(ids(r)).toEqual(["a1", "a2", "b1"]);
    const later = HN([
      cand({ id: "a1", org: "A", sendingRank: 1, feRegisteredOn: day("2025-01-01") }),
      cand({ id: "b1", org: "B", sendingRank: 1, feRegisteredOn: day("2024-06-01") }),
    ]);
    expect(ids(later)).toEqual(["b1", "a1"]);
  });

  it("a tie at the top between trusts is a samtidskonflikt with the facts, not a silent decision", () => {
    const r = HN([
      cand({ id: "a", org: "A", personName: "Anne", sendingRank: 1, feRegisteredOn: day("2025-06-02") }),
      cand({ id: "b", org: "B", personName: "Bjørn", sendingRank: 1, feRegisteredOn: day("2025-06-27"), specialisationStart: day("2024-02-15") }),
      cand({ id: "c", org: "C", feRegisteredOn: day("2025-09-01") }),
    ]);
    expect(r.conflict).not.toBeNull();
    expect(r.conflict!.candidateIds.sort()).toEqual(["a", "b"]);
    expect(r.conflict!.facts.candidates.map((c) => c.organisationId).sort()).toEqual(["A", "B"]);
    expect(r.conflict!.facts.candidates[0]).toHaveProperty("waitingMonths");
    expect(r.ranked[0]!.reasons.join(" ")).toMatch(/trekning/);
    expect(ids(r)[2]).toBe("c");
  });

  it("a tie further down between trusts is drawn, not a conflict", () => {
    const r = HN([
      cand({ id: "top", org: "A", feRegisteredOn: day("2024-01-01") }),
      cand({ id: "b", org: "B", feRegisteredOn: day("2025-06-02") }),
      cand({ id: "c", org: "C", feRegisteredOn: day("2025-06-20") }),
    ]);
    expect(ids(r)[0]).toBe("top");
    expect(r.conflict).toBeNull();
  });
});

describe("ranking: ineligible candidates", () => {
  it("are never ranked and are listed separately with their reasons", () => {
    const r = HN([
      cand({ id: "vikar", sendingRank: 1, feRegisteredOn: day("2020-01-01"), eligibility: { eligible: false, reasons: [{ code: "IKKE_FAST_STILLING", message: "Du er i vikariat." }] } }),
      cand({ id: "ok", sendingRank: 2 }),
    ]);
    expect(ids(r)).toEqual(["ok"]);
    expect(r.ranked[0]!.rank).toBe(1);
    expect(r.ineligible.map((i) => i.candidate.id)).toEqual(["vikar"]);
    expect(r.ineligible[0]!.reasons).toEqual(["Du er i vikariat."]);
  });

  it("an ineligible candidate cannot create a conflict", () => {
    const r = HN([
      cand({ id: "a", org: "A", feRegisteredOn: day("2025-06-02") }),
      cand({ id: "b", org: "B", feRegisteredOn: day("2025-06-02"), eligibility: { eligible: false, reasons: [{ code: "PLAN_IKKE_GYLDIG", message: "Planen er utløpt." }] } }),
    ]);
    expect(r.conflict).toBeNull();
    expect(ids(r)).toEqual(["a"]);
  });
});

describe("ranking: OUS", () => {
  const OUS = (candidates: RankingCandidate[]) => rankCandidates({ rule: "OUS", vacancyStart: START, drawSeed: "s", candidates });

  it("orders by desired start, then progress, then queue seniority, then qualification", () => {
    const r = OUS([
      cand({ id: "off-month", org: "A", desiredStart: day("2027-04-01"), specialisationStart: day("2020-01-01") }),
      cand({ id: "less-progress", org: "B", specialisationStart: day("2025-01-01") }),
      cand({ id: "later-queue", org: "C", queueDate: day("2026-05-01") }),
      cand({ id: "earlier-queue-fewer-goals", org: "D", queueDate: day("2026-01-01"), achievedGoalCount: 1 }),
      cand({ id: "earlier-queue-more-goals", org: "E", queueDate: day("2026-01-01"), achievedGoalCount: 5 }),
    ]);
    expect(ids(r)).toEqual(["earlier-queue-more-goals", "earlier-queue-fewer-goals", "later-queue", "less-progress", "off-month"]);
    expect(r.conflict).toBeNull();
    expect(r.ranked[0]!.reasons.join(" ")).toMatch(/samsvarer/);
  });

  it("never raises a samtidskonflikt; full ties go to the draw", () => {
    const r = OUS([cand({ id: "p", org: "A" }), cand({ id: "q", org: "B" })]);
    expect(r.conflict).toBeNull();
    expect(ids(r)).toEqual(drawValue("s", "p") < drawValue("s", "q") ? ["p", "q"] : ["q", "p"]);
  });
});

describe("ranking: own procedure (EGEN)", () => {
  it("orders by the partner's queue date", () => {
    const r = rankCandidates({
      rule: "EGEN",
      vacancyStart: START,
      drawSeed: "s",
      candidates: [cand({ id: "late", queueDate: day("2026-06-01") }), cand({ id: "early", queueDate: day("2026-01-01") }), cand({ id: "none" })],
    });
    expect(ids(r)).toEqual(["early", "late", "none"]);
  });
});

describe("the draw and month arithmetic", () => {
  it("is deterministic, in [0,1), and depends on the seed", () => {
    expect(drawValue("a", "x")).toBe(drawValue("a", "x"));
    expect(drawValue("a", "x")).not.toBe(drawValue("b", "x"));
    for (const id of ["1", "2", "3", "abc"]) {
      const v = drawValue("seed", id);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});
