import { describe, expect, it } from "vitest";
import { overbookedMessage, planCapacityEdit, termUnder, type CapacityUsageItem } from "./capacity-edit";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-12-02");

function use(over: Partial<CapacityUsageItem> & Pick<CapacityUsageItem, "term" | "lisName">): CapacityUsageItem {
  return { useId: `use-${over.lisName}`, periodId: `period-${over.lisName}`, kind: "BRUKT", start: null, takenAt: day("2026-11-01"), ...over };
}

describe("termUnder: a place's term under another unit", () => {
  it.each([
    [{ term: "2027-V", start: day("2027-03-01") }, "PER_AR", "2027"],
    [{ term: "2027-H", start: day("2027-09-01") }, "PER_AR", "2027"],
    [{ term: "2027", start: day("2027-09-01") }, "PER_SEMESTER", "2027-H"],
    [{ term: "2027", start: day("2027-02-01") }, "HOSTSEMESTER", "2027-V"],
    // Without a start, the first day of the old term decides.
    [{ term: "2027-H", start: null }, "PER_AR", "2027"],
    [{ term: "2027", start: null }, "PER_SEMESTER", "2027-V"],
  ] as const)("%o under %s → %s", (item, unit, term) => {
    expect(termUnder(item, unit)).toBe(term);
  });
});

describe("planCapacityEdit", () => {
  const kari = use({ term: "2027-V", start: day("2027-03-01"), lisName: "Kari Nordmann" });

  it("refuses capacity 0 when a place is used in spring 2027, naming the term and the LIS", () => {
    const plan = planCapacityEdit({ usage: [kari], unit: "PER_SEMESTER", count: 0, today: TODAY });
    expect(plan.overbooked).toEqual([{ term: "2027-V", capacity: 0, used: 1, reserved: 0, lisNames: ["Kari Nordmann"] }]);
    expect(overbookedMessage(plan.overbooked)).toContain("våren 2027 får 0 plasser, men 1 brukt (Kari Nordmann)");
  });

  it("re-keys '2027-V' into '2027' when the unit becomes per år, so the year is not empty", () => {
    const plan = planCapacityEdit({ usage: [kari], unit: "PER_AR", count: 1, today: TODAY });
    expect(plan.rekeyed).toEqual([{ useId: "use-Kari Nordmann", fromTerm: "2027-V", term: "2027", slot: 1 }]);
    expect(plan.overbooked).toEqual([]);
  });

  it("merging both semesters into one year counts both places against the year's capacity", () => {
    const ola = use({ term: "2027-H", start: day("2027-08-01"), lisName: "Ola Hansen", kind: "RESERVERT", takenAt: day("2026-11-15") });
    const plan = planCapacityEdit({ usage: [kari, ola], unit: "PER_AR", count: 1, today: TODAY });
    expect(plan.overbooked).toEqual([{ term: "2027", capacity: 1, used: 1, reserved: 1, lisNames: ["Kari Nordmann", "Ola Hansen"] }]);
    expect(overbookedMessage(plan.overbooked)).toContain("2027 får 1 plass, men 1 brukt og 1 reservert (Kari Nordmann, Ola Hansen)");
    // With two places a year it fits; slots are numbered in the order the places were taken.
    const two = planCapacityEdit({ usage: [ola, kari], unit: "PER_AR", count: 2, today: TODAY });
    expect(two.overbooked).toEqual([]);
    expect(two.rekeyed).toEqual([
      { useId: "use-Kari Nordmann", fromTerm: "2027-V", term: "2027", slot: 1 },
      { useId: "use-Ola Hansen", fromTerm: "2027-H", term: "2027", slot: 2 },
    ]);
  });

  it("a seasonal unit gives 0 places in the other semester", () => {
    const autumn = use({ term: "2027-H", start: day("2027-08-01"), lisName: "Ola Hansen" });
    const plan = planCapacityEdit({ usage: [autumn], unit: "VARSEMESTER", count: 3, today: TODAY });
    expect(plan.overbooked.map((o) => [o.term, o.capacity])).toEqual([["2027-H", 0]]);
  });

  it("compacts slots when capacity is lowered, so no slot is above the new capacity", () => {
    const a = use({ term: "2027-V", lisName: "A", takenAt: day("2026-10-01") });
    const c = use({ term: "2027-V", lisName: "C", takenAt: day("2026-10-03") });
    const plan = planCapacityEdit({ usage: [c, a], unit: "PER_SEMESTER", count: 2, today: TODAY });
    expect(plan.overbooked).toEqual([]);
    expect(plan.rekeyed.map((r) => [r.useId, r.slot])).toEqual([
      ["use-A", 1],
      ["use-C", 2],
    ]);
  });

  it("counts an agreed period without a row once, and not again when a row already holds it", () => {
    const row = use({ term: "2027-V", lisName: "A", periodId: "p1" });
    const sameAgreed = use({ term: "2027-V", lisName: "A", periodId: "p1", useId: null });
    const otherAgreed = use({ term: "2027-V", lisName: "B", periodId: "p2", useId: null });
    const plan = planCapacityEdit({ usage: [sameAgreed, row, otherAgreed], unit: "PER_SEMESTER", count: 1, today: TODAY });
    expect(plan.overbooked).toEqual([{ term: "2027-V", capacity: 1, used: 2, reserved: 0, lisNames: ["A", "B"] }]);
    expect(plan.rekeyed).toHaveLength(1);
  });

  it("does not refuse for terms that have ended (history), but still re-keys their rows", () => {
    const old = use({ term: "2025-V", start: day("2025-02-01"), lisName: "Gammel" });
    const plan = planCapacityEdit({ usage: [old], unit: "PER_AR", count: 0, today: TODAY });
    expect(plan.overbooked).toEqual([]);
    expect(plan.rekeyed).toEqual([{ useId: "use-Gammel", fromTerm: "2025-V", term: "2025", slot: 1 }]);
  });

  it("the current term counts until its last day", () => {
    const now = use({ term: "2026-H", start: day("2026-08-01"), lisName: "Nå" });
    expect(planCapacityEdit({ usage: [now], unit: "PER_SEMESTER", count: 0, today: day("2026-12-31") }).overbooked).toHaveLength(1);
    expect(planCapacityEdit({ usage: [now], unit: "PER_SEMESTER", count: 0, today: day("2027-01-01") }).overbooked).toHaveLength(0);
  });
});
