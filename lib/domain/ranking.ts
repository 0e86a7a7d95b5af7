import { formatDay, formatMonthYear, compareNb } from "@/lib/format";
import { monthsBetween } from "./calendar";
import type { Eligibility } from "./eligibility";
import { PROGRESSION_BAND_MONTHS } from "./rules";

/**
 * Ranking of candidates for a vacant gjennomstrømningsstilling (seed 000 §Kriterier 5–6 and §OUS;
 * docs/decisions/0005-allocation-ranking.md). Pure: everything it needs is passed in.
 *
 * HELSE_NORD (the region's criteria):
 *  - Within one sending trust, that trust's own order decides (criterion 5): sendingRank (1 first;
 *    unranked after the ranked), then FE registration date, then the draw.
 *  - Between trusts (criterion 6) the candidates are merged head by head: the trust that has waited
 *    longest goes first — its waiting starts at the earliest FE registration (registeredOn) among its
 *    remaining candidates, compared by calendar month (same month = equal waiting). Then efficient
 *    progression: the head candidate further along in the specialisation, in whole semesters (6-month
 *    bands) of months served at the vacancy's start, goes first (delaying them costs the most).
 *  - When the top place is still undecided between trusts after both criteria, it is a
 *    samtidskonflikt: the result names the tied candidates; the draw only orders the display.
 * OUS: desired start closest to the vacancy start (in months), progress (months served, more first),
 *   queue seniority at OUS (queueDate, earlier first), qualification (achieved learning goals, more first).
 * EGEN: the partner's own procedure: queue date at the partner, earlier first.
 * Every remaining tie is broken by a recorded, reproducible draw: a hash of drawSeed and candidate id.
 * Ineligible candidates are never ranked; they are returned separately with their reasons.
 */
export type AllocationRule = "HELSE_NORD" | "OUS" | "EGEN";

export type RankingCandidate = {
  /** The spesialiseringsperiode (wish) id. */
  id: string;
  personName: string;
  sendingOrganisationId: string;
  sendingOrganisationName: string;
  sendingRank: number | null;
  feRegisteredOn: Date | null;
  queueDate: Date | null;
  desiredStart: Date;
  /** Start of the LIS's employment in the specialty: progress is counted from here. */
  specialisationStart: Date | null;
  /** Achieved learning goals in the specialty (the qualification principle). */
  achievedGoalCount: number;
  eligibility: Eligibility;
};

export type RankedCandidate = {
  candidate: RankingCandidate;
  rank: number;
  /** Norwegian sentences: the facts and the criterion that placed the candidate here. */
  reasons: string[];
  drawValue: number;
};

export type IneligibleCandidate = { candidate: RankingCandidate; reasons: string[] };

export type ConflictFacts = {
  candidates: {
    id: string;
    personName: string;
    organisationId: string;
    organisationName: string;
    sendingRank: number | null;
    waitingSince: string | null;
    waitingMonths: number | null;
    progressMonths: number | null;
  }[];
  explanation: string;
};

export type RankingResult = {
  rule: AllocationRule;
  ranked: RankedCandidate[];
  ineligible: IneligibleCandidate[];
  /** Set when the criteria do not settle the top place between two or more trusts (HELSE_NORD only). */
  conflict: { candidateIds: string[]; facts: ConflictFacts } | null;
};

export type RankingInput = {
  rule: AllocationRule;
  /**
   * What starts the queue date under the receiving trust's policy (lib/domain/region-policy): the
   * date the receiving trust received the information (RankingCandidate.queueDate; the default) or
   * the FE registration date. Used by the OUS and EGEN rules; Helse Nord's waiting is FE-based anyway.
   */
  queueDateFrom?: "FE_REGISTRERING" | "MOTTATT_HOS_MOTTAKER";
  /**
   * How the Helse Nord rule compares waiting between trusts (the receiving trust's region policy):
   * by calendar month (the default: registered the same month = equal waiting) or by day.
   */
  waitingBy?: "CALENDAR_MONTH" | "DAY";
  vacancyStart: Date;
  drawSeed: string;
  candidates: readonly RankingCandidate[];
};

/** Semester band used to compare progression (6 months). */


