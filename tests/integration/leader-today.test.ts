// Issue 10 §2: the home leader's start page lists each LIS with the action needed from the leader and
// its deadline, and each LIS's needs, wishes and agreed periods; scoped to the leader's departments.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { scopeByEmail, seedDemo } from "../helpers/db";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { listDepartmentLis } = await import("@/lib/server/people/list-department-lis");

const NOW = new Date("2026-03-10T09:00:00.000Z");
const KARI = "kari.johnsen@eksempel.no"; // Nevrologisk avdeling, NLSH: Ida Karlsen's leader
const BJORN = "bjorn.olsen@eksempel.no"; // Medisinsk avdeling, NLSH
const list = async (email: string) => listDepartmentLis({ scope: await scopeByEmail(email, "plan:read", "LEDER"), now: NOW });

beforeAll(async () => {
  await seedDemo(NOW);
});

describe("the home leader's actions", () => {
  it("Ida's leader sees that Ida's first plan is past its deadline, as an action with a negative number of days", async () => {
    const departments = await list(KARI);
    const ida = departments.flatMap((d) => d.lis).find((l) => l.name === "Ida Karlsen");
    expect(ida).toBeDefined();
    expect(ida!.actions.length).toBeGreaterThan(0);
    const plan = ida!.actions.find((a) => a.where === "PLAN")!;
    expect(["LAG_PLAN", "SIGNER_PLAN"]).toContain(plan.kind);
    expect(plan.days).toBeLessThan(0);
    expect(plan.dueText).toMatch(/over fristen/);
  });

  it("another department's leader of the same trust sees nothing of Ida", async () => {
    const departments = await list(BJORN);
    expect(departments.flatMap((d) => d.lis).map((l) => l.name)).not.toContain("Ida Karlsen");
  });

  it("a LIS with a valid plan and nothing pending asks nothing of the leader; periods are listed with the LIS", async () => {
    const all = [...(await list(KARI)), ...(await list(BJORN)), ...(await list("eirik.strand@eksempel.no")), ...(await list("solveig.moe@eksempel.no"))].flatMap((d) => d.lis);
    const valid = all.filter((l) => l.plan.kind === "GYLDIG" && !l.plan.expiringSoon && !l.plan.pendingRevision);
    expect(valid.length).toBeGreaterThan(0);
    for (const l of valid) expect(l.actions.filter((a) => a.where === "PLAN"), l.name).toEqual([]);
    // Somebody in these departments has a need or wish on record, shown with its partner.
    const withPeriods = all.filter((l) => l.periods.length > 0);
    expect(withPeriods.length).toBeGreaterThan(0);
    for (const p of withPeriods.flatMap((l) => l.periods)) expect(p.status).not.toBe("GJENNOMFORT");
  });
});

describe("the receiving leader's overview (issue 10 §3)", () => {
  it("Kristoffer (UNN, Gastroenterologisk kirurgi) sees his department's fagavtaler with capacity and queue per term; Kari (no læringsarena) sees none", async () => {
    const { getReceivingOverview, RECEIVING_TERMS } = await import("@/lib/server/fagavtaler/get-receiving-overview");
    const overview = await getReceivingOverview({ scope: await scopeByEmail("kristoffer.lund@eksempel.no", "fagavtale:read", "LEDER"), now: NOW });
    expect(overview.length).toBeGreaterThan(0);
    for (const a of overview) {
      expect(a.terms).toHaveLength(RECEIVING_TERMS);
      for (const t of a.terms) {
        expect(t.free).toBe(Math.max(0, t.capacity - t.used - t.reserved));
        expect(t.waiting).toBeGreaterThanOrEqual(0);
      }
    }
    // Somebody waits for a place under his agreements in the demo data (Mathias, Jonas …).
    expect(overview.flatMap((a) => a.terms).reduce((n, t) => n + t.waiting, 0)).toBeGreaterThan(0);
    expect(await getReceivingOverview({ scope: await scopeByEmail(KARI, "fagavtale:read", "LEDER"), now: NOW })).toEqual([]);
  });
});
