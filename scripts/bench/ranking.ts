// Benchmark of the pure ranking (lib/domain/ranking.ts) on synthetic queues: how long a receiving
// leader waits for the candidate list to be ordered, by queue size and rule.
// Run: npx tsx scripts/bench/ranking.ts   (results: docs/benchmarks.md)
import { performance } from "node:perf_hooks";
import { MS_PER_DAY } from "../../lib/domain/calendar.ts";
import { rankCandidates, type AllocationRule, type RankingCandidate } from "../../lib/domain/ranking.ts";

const start = new Date(Date.UTC(2027, 6, 1));

function candidates(n: number, trusts: number): RankingCandidate[] {
  return Array.from({ length: n }, (_, i) => {
    const trust = i % trusts;
    return {
      id: `c${i}`,
      personName: `LIS ${i}`,
      sendingOrganisationId: `org${trust}`,
      sendingOrganisationName: `Foretak ${trust}`,
      sendingRank: Math.floor(i / trusts) + 1,
      feRegisteredOn: new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 900) * MS_PER_DAY),
      queueDate: new Date(Date.UTC(2025, 0, 1) + ((i * 13) % 400) * MS_PER_DAY),
      desiredStart: new Date(start.getTime() + ((i % 5) - 2) * 30 * MS_PER_DAY),
      specialisationStart: new Date(Date.UTC(2022, 0, 1) + ((i * 53) % 1200) * MS_PER_DAY),
      achievedGoalCount: (i * 7) % 40,
      eligibility: i % 10 === 9 ? { eligible: false, reasons: [{ code: "PLAN_IKKE_GYLDIG", message: "Planen er utløpt." }] } : { eligible: true, reasons: [] },
    };
  });
}

function measure(rule: AllocationRule, n: number, rounds: number) {
  const input = { rule, vacancyStart: start, drawSeed: "bench", candidates: candidates(n, 4) };
  rankCandidates(input); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    rankCandidates(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  return { rule, n, rounds, median: pct(50), p95: pct(95) };
}

console.info(`Node ${process.version}, ${new Date().toISOString()}`);
console.info("| regel | kandidater | runder | median (ms) | p95 (ms) |\n| --- | ---: | ---: | ---: | ---: |");
for (const rule of ["HELSE_NORD", "OUS"] as const) {
  for (const [n, rounds] of [[20, 200], [200, 100], [2000, 20], [7000, 5]] as const) {
    const r = measure(rule, n, rounds);
    console.info(`| ${r.rule} | ${r.n} | ${r.rounds} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} |`);
  }
}
