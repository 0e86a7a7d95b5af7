// Issue 13 §3: Min side's timeline has the plan's own periods in their lane, as the plan page does:
// each plan's approved version, else its open one, and nothing from versions the plan page does not show.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { addMonths } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { getMinSide } = await import("@/lib/server/people/get-min-side");

const THOMAS = "thomas.andreassen@eksempel.no"; // approved plan (version 1), one completed period, one need
const NOW = new Date();
const db = () => testDb();
const planLane = async (email: string) => {
  const side = await getMinSide({ scope: await scopeByEmail(email, "person:read", "LIS"), now: NOW });
  return side.timeline.lanes.find((l) => l.key === "PLAN")?.segments ?? [];
};
const periodIdsOf = async (versionId: string) => (await db().planPeriod.findMany({ where: { versionId }, select: { id: true } })).map((p) => p.id).sort();

let planId = "";
let approvedId = "";

beforeAll(async () => {
  await seedDemo(NOW);
  const plan = await db().plan.findFirstOrThrow({ where: { employment: { person: { email: THOMAS } } }, include: { versions: { orderBy: { versionNumber: "desc" } } } });
  planId = plan.id;
  approvedId = plan.versions.find((v) => v.status === "GODKJENT")!.id;
});

describe("Min side's timeline: the plan lane (issue 13 §3)", () => {
  it("shows the approved version's periods, home and away, with the plan's labels", async () => {
    const lane = await planLane(THOMAS);
    const expected = await periodIdsOf(approvedId);
    expect(expected.length).toBeGreaterThan(0);
    expect(lane.map((s) => s.id).sort()).toEqual(expected);
    const rows = await db().planPeriod.findMany({ where: { versionId: approvedId }, include: { department: true, fagavtale: { include: { partnerOrganisation: true } } } });
    // Home and away, each in its category, labelled as the plan labels its læringsarena.
    expect(new Set(lane.map((s) => s.category))).toEqual(new Set(["PLAN_HJEMME", "PLAN_PERIODE"]));
    for (const row of rows) {
      const segment = lane.find((s) => s.id === row.id)!;
      expect(segment.category).toBe(row.kind === "HJEMME" ? "PLAN_HJEMME" : "PLAN_PERIODE");
      expect(segment.label).toBe(row.fagavtale ? `${row.fagavtale.arenaName}, ${row.fagavtale.partnerOrganisation.name}` : row.department!.name);
    }
  });

  it("keeps showing the approved version while a revision is in draft, and the draft once no version is approved", async () => {
    const thomas = await db().person.findUniqueOrThrow({ where: { email: THOMAS } });
    const versionCount = await db().planVersion.count({ where: { planId } });
    const department = await db().department.findFirstOrThrow({ where: { employments: { some: { personId: thomas.id } } } });
    const start = new Date(Date.UTC(NOW.getUTCFullYear() + 1, 0, 1));
    const draft = await db().planVersion.create({
      data: {
        planId,
        versionNumber: versionCount + 1,
        status: "UTKAST",
        createdById: thomas.id,
        periods: { create: [{ kind: "HJEMME", departmentId: department.id, startDate: start, endDate: addMonths(start, 6) }] },
      },
      include: { periods: true },
    });
    expect((await planLane(THOMAS)).map((s) => s.id).sort()).toEqual(await periodIdsOf(approvedId));

    // With the approval replaced (no approved version left), the open version is the one shown.
    await db().planVersion.update({ where: { id: approvedId }, data: { status: "ERSTATTET" } });
    const lane = await planLane(THOMAS);
    expect(lane.map((s) => s.id)).toEqual([draft.periods[0]!.id]);
    expect(lane[0]!.label).toBe(department.name);
  });

  it("has no plan lane for a LIS without a plan version", async () => {
    const lis = await db().person.findFirst({
      where: { roles: { some: { role: "LIS" } }, employments: { some: {} }, NOT: { employments: { some: { plan: { versions: { some: {} } } } } } },
      select: { email: true },
    });
    expect(lis).not.toBeNull();
    expect(await planLane(lis!.email)).toEqual([]);
  });
});
