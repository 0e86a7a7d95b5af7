import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { addMonths, isoDay, osloToday } from "@/lib/domain/calendar";
import { GOAL_NOT_COVERED, GOALS_NOT_STARTED } from "@/lib/domain/period-goals";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { markPeriodGoals } = await import("@/lib/actions/periods/mark-period-goals");
const { loadPeriodGoals } = await import("@/lib/server/periods/load-period-goals");

const MATHIAS = "mathias.hansen@eksempel.no"; // LIS, Finnmark; his UNN period runs at Gastroenterologisk kirurgi
const KRISTOFFER = "kristoffer.lund@eksempel.no"; // leder, Gastroenterologisk kirurgi UNN: the receiving leader
const RAGNHILD = "ragnhild.johansen@eksempel.no"; // leder, Kirurgisk avdeling Finnmark: Mathias's home leader
const KARI = "kari.johnsen@eksempel.no"; // leder, Nevrologi NLSH: neither side
const ANDERS = "anders.haetta@eksempel.no"; // lokal koordinator, Finnmark
const PERIOD = "seed-periode-mathias-unn";
// The Finnmark → UNN generell kirurgi fagavtale covers GENKIR-02, -03 and -05.
const G2 = "seed-goal-genkir-02";
const G3 = "seed-goal-genkir-03";
const G5 = "seed-goal-genkir-05";
const db = () => testDb();

async function marks() {
  return (await db().periodGoalReached.findMany({ where: { spesialiseringsperiodeId: PERIOD }, orderBy: { learningGoalId: "asc" } })).map((m) => [m.learningGoalId, m.markedRole]);
}

describe("learning goals during a spesialiseringsperiode (issue 14 §7)", () => {
  beforeAll(async () => {
    await seedDemo();
    // Mathias's period is in progress: it started last month.
    const start = addMonths(osloToday(new Date()), -1);
    await db().spesialiseringsperiode.update({ where: { id: PERIOD }, data: { status: "PAGAR", agreedStart: start, agreedEnd: addMonths(start, 6) } });
  });

  it("lets the LIS mark a goal reached, and the receiving leader another, each on record with their role", async () => {
    actAs(await actorByEmail(MATHIAS));
    expect(await markPeriodGoals({ periodId: PERIOD, reached: G2 })).toMatchObject({ ok: true, message: "Læringsmålene er lagret." });
    actAs(await actorByEmail(KRISTOFFER));
    expect(await markPeriodGoals({ periodId: PERIOD, reached: [G2, G3] })).toMatchObject({ ok: true });
    expect(await marks()).toEqual([
      [G2, "LIS"],
      [G3, "LEDER"],
    ]);
    const audits = await db().auditLog.findMany({ where: { action: "periode-laeringsmal-markert", entityId: PERIOD }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.actorRole, a.data])).toEqual([
      ["LIS", expect.objectContaining({ nadd: [G2], ikkeNadd: [] })],
      ["LEDER", expect.objectContaining({ nadd: [G3], ikkeNadd: [] })],
    ]);
    // The period shows every covered goal, with who marked the reached ones and when.
    const goals = (await loadPeriodGoals([PERIOD])).get(PERIOD)!;
    expect(goals.map((g) => [g.id, g.reached?.by ?? null])).toEqual([
      [G2, "Mathias Hansen"],
      [G3, "Kristoffer Lund"],
      [G5, null],
    ]);
    expect(isoDay(goals[0]!.reached!.on)).toBe(isoDay(osloToday(new Date())));
  });

  it("unticks a goal: the whole set is sent, the difference written", async () => {
    actAs(await actorByEmail(MATHIAS));
    expect(await markPeriodGoals({ periodId: PERIOD, reached: [G3] })).toMatchObject({ ok: true });
    expect(await marks()).toEqual([[G3, "LEDER"]]);
    // Saving the same set again writes nothing.
    const before = await db().auditLog.count();
    expect(await markPeriodGoals({ periodId: PERIOD, reached: [G3] })).toMatchObject({ ok: true });
    expect(await db().auditLog.count()).toBe(before);
  });

  it("refuses the home leader, another department's leader (not found), a coordinator (forbidden) and absurd input, changing nothing", async () => {
    const before = JSON.stringify(await marks());
    const audits = await db().auditLog.count();
    for (const email of [RAGNHILD, KARI]) {
      actAs(await actorByEmail(email));
      expect(await markPeriodGoals({ periodId: PERIOD, reached: [G2] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    actAs(await actorByEmail(ANDERS));
    expect(await markPeriodGoals({ periodId: PERIOD, reached: [G2] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await actorByEmail(MATHIAS));
    expect(await markPeriodGoals({ periodId: PERIOD, reached: ["seed-goal-plast-03"] })).toMatchObject({ ok: false, code: "RULE", message: GOAL_NOT_COVERED });
    expect(await markPeriodGoals({ periodId: PERIOD, reached: [""] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await markPeriodGoals({ periodId: PERIOD, reached: Array.from({ length: 500 }, (_, i) => `g${i}`) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await markPeriodGoals({ periodId: PERIOD, reached: { a: 1 } })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(JSON.stringify(await marks())).toBe(before);
    expect(await db().auditLog.count()).toBe(audits);
  });

  it("refuses a period that has not started", async () => {
    const start = addMonths(osloToday(new Date()), 2);
    await db().spesialiseringsperiode.update({ where: { id: PERIOD }, data: { status: "AVTALT", agreedStart: start, agreedEnd: addMonths(start, 6) } });
    actAs(await actorByEmail(MATHIAS));
    expect(await markPeriodGoals({ periodId: PERIOD, reached: [G2] })).toMatchObject({ ok: false, code: "CONFLICT", message: GOALS_NOT_STARTED });
  });
});
