import { beforeAll, describe, expect, it } from "vitest";
import { scopeByEmail, seedDemo } from "../helpers/db";
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
