import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { isoDay } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { decideConflict } = await import("@/lib/actions/conflicts/decide-conflict");
const { getVacancy } = await import("@/lib/server/allocation/get-vacancy");
const { listVacancyRankings } = await import("@/lib/server/allocation/list-vacancy-rankings");
const { getQueueOverview } = await import("@/lib/server/allocation/get-queue-position");

const NOW = new Date();
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";
const KRISTOFFER = "kristoffer.lund@eksempel.no"; // leder, receiving (UNN)
const TOR = "tor.henriksen@eksempel.no"; // regional koordinator, Helse Nord
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland (Ingrid's trust)
const ANDERS = "anders.haetta@eksempel.no"; // lokal koordinator, Finnmark (Even's trust)
const INGRID = "seed-periode-ingrid-unn";
const EVEN = "seed-periode-even-unn";

/**
 * One truth about a queue (issue 14 §4): the order of a vacancy's candidates, with its recorded
 * decisions, is the same on the leader's vacancy page, in the regional and local coordinators' lists,
 * and on each candidate's own queue page and Min side (both read getQueueOverview), before and after a
 * samtidskonflikt is decided.
 */
async function views(vacancyId: string) {
  const leader = await getVacancy({ scope: await scopeByEmail(KRISTOFFER, "vacancy:manage", "LEDER"), vacancyId, now: NOW, shown: 1000 });
  const rankingOf = async (email: string, role: "REGIONAL_KOORDINATOR" | "LOKAL_KOORDINATOR") =>
    (await listVacancyRankings({ scope: await scopeByEmail(email, "offer:read", role), now: NOW })).find((v) => v.id === vacancyId)?.ranked.map((r) => r.candidate.id) ?? [];
  const regional = await rankingOf(TOR, "REGIONAL_KOORDINATOR");
  const locals = { helgeland: await rankingOf(MARIT, "LOKAL_KOORDINATOR"), finnmark: await rankingOf(ANDERS, "LOKAL_KOORDINATOR") };
  // Each candidate's own view of this queue.
  const own = new Map<string, { position: number | null; total: number; inConflict: boolean; decidedFor: string | null }>();
  for (const id of regional) {
    const period = await testDb().spesialiseringsperiode.findUniqueOrThrow({ where: { id }, select: { person: { select: { email: true } } } });
    const { positions } = await getQueueOverview({ scope: await scopeByEmail(period.person.email!, "queue:read", "LIS"), now: NOW });
    const p = positions.find((x) => x.periodId === id);
    if (p) own.set(id, { position: p.position, total: p.total, inConflict: p.inConflict, decidedFor: p.conflictDecidedFor });
  }
  return { leader: leader.ranking.ranked.map((r) => r.candidate.id), standing: leader.standing.kind, regional, locals, own };
}

function expectOneOrder(v: Awaited<ReturnType<typeof views>>) {
  expect(v.regional.length).toBeGreaterThan(1);
  expect(v.leader).toEqual(v.regional);
  // A local coordinator sees their own trust's candidates, in the same relative order.
  for (const local of Object.values(v.locals)) expect(local).toEqual(v.regional.filter((id) => local.includes(id)));
  // Every candidate's own page: their place in that same order, of the same total.
  expect(v.own.size).toBe(v.regional.length);
  v.regional.forEach((id, i) => expect(v.own.get(id)).toMatchObject({ position: i + 1, total: v.regional.length }));
}

describe("one truth about a queue, before and after a samtidskonflikt is decided (issue 14 §4)", () => {
  let vacancyId: string;
  beforeAll(async () => {
    await seedDemo(NOW);
    const ingrid = await testDb().spesialiseringsperiode.findUniqueOrThrow({ where: { id: INGRID } });
    actAs(await actorByEmail(KRISTOFFER));
    const created = await createVacancy({ departmentId: GASTRO, startDate: isoDay(ingrid.desiredStart), posts: "1", startWindowDays: "30" });
    if (!created.ok) throw new Error(created.message);
    vacancyId = created.data.id;
  });

  it("agrees while Ingrid (Helgeland) and Even (Finnmark) tie for the top place", async () => {
    const v = await views(vacancyId);
    expectOneOrder(v);
    expect(v.regional.slice(0, 2).sort()).toEqual([EVEN, INGRID]);
    expect(v.locals.helgeland).toContain(INGRID);
    expect(v.locals.finnmark).toContain(EVEN);
    expect(v.own.get(INGRID)?.inConflict).toBe(true);
    expect(v.own.get(EVEN)?.inConflict).toBe(true);
  });

  it("agrees once the conflict is opened, and after the regional coordinator gives the place to Even", async () => {
    actAs(await actorByEmail(KRISTOFFER));
    const opened = await makeOffer({ vacancyId, periodId: INGRID });
    if (!opened.ok || opened.data.kind !== "KONFLIKT") throw new Error("expected a samtidskonflikt");
    const during = await views(vacancyId);
    expectOneOrder(during);
    expect(during.standing).toBe("UNDECIDED");

    actAs(await actorByEmail(TOR));
    expect(await decideConflict({ conflictId: opened.data.conflictId, decision: "AVGJORT", chosenPeriodId: EVEN, reason: "Finnmark har ventet lengst på plass i faget." })).toMatchObject({ ok: true });
    const after = await views(vacancyId);
    expectOneOrder(after);
    expect(after.standing).toBe("DECIDED");
    expect(after.regional[0]).toBe(EVEN);
    expect(after.regional[1]).toBe(INGRID);
    // Even's own page no longer says he ties and that the regional coordinator will decide.
    expect(after.own.get(EVEN)).toMatchObject({ position: 1, inConflict: false, decidedFor: "Even Aas" });
    expect(after.own.get(INGRID)).toMatchObject({ position: 2, inConflict: false, decidedFor: "Even Aas" });
  });
});