/** Reproducible draw in [0, 1): 53-bit cyrb53 hash of seed and candidate id. */
export function drawValue(seed: string, candidateId: string): number {
  const str = `${seed}:${candidateId}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) / 2 ** 53;
}

const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
const dayIndex = (d: Date) => Math.floor(d.getTime() / 86_400_000);
const monthLabel = formatMonthYear;
const dayLabel = formatDay;

export function progressMonths(c: RankingCandidate, vacancyStart: Date): number | null {
  return c.specialisationStart ? Math.max(0, monthsBetween(c.specialisationStart, vacancyStart)) : null;
}

function progressBand(c: RankingCandidate, vacancyStart: Date): number {
  const m = progressMonths(c, vacancyStart);
  return m === null ? -1 : Math.floor(m / PROGRESSION_BAND_MONTHS);
}

const cmpDateNullLast = (a: Date | null, b: Date | null) => (a && b ? a.getTime() - b.getTime() : a ? -1 : b ? 1 : 0);

function withinTrustReason(c: RankingCandidate, peers: RankingCandidate[]): string {
  const name = c.sendingOrganisationName;
  if (peers.length === 1) return `Eneste kandidat fra ${name}.`;
  if (c.sendingRank !== null) {
    const sameRank = peers.filter((p) => p.sendingRank === c.sendingRank).length > 1;
    return sameRank
      ? `Nr. ${c.sendingRank} i ${name}s prioritering (delt plass; ordnet etter registreringsdato og trekning).`
      : `Nr. ${c.sendingRank} i ${name}s prioritering (kriterium 5: avgivende foretak prioriterer).`;
  }
  return `Ikke prioritert av ${name}; står etter de prioriterte og ordnes etter registreringsdato i fiktiv enhet.`;
}

function factsOf(c: RankingCandidate, vacancyStart: Date): string {
  const parts: string[] = [];
  parts.push(c.feRegisteredOn ? `Registrert i fiktiv enhet ${dayLabel(c.feRegisteredOn)} (${Math.max(0, monthsBetween(c.feRegisteredOn, vacancyStart))} mnd ventetid ved oppstart)` : "Ikke registrert i fiktiv enhet");
  const p = progressMonths(c, vacancyStart);
  if (p !== null) parts.push(`${p} mnd i spesialiseringen ved oppstart`);
  parts.push(`ønsket start ${dayLabel(c.desiredStart)}`);
  return `${parts.join("; ")}.`;
}

/**
 * Criterion 6's merge, O(n log n): each trust's queue is sorted once (criterion 5); the earliest
 * registration month among a queue's remaining candidates is a suffix minimum, so advancing a queue is
 * an index step; the queue heads compete in a binary heap keyed by (waiting month, progression band,
 * draw). Same result as comparing every queue at every place (the reference in ranking.test.ts).
 */
function rankHelseNord(input: RankingInput, eligible: RankingCandidate[]): Pick<RankingResult, "ranked" | "conflict"> {
  const { drawSeed: seed, vacancyStart } = input;
  const byDay = input.waitingBy === "DAY";
  const waitingIndex = byDay ? dayIndex : monthIndex;
  const waitingSinceLabel = (index: number) =>
    byDay ? dayLabel(new Date(index * 86_400_000)) : monthLabel(new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)));
  const comparisonReason = byDay
    ? "Ventetiden sammenlignes per dag (regionens regel): registrert samme dag regnes som lik ventetid."
    : "Ventetiden sammenlignes per kalendermåned (regionens regel): registrert samme måned regnes som lik ventetid.";
  const groups = new Map<string, RankingCandidate[]>();
  for (const c of eligible) {
    const g = groups.get(c.sendingOrganisationId);
    if (g) g.push(c);
    else groups.set(c.sendingOrganisationId, [c]);
  }
  const draws = new Map<string, number>();
  for (const c of eligible) draws.set(c.id, drawValue(seed, c.id));
  const drawOf = (c: RankingCandidate) => draws.get(c.id)!;

  type Queue = { order: number; items: RankingCandidate[]; peers: RankingCandidate[]; suffixMonth: number[]; pos: number };
  type Key = { queue: Queue; waitingMonth: number; band: number; draw: number };
  const queues: Queue[] = [...groups.values()].map((g, order) => {
    const items = [...g].sort((a, b) => {
      const ra = a.sendingRank ?? Number.POSITIVE_INFINITY;
      const rb = b.sendingRank ?? Number.POSITIVE_INFINITY;
      if (ra !== rb) return ra < rb ? -1 : 1;
      return cmpDateNullLast(a.feRegisteredOn, b.feRegisteredOn) || drawOf(a) - drawOf(b);
    });
    const suffixMonth = new Array<number>(items.length + 1);
    suffixMonth[items.length] = Number.POSITIVE_INFINITY;
    for (let i = items.length - 1; i >= 0; i--) {
      const d = items[i]!.feRegisteredOn;
      suffixMonth[i] = Math.min(suffixMonth[i + 1]!, d ? waitingIndex(d) : Number.POSITIVE_INFINITY);
    }
    return { order, items, peers: g, suffixMonth, pos: 0 };
  });
  const keyOf = (queue: Queue): Key => {
    const head = queue.items[queue.pos]!;
    return { queue, waitingMonth: queue.suffixMonth[queue.pos]!, band: progressBand(head, vacancyStart), draw: drawOf(head) };
  };
  // Infinity - Infinity is NaN: compare the months explicitly.
  const cmpMonth = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
  const cmpKey = (a: Key, b: Key) => cmpMonth(a.waitingMonth, b.waitingMonth) || b.band - a.band || a.draw - b.draw || a.queue.order - b.queue.order;
  const settled = (a: Key, b: Key) => a.waitingMonth !== b.waitingMonth || a.band !== b.band;

  const heap: Key[] = [];
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (cmpKey(heap[i]!, heap[parent]!) >= 0) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && cmpKey(heap[l]!, heap[m]!) < 0) m = l;
      if (r < heap.length && cmpKey(heap[r]!, heap[m]!) < 0) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  const initialKeys = queues.filter((q) => q.items.length > 0).map(keyOf);
  for (const k of initialKeys) {
    heap.push(k);
    up(heap.length - 1);
  }

  const ranked: RankedCandidate[] = [];
  let conflict: RankingResult["conflict"] = null;
  while (heap.length > 0) {
    const best = heap[0]!;
    // The runner-up of a binary heap is the smaller of the root's children.
    const runnerUp = heap.length > 2 ? (cmpKey(heap[1]!, heap[2]!) <= 0 ? heap[1]! : heap[2]!) : heap[1];
    const head = best.queue.items[best.queue.pos]!;
    const reasons: string[] = [factsOf(head, vacancyStart), withinTrustReason(head, best.queue.peers)];
    if (!runnerUp) {
      if (groups.size > 1) reasons.push("Eneste avgivende foretak med kandidater igjen foran denne plassen.");
    } else {
      const runnerHead = runnerUp.queue.items[runnerUp.queue.pos]!;
      const other = runnerHead.sendingOrganisationName;
      if (best.waitingMonth !== runnerUp.waitingMonth) {
        reasons.push(`${head.sendingOrganisationName} har ventet lengst (siden ${waitingSinceLabel(best.waitingMonth)}), foran ${other} (kriterium 6).`);
      } else if (best.band !== runnerUp.band) {
        reasons.push(`Lik ventetid som ${other}; kommet lengre i spesialiseringen (effektivt løp, kriterium 6).`);
      } else {
        reasons.push(`Lik ventetid og progresjon som ${other}; rekkefølgen er satt ved trekning.`);
        if (ranked.length === 0) {
          const tied = [...initialKeys].sort(cmpKey).filter((k) => !settled(best, k)).map((k) => k.queue.items[k.queue.pos]!);
          conflict = {
            candidateIds: tied.map((c) => c.id),
            facts: {
              explanation: `Kandidatene øverst kommer fra ulike foretak med lik ventetid (registrert i fiktiv enhet samme ${byDay ? "dag" : "måned"}) og lik progresjon (samme halvår i spesialiseringen). Kriteriene avgjør ikke: samtidskonflikt (kriterium 6).`,
              candidates: tied.map((c) => ({
                id: c.id,
                personName: c.personName,
                organisationId: c.sendingOrganisationId,
                organisationName: c.sendingOrganisationName,
                sendingRank: c.sendingRank,
                waitingSince: c.feRegisteredOn ? c.feRegisteredOn.toISOString().slice(0, 10) : null,
                waitingMonths: c.feRegisteredOn ? Math.max(0, monthsBetween(c.feRegisteredOn, vacancyStart)) : null,
                progressMonths: progressMonths(c, vacancyStart),
              })),
            },
          };
        }
      }
    }
    if (runnerUp) reasons.push(comparisonReason);
    ranked.push({ candidate: head, rank: ranked.length + 1, reasons, drawValue: drawOf(head) });
    best.queue.pos += 1;
    if (best.queue.pos < best.queue.items.length) {
      heap[0] = keyOf(best.queue);
      down(0);
    } else {
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        down(0);
      }
    }
  }
  return { ranked, conflict };
}

function rankOus(input: RankingInput, eligible: RankingCandidate[]): RankedCandidate[] {
  const { drawSeed: seed, vacancyStart } = input;
  const startGap = (c: RankingCandidate) => Math.abs(monthIndex(c.desiredStart) - monthIndex(vacancyStart));
  // Keys computed once per candidate, not in every comparison.
  const keys = new Map(eligible.map((c) => [c.id, { gap: startGap(c), progress: progressMonths(c, vacancyStart) ?? -1, draw: drawValue(seed, c.id) }]));
  const sorted = [...eligible].sort((a, b) => {
    const ka = keys.get(a.id)!;
    const kb = keys.get(b.id)!;
    return ka.gap - kb.gap || kb.progress - ka.progress || cmpDateNullLast(a.queueDate, b.queueDate) || b.achievedGoalCount - a.achievedGoalCount || ka.draw - kb.draw;
  });
  return sorted.map((c, i) => ({
    candidate: c,
    rank: i + 1,
    drawValue: drawValue(seed, c.id),
    reasons: [
      startGap(c) === 0 ? "Ønsket start samsvarer med stillingen (samme måned)." : `Ønsket start ${startGap(c)} mnd fra stillingens start.`,
      `${progressMonths(c, vacancyStart) ?? "Ukjent antall"} mnd i spesialiseringen ved oppstart.`,
      c.queueDate ? `I OUS' kø fra ${dayLabel(c.queueDate)}.` : "Ingen kødato hos OUS.",
      `${c.achievedGoalCount} oppnådde læringsmål (kvalifikasjonsprinsippet).`,
      "Rekkefølge: ønsket start, progresjon, ansiennitet i køen, kvalifikasjon, deretter trekning (OUS' fremgangsmåte).",
    ],
  }));
}

