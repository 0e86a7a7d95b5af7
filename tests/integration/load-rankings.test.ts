// Issue 9: loadRankings reads the queued periods of all targets in one flat statement (array parameters,
// not IN lists). The candidates are exactly the queued periods on a target's fagavtaler with a desired
// start within its window (both ends included), each once, and several targets at once give what each
// gives alone.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemo, testDb } from "../helpers/db";
import { addDays } from "@/lib/domain/calendar";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import { countStatements, useCountingClient } from "../helpers/statement-count";
import type { RankingTarget } from "@/lib/server/allocation/load-ranking";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { loadRanking, loadRankings } = await import("@/lib/server/allocation/load-ranking");

const NOW = new Date("2026-03-10T09:00:00.000Z");
const WINDOW = 45;

/** The queue of Jonas's wish at UNN: its receiving trust and specialty, starting `shift` days after his desired start. */
async function targetAround(shift: number): Promise<RankingTarget> {
  const wish = await testDb().spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-jonas-unn" } });
  return { organisationId: wish.receivingOrganisationId, departmentId: null, specialtyId: wish.specialtyId, startDate: addDays(wish.desiredStart, shift), startWindowDays: WINDOW, drawSeed: "test-seed" };
}

/** The candidates as a plain Prisma read finds them: queued, on the target's fagavtaler, desired start in the window. */
async function expectedIds(target: RankingTarget): Promise<string[]> {
  const rows = await testDb().spesialiseringsperiode.findMany({
    where: {
      status: { in: [...QUEUED_STATUSES] },
      desiredStart: { gte: addDays(target.startDate, -target.startWindowDays), lte: addDays(target.startDate, target.startWindowDays) },
      fagavtale: { partnerOrganisationId: target.organisationId, specialtyId: target.specialtyId, validFrom: { lte: target.startDate }, OR: [{ validTo: null }, { validTo: { gt: target.startDate } }] },
    },
    select: { id: true },
  });
  return rows.map((r) => r.id).sort();
}

const candidateIds = (r: Awaited<ReturnType<typeof loadRanking>>) => [...r.ranked.map((c) => c.candidate.id), ...r.ineligible.map((c) => c.candidate.id)].sort();

beforeAll(async () => {
  await useCountingClient();
  await seedDemo(NOW);
});

describe("loadRankings' queued periods", () => {
  it("are the queued periods on the target's fagavtaler within its window, both ends included", async () => {
    // Jonas's desired start is the window's first day (shift = +WINDOW) and its last day (shift = -WINDOW).
    for (const shift of [0, WINDOW, -WINDOW]) {
      const target = await targetAround(shift);
      const ranking = await loadRanking(testDb(), target, NOW);
      const ids = candidateIds(ranking);
      expect(ids).toEqual(await expectedIds(target));
      expect(ids).toContain("seed-periode-jonas-unn");
      expect(new Set(ids).size).toBe(ids.length);
    }
    // One day further and his wish is outside.
    const outside = await loadRanking(testDb(), await targetAround(WINDOW + 1), NOW);
    expect(candidateIds(outside)).not.toContain("seed-periode-jonas-unn");
    expect(candidateIds(outside)).toEqual(await expectedIds(await targetAround(WINDOW + 1)));
  });

  it("give for overlapping targets at once what each gives alone, in no more statements than for one", async () => {
    const targets = [await targetAround(0), await targetAround(20), await targetAround(-30)];
    const alone: Awaited<ReturnType<typeof loadRanking>>[] = [];
    for (const t of targets) alone.push(await loadRanking(testDb(), t, NOW));
    const one = await countStatements("one", () => loadRanking(testDb(), targets[0]!, NOW));
    let together: Awaited<ReturnType<typeof loadRankings>> = [];
    const all = await countStatements("all", async () => (together = await loadRankings(testDb(), targets, NOW)));
    expect(all.statements).toBe(one.statements);
    expect(together.map((r) => ({ ranked: r.ranked, ineligible: r.ineligible, fagavtaler: r.fagavtaler, periods: r.periods }))).toEqual(
      alone.map((r) => ({ ranked: r.ranked, ineligible: r.ineligible, fagavtaler: r.fagavtaler, periods: r.periods })),
    );
  });

  it("read no periods for a target without fagavtaler (a specialty no trust has an agreement in)", async () => {
    const target = { ...(await targetAround(0)), specialtyId: "no-such-specialty" };
    const ranking = await loadRanking(testDb(), target, NOW);
    expect(ranking.fagavtaler).toEqual([]);
    expect(ranking.ranked).toEqual([]);
    expect(ranking.ineligible).toEqual([]);
  });
});
