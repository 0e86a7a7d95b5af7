import { beforeAll, describe, expect, it, vi } from "vitest";
import { scopeByEmail, seedDemo } from "../helpers/db";
import { dayInputValue, formatDay, INVALID_DATE_TEXT } from "@/lib/format";

/**
 * Issue 11 §5: "a plan saved with 'til og med 31.12.9999' is stored as 10000-01-01; from then on its
 * page answers 500". The CHECK constraints now keep such values out of the database
 * (tests/integration/database-constraints.test.ts), so this test hands the plan page's service an
 * out-of-range Date the way the driver would: the real query, with the first period's end replaced.
 * The page must still load, and show the date as "ugyldig dato" with an empty field to correct it.
 */
const poison = { endDate: null as Date | null };

vi.mock("@/lib/server/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/db")>();
  const db = new Proxy(real.db, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property !== "plan") return value;
      return new Proxy(value as object, {
        get(delegate, method) {
          const fn = Reflect.get(delegate, method) as (...args: unknown[]) => Promise<unknown>;
          if (method !== "findFirst") return fn;
          return async (...args: unknown[]) => {
            const plan = (await fn(...args)) as { versions: { periods: { endDate: Date }[] }[] } | null;
            const period = plan?.versions[0]?.periods[0];
            if (period && poison.endDate) period.endDate = poison.endDate;
            return plan;
          };
        },
      });
    },
  });
  return { ...real, db };
});

const { getPlanWorkspace } = await import("@/lib/server/plans/get-plan-workspace");

const KARI = "kari.johnsen@eksempel.no"; // leder NLSH nevrologi
const THOMAS_EMPLOYMENT = "seed-employment-thomas"; // approved plan with periods

beforeAll(async () => {
  await seedDemo();
});

describe("a stored date out of range does not crash the plan page", () => {
  for (const [label, endDate] of [
    ["year 10000 (31.12.9999 til og med)", new Date(Date.UTC(10000, 0, 1))],
    ["an invalid Date", new Date(Number.NaN)],
  ] as const) {
    it(`${label}: the workspace loads and the period's end is shown as ugyldig dato, its field empty`, async () => {
      poison.endDate = endDate;
      const scope = await scopeByEmail(KARI, "plan:read", "LEDER");
      for (const view of ["page", "print"] as const) {
        const ws = await getPlanWorkspace({ scope, employmentId: THOMAS_EMPLOYMENT, view });
        const period = ws.versions.flatMap((v) => v.periods).find((p) => p.endDate === endDate);
        expect(period).toBeDefined();
        expect(formatDay(period!.endDate)).toBe(INVALID_DATE_TEXT);
        expect(dayInputValue(period!.endDate)).toBe("");
        // The last day is the day before: still not a date the page can show, unless it falls back to 31.12.9999.
        expect([INVALID_DATE_TEXT, "31.12.9999"]).toContain(formatDay(period!.lastDate));
      }
      poison.endDate = null;
    });
  }
});