function rankOwn(input: RankingInput, eligible: RankingCandidate[]): RankedCandidate[] {
  const seed = input.drawSeed;
  const sorted = [...eligible].sort((a, b) => cmpDateNullLast(a.queueDate, b.queueDate) || drawValue(seed, a.id) - drawValue(seed, b.id));
  return sorted.map((c, i) => ({
    candidate: c,
    rank: i + 1,
    drawValue: drawValue(seed, c.id),
    reasons: [c.queueDate ? `I mottakende foretaks kø fra ${dayLabel(c.queueDate)}.` : "Ingen kødato hos mottakende foretak.", "Mottakende foretak bruker egen prosedyre: kødato, deretter trekning."],
  }));
}

export function rankCandidates(input: RankingInput): RankingResult {
  const fromFe = input.queueDateFrom === "FE_REGISTRERING";
  const eligible = input.candidates.filter((c) => c.eligibility.eligible).map((c) => (fromFe ? { ...c, queueDate: c.feRegisteredOn } : c));
  const ineligible = input.candidates
    .filter((c) => !c.eligibility.eligible)
    .sort((a, b) => compareNb(a.personName, b.personName) || a.id.localeCompare(b.id))
    .map((c) => ({ candidate: c, reasons: c.eligibility.reasons.map((r) => r.message) }));
  if (input.rule === "OUS") return { rule: input.rule, ranked: rankOus(input, eligible), ineligible, conflict: null };
  if (input.rule === "EGEN") return { rule: input.rule, ranked: rankOwn(input, eligible), ineligible, conflict: null };
  return { rule: input.rule, ...rankHelseNord(input, eligible), ineligible };
}
