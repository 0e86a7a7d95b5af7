import { describe, expect, it } from "vitest";
import { monthsBetween } from "./calendar";
import { drawValue, progressMonths, rankCandidates, type RankingCandidate } from "./ranking";
import { PROGRESSION_BAND_MONTHS } from "./rules";

/**
 * The Helse Nord merge (criteria 5–6) is O(n log n) in lib/domain/ranking.ts. This file keeps the
 * straightforward version (compare every trust's queue at every place, re-reading each queue's
 * remaining registration dates) and checks that both give the same order, the same deciding
 * criterion for every place and the same samtidskonflikt on random inputs.
 */
type Kind = "only" | "single" | "waited" | "progress" | "draw";

function reference(vacancyStart: Date, seed: string, all: RankingCandidate[]) {
  const eligible = all.filter((c) => c.eligibility.eligible);
  const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  const band = (c: RankingCandidate) => {
    const m = progressMonths(c, vacancyStart);
    return m === null ? -1 : Math.floor(m / PROGRESSION_BAND_MONTHS);
  };
  const cmpDate = (a: Date | null, b: Date | null) => (a && b ? a.getTime() - b.getTime() : a ? -1 : b ? 1 : 0);
  const groups = new Map<string, RankingCandidate[]>();
  for (const c of eligible) groups.set(c.sendingOrganisationId, [...(groups.get(c.sendingOrganisationId) ?? []), c]);
  const queues = [...groups.values()].map((g) =>
    [...g].sort(
      (a, b) =>
        (a.sendingRank ?? Infinity) - (b.sendingRank ?? Infinity) || cmpDate(a.feRegisteredOn, b.feRegisteredOn) || drawValue(seed, a.id) - drawValue(seed, b.id),
    ),
  );
  type Key = { queue: RankingCandidate[]; waitingMonth: number; band: number; draw: number };
  const keyOf = (queue: RankingCandidate[]): Key => {
    const months = queue.filter((c) => c.feRegisteredOn).map((c) => monthIndex(c.feRegisteredOn!));
    return { queue, waitingMonth: months.length ? Math.min(...months) : Infinity, band: band(queue[0]!), draw: drawValue(seed, queue[0]!.id) };
  };
  const cmp = (a: Key, b: Key) => (a.waitingMonth === b.waitingMonth ? 0 : a.waitingMonth < b.waitingMonth ? -1 : 1) || b.band - a.band || a.draw - b.draw;
  const order: string[] = [];
  const kinds: Kind[] = [];
  let conflict: string[] | null = null;
  while (queues.some((q) => q.length > 0)) {
    const keys = queues.filter((q) => q.length > 0).map(keyOf).sort(cmp);
    const [best, runner] = [keys[0]!, keys[1]];
    if (!runner) kinds.push(groups.size > 1 ? "only" : "single");
    else if (best.waitingMonth !== runner.waitingMonth) kinds.push("waited");
    else if (best.band !== runner.band) kinds.push("progress");
    else {
      kinds.push("draw");
      if (order.length === 0) conflict = keys.filter((k) => k.waitingMonth === best.waitingMonth && k.band === best.band).map((k) => k.queue[0]!.id);
    }
    order.push(best.queue.shift()!.id);
  }
  return { order, kinds, conflict };
}

const KIND_TEXT: Record<Kind, RegExp | null> = {
  only: /Eneste avgivende foretak med kandidater igjen/,
  single: null,
  waited: /har ventet lengst/,
  progress: /kommet lengre i spesialiseringen/,
  draw: /satt ved trekning/,
};

