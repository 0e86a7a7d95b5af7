import { beforeAll, describe, expect, it } from "vitest";
import { scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { listFeWorklist, logWorklistRowsShown } from "@/lib/server/fe/list-fe-worklist";
import { listCoordinatorPlanWork, logPlanWorkRowsShown } from "@/lib/server/plans/list-plan-work";
import { listDepartmentLis, logDepartmentLisShown } from "@/lib/server/people/list-department-lis";
import { feRegistryBatches, filterRegistry, listFeRegistry, listFeRegistryPage, planBucket, type RegistryFilter } from "@/lib/server/fe/list-fe-registry";
import type { AccessScope } from "@/lib/domain/access-scope";

const TOR = "tor.henriksen@eksempel.no"; // regional koordinator, Helse Nord: every registration of the demo
let tor: AccessScope;

beforeAll(async () => {
  await seedDemo();
  tor = await scopeByEmail(TOR, "fe:read", "REGIONAL_KOORDINATOR");
});

const SORTS: RegistryFilter[] = (["navn", "ansiennitet", "spesialitet", "foretak"] as const).flatMap((sort) => [
  { sort, dir: "asc" as const },
  { sort, dir: "desc" as const },
]);

describe("the FE registry in SQL (issue 9 §3)", () => {
  it("filters by plan standing in SQL exactly as the computed standing buckets the rows", async () => {
    const all = await listFeRegistry({ scope: tor });
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const plan of ["gyldig", "utloper", "utlopt", "mangler"] as const) {
      const sql = await listFeRegistry({ scope: tor, filter: { plan } });
      expect({ plan, ids: sql.map((r) => r.registrationId).sort() }).toEqual({ plan, ids: all.filter((r) => planBucket(r.plan) === plan).map((r) => r.registrationId).sort() });
    }
    // Together the buckets are the whole registry.
    const counts = await Promise.all((["gyldig", "utloper", "utlopt", "mangler"] as const).map(async (plan) => (await listFeRegistryPage({ scope: tor, filter: { plan } })).total));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(all.length);
  });

  it("sorts in SQL as the in-memory sort did, and pages and keyset batches add up to the whole list", async () => {
    const all = await listFeRegistry({ scope: tor });
    for (const filter of SORTS) {
      const expected = filterRegistry(all, filter).map((r) => r.name);
      const sql = (await listFeRegistry({ scope: tor, filter })).map((r) => r.name);
      expect({ filter, names: sql }).toEqual({ filter, names: expected });
      const pages: string[] = [];
      for (let page = 1; ; page++) {
        const p = await listFeRegistryPage({ scope: tor, filter, page, pageSize: 3 });
        expect(p.total).toBe(all.length);
        pages.push(...p.items.map((r) => r.name));
        if (page >= p.pageCount) break;
      }
      expect({ filter, names: pages }).toEqual({ filter, names: sql });
      const batched: string[] = [];
      for await (const batch of feRegistryBatches({ scope: tor, filter, batch: 2 })) batched.push(...batch.map((r) => r.name));
      expect({ filter, names: batched }).toEqual({ filter, names: sql });
    }
  });

  it("counts and pages the computed eligibility filter, and lands an out-of-range page on the last", async () => {
    const all = await listFeRegistry({ scope: tor });
    const notEligible = all.filter((r) => !r.eligibility.eligible);
    expect(notEligible.length).toBeGreaterThan(0);
    const page = await listFeRegistryPage({ scope: tor, filter: { eligible: "nei" }, page: 1, pageSize: 50 });
    expect(page.total).toBe(notEligible.length);
    expect(page.items.map((r) => r.registrationId)).toEqual(notEligible.map((r) => r.registrationId));
    const last = await listFeRegistryPage({ scope: tor, page: 99, pageSize: 2 });
    expect(last.page).toBe(Math.ceil(all.length / 2));
    expect(last.items.map((r) => r.registrationId)).toEqual(all.slice((last.page - 1) * 2).map((r) => r.registrationId));
  });
});

describe("access log of the work lists and the leader's LIS list (issue 11 §9)", () => {
  const logged = async (what: "FE_WORKLIST_ROW" | "PLAN_WORKLIST_ROW" | "LIS_LIST_ROW") =>
    testDb().accessLog.findMany({ where: { what }, select: { subjectPersonId: true, entityId: true, viewerRole: true } });

  it("writes one row per LIS shown, in the viewer's role", async () => {
    const marit = await scopeByEmail("marit.sorensen@eksempel.no", "fe:register", "LOKAL_KOORDINATOR");
    const worklist = await listFeWorklist({ scope: marit });
    expect(worklist.length).toBeGreaterThan(0);
    await logWorklistRowsShown(marit, worklist);
    expect((await logged("FE_WORKLIST_ROW")).map((r) => r.entityId).sort()).toEqual(worklist.map((w) => w.employmentId).sort());

    const hilde = await scopeByEmail("hilde.pedersen@eksempel.no", "plan:read", "LOKAL_KOORDINATOR");
    const work = await listCoordinatorPlanWork({ scope: hilde });
    const shown = [...work.awaitingApproval, ...work.expiringSoon, ...work.expired, ...work.overdue];
    expect(shown.length).toBeGreaterThan(0);
    await logPlanWorkRowsShown(hilde, shown);
    const planRows = await logged("PLAN_WORKLIST_ROW");
    expect(planRows.map((r) => r.entityId).sort()).toEqual([...new Set(shown.map((r) => r.employmentId))].sort());
    expect(planRows.every((r) => r.viewerRole === "LOKAL_KOORDINATOR")).toBe(true);

    const kari = await scopeByEmail("kari.johnsen@eksempel.no", "plan:read", "LEDER");
    const departments = await listDepartmentLis({ scope: kari });
    const lis = departments.flatMap((d) => d.lis);
    expect(lis.length).toBeGreaterThan(0);
    await logDepartmentLisShown(kari, departments);
    const lisRows = await logged("LIS_LIST_ROW");
    expect(lisRows.map((r) => r.subjectPersonId).sort()).toEqual(lis.map((l) => l.personId).sort());
    expect(lisRows.every((r) => r.viewerRole === "LEDER")).toBe(true);
  });
});
