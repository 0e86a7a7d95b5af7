import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { actorByEmail, ownerDb, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { monthStartIso } from "../helpers/dates";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { getVacancy, VACANCY_PAGE_SIZE } = await import("@/lib/server/allocation/get-vacancy");
const { createSession } = await import("@/lib/server/auth/create-session");
const { resolveSessionActor } = await import("@/lib/server/auth/resolve-session-actor");

const NOW = new Date();
const START = monthStartIso(4);
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";
const KRISTOFFER = "kristoffer.lund@eksempel.no";

/** Counts every statement any pg client sends (queries, BEGIN, COMMIT) while `run` runs. */
async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await run();
    return { result, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

/** `n` more LIS queued on the same wish as a demo candidate: bulk INSERTs, cloned from the demo period. */
async function addQueuedRivals(n: number, tag: string): Promise<void> {
  const db = ownerDb();
  const template = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-jonas-unn" } });
  const person = await db.person.findUniqueOrThrow({ where: { id: template.personId } });
  const ids = Array.from({ length: n }, (_, i) => `${tag}-${i}`);
  await db.person.createMany({ data: ids.map((id) => ({ id: `p-${id}`, name: `Rival ${id}`, email: `${id}@eksempel.no`, passwordHash: person.passwordHash })) });
  const rest = Object.fromEntries(Object.entries(template).filter(([key]) => !["id", "personId", "createdAt", "updatedAt"].includes(key)));
  await db.spesialiseringsperiode.createMany({ data: ids.map((id) => ({ ...rest, id: `s-${id}`, personId: `p-${id}` })) as never });
}

describe("SQL statements per request on the allocation pages stay constant in data size (issue 9 §3)", () => {
  beforeAll(async () => {
    await seedDemo(NOW);
  });
  afterEach(() => vi.restoreAllMocks());

  it("loads the session, its person and roles in one statement, however many roles", async () => {
    const person = await testDb().person.findUniqueOrThrow({ where: { email: KRISTOFFER } });
    const { id } = await createSession({ personId: person.id, now: NOW });
    const demo = await countStatements(() => resolveSessionActor(id, { now: NOW }));
    expect(demo.result?.personId).toBe(person.id);
    expect(demo.statements).toBe(1);

    const held = await ownerDb().roleAssignment.findMany({ where: { personId: person.id }, select: { departmentId: true } });
    const departments = await ownerDb().department.findMany({ where: { id: { notIn: held.flatMap((h) => (h.departmentId ? [h.departmentId] : [])) } }, take: 10, orderBy: { id: "asc" } });
    expect(departments).toHaveLength(10);
    await ownerDb().roleAssignment.createMany({ data: departments.map((d) => ({ personId: person.id, role: "LEDER" as const, departmentId: d.id, validFrom: new Date(NOW.getTime() - 86_400_000) })) });
    const bigger = await countStatements(() => resolveSessionActor(id, { now: NOW }));
    expect(bigger.result?.roles.length).toBe((demo.result?.roles.length ?? 0) + 10);
    expect(bigger.statements).toBe(demo.statements);
  });

  it("builds the vacancy page from the same number of statements with 10× the candidates, showing the top 20 and 'Vis flere'", async () => {
    actAs(await actorByEmail(KRISTOFFER));
    const created = await createVacancy({ departmentId: GASTRO, startDate: START, posts: "1", startWindowDays: "90" });
    if (!created.ok) throw new Error(created.message);
    const scope = await scopeByEmail(KRISTOFFER, "vacancy:manage", "LEDER");

    const demo = await countStatements(() => getVacancy({ scope, vacancyId: created.data.id, now: NOW }));
    const demoTotal = demo.result.ranking.rankedTotal + demo.result.ranking.ineligibleTotal;
    expect(demoTotal).toBeGreaterThan(0);

    await addQueuedRivals(Math.max(10 * demoTotal, 3 * VACANCY_PAGE_SIZE), "rival");
    const bigger = await countStatements(() => getVacancy({ scope, vacancyId: created.data.id, now: NOW }));
    const biggerTotal = bigger.result.ranking.rankedTotal + bigger.result.ranking.ineligibleTotal;
    expect(biggerTotal).toBeGreaterThanOrEqual(10 * demoTotal);
    expect(bigger.statements).toBe(demo.statements);
    // Constant, not yet ≤ 8: the eligibility facts behind the ranking are still loaded per candidate set.
    expect(bigger.statements).toBeLessThanOrEqual(33);

    // Only the first page is shown (and logged as read); "Vis flere" shows the next.
    const shownFirst = bigger.result.ranking.ranked.length + bigger.result.ranking.ineligible.length;
    expect(bigger.result.ranking.ranked.length).toBeLessThanOrEqual(VACANCY_PAGE_SIZE);
    expect(bigger.result.ranking.ineligible.length).toBeLessThanOrEqual(VACANCY_PAGE_SIZE);
    expect(shownFirst).toBeLessThan(biggerTotal);
    const more = await getVacancy({ scope, vacancyId: created.data.id, now: NOW, shown: 2 * VACANCY_PAGE_SIZE });
    expect(more.ranking.ranked.length + more.ranking.ineligible.length).toBeGreaterThan(shownFirst);
    expect(more.ranking.ranked.map((r) => r.candidate.id).slice(0, bigger.result.ranking.ranked.length)).toEqual(bigger.result.ranking.ranked.map((r) => r.candidate.id));
  });
});