/** Small deterministic PRNG (mulberry32) so a failing case can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = new Date(Date.UTC(2027, 2, 1));

function randomCandidates(seed: number, n: number, trusts: number): RankingCandidate[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  // Few distinct months and bands, so ties between trusts (conflicts, draws) really happen.
  return Array.from({ length: n }, (_, i) => {
    const org = `org${Math.floor(r() * trusts)}`;
    return {
      id: `s${seed}-c${i}`,
      personName: `LIS ${i}`,
      sendingOrganisationId: org,
      sendingOrganisationName: `Foretak ${org}`,
      sendingRank: r() < 0.3 ? null : 1 + Math.floor(r() * 4),
      feRegisteredOn: r() < 0.1 ? null : new Date(Date.UTC(2025, pick([0, 0, 1, 3, 6]), 1 + Math.floor(r() * 27))),
      queueDate: null,
      desiredStart: START,
      specialisationStart: r() < 0.1 ? null : new Date(Date.UTC(pick([2022, 2023, 2024]), pick([0, 6]), 1)),
      achievedGoalCount: Math.floor(r() * 5),
      eligibility: r() < 0.1 ? { eligible: false, reasons: [{ code: "PLAN_IKKE_GYLDIG", message: "Planen er utløpt." }] } : { eligible: true, reasons: [] },
    } satisfies RankingCandidate;
  });
}

describe("ranking at scale: the O(n log n) Helse Nord merge equals the straightforward one", () => {
  it("gives the same order, deciding criterion and conflict on 300 random queues", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const n = 1 + (seed % 40);
      const trusts = 1 + (seed % 6);
      const candidates = randomCandidates(seed, n, trusts);
      const drawSeed = `trekning-${seed}`;
      const fast = rankCandidates({ rule: "HELSE_NORD", vacancyStart: START, drawSeed, candidates });
      const ref = reference(START, drawSeed, candidates);
      const context = `seed ${seed}`;
      expect(fast.ranked.map((x) => x.candidate.id), context).toEqual(ref.order);
      expect(fast.ranked.map((x) => x.rank), context).toEqual(ref.order.map((_, i) => i + 1));
      expect(fast.conflict?.candidateIds ?? null, context).toEqual(ref.conflict);
      fast.ranked.forEach((x, i) => {
        const text = KIND_TEXT[ref.kinds[i]!];
        const criterion = x.reasons.slice(2).join(" ");
        if (text) expect(criterion, `${context}, plass ${i + 1}`).toMatch(text);
        else expect(x.reasons, `${context}, plass ${i + 1}`).toHaveLength(2);
      });
    }
  });

  it("ranks 2,000 candidates from 4 trusts: everyone eligible once, each trust's own order kept, longest waiting first", () => {
    const candidates: RankingCandidate[] = Array.from({ length: 2000 }, (_, i) => {
      const trust = i % 4;
      const withinTrust = Math.floor(i / 4);
      return {
        id: `c${String(i).padStart(4, "0")}`,
        personName: `LIS ${i}`,
        sendingOrganisationId: `org${trust}`,
        sendingOrganisationName: `Foretak ${trust}`,
        sendingRank: withinTrust + 1,
        // Trust 0 has waited longest (its earliest remaining registration is always earliest).
        feRegisteredOn: new Date(Date.UTC(2020 + 2 * trust, 0, 1) + withinTrust * 86_400_000),
        queueDate: null,
        desiredStart: START,
        specialisationStart: new Date(Date.UTC(2023, 0, 1)),
        achievedGoalCount: 0,
        eligibility: i % 10 === 9 ? { eligible: false, reasons: [{ code: "PLAN_IKKE_GYLDIG", message: "Planen er utløpt." }] } : { eligible: true, reasons: [] },
      };
    });
    const r = rankCandidates({ rule: "HELSE_NORD", vacancyStart: START, drawSeed: "stor", candidates });
    expect(r.ranked).toHaveLength(1800);
    expect(r.ineligible).toHaveLength(200);
    expect(new Set(r.ranked.map((x) => x.candidate.id)).size).toBe(1800);
    for (let t = 0; t < 4; t++) {
      const ranks = r.ranked.filter((x) => x.candidate.sendingOrganisationId === `org${t}`).map((x) => x.candidate.sendingRank!);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    // Registrations by trust start in 2020, 2022, 2024, 2026 and each trust spans ~500 days:
    // trust 0's queue is exhausted before trust 1's earliest month can compete with it.
    const firstOther = r.ranked.findIndex((x) => x.candidate.sendingOrganisationId !== "org0");
    expect(firstOther).toBe(500); // i % 10 === 9 is never a multiple of 4: all 500 of trust 0 are eligible
    expect(r.ranked.at(-1)!.candidate.sendingOrganisationId).toBe("org3");
    expect(r.ranked[0]!.reasons.join(" ")).toMatch(/Foretak 0 har ventet lengst/);
    expect(monthsBetween(r.ranked[0]!.candidate.feRegisteredOn!, START)).toBeGreaterThan(30);
    expect(reference(START, "stor", candidates).order).toEqual(r.ranked.map((x) => x.candidate.id));
  });
});
