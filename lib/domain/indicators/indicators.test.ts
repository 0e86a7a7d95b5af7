import { describe, expect, it } from "vitest";
import { approvedWithinDeadline, buildIndicatorReport, groupDays, OFFER_INDICATOR, PLAN_DEADLINE_INDICATOR, PLAN_STATUS_INDICATOR, planIndicatorCategory, snapshotFigure, SNAPSHOT_FIGURE_TEXT, SMALL_GROUP_LIMIT, SUPPRESSED_CELL, type IndicatorFacts } from "./index";

const NOW = new Date("2026-03-10T09:00:00.000Z");
const start = new Date("2026-01-05T00:00:00.000Z"); // deadline 4 weeks later: 2026-02-02

describe("plan indicator classification", () => {
  it("sorts approved plans by expiry against today, 30 days inclusive", () => {
    const cat = (expires: string) => planIndicatorCategory({ approvedExpiresAt: new Date(expires), employmentStart: start, deadlineWeeks: 4, now: NOW });
    expect(cat("2026-04-09T09:00:00.000Z")).toBe("UTLOPER_SNART"); // exactly 30 days
    expect(cat("2026-04-09T09:00:00.001Z")).toBe("GYLDIG");
    expect(cat("2026-03-10T09:00:00.000Z")).toBe("UTLOPT"); // expires now
    expect(cat("2026-03-10T09:00:00.001Z")).toBe("UTLOPER_SNART");
  });

  it("counts a missing plan as past the deadline from the deadline day on", () => {
    const cat = (now: string) => planIndicatorCategory({ approvedExpiresAt: null, employmentStart: start, deadlineWeeks: 4, now: new Date(now) });
    expect(cat("2026-02-01T23:59:59.999Z")).toBe("MANGLER_INNEN_FRIST");
    expect(cat("2026-02-02T00:00:00.000Z")).toBe("MANGLER_OVER_FRIST");
  });

  it("counts a plan approved on the deadline day as within it, the next day as late", () => {
    const within = (at: string) => approvedWithinDeadline({ firstApprovedAt: new Date(at), employmentStart: start, deadlineWeeks: 4 });
    expect(within("2026-02-02T22:59:00.000Z")).toBe(true);
    expect(within("2026-02-03T00:00:00.000Z")).toBe(false);
  });
});

describe("indicator compute", () => {
  const facts = { GYLDIG: 5, UTLOPER_SNART: 2, UTLOPT: 1, MANGLER_OVER_FRIST: 1, MANGLER_INNEN_FRIST: 1, approvedTotal: 8, approvedWithinDeadline: 6 };

  it("gives shares of the current employments that sum to the total", () => {
    const rows = PLAN_STATUS_INDICATOR.compute(facts);
    expect(rows.map((r) => [r.count, r.share])).toEqual([
      [5, 0.5],
      [2, 0.2],
      [1, 0.1],
      [1, 0.1],
      [1, 0.1],
      [10, 1],
    ]);
    expect(PLAN_DEADLINE_INDICATOR.compute(facts).map((r) => r.share)).toEqual([0.75, 0.25]);
  });

  it("shows no share (not 0 %) when nothing is counted", () => {
    const empty = { GYLDIG: 0, UTLOPER_SNART: 0, UTLOPT: 0, MANGLER_OVER_FRIST: 0, MANGLER_INNEN_FRIST: 0, approvedTotal: 0, approvedWithinDeadline: 0 };
    expect(PLAN_STATUS_INDICATOR.compute(empty).every((r) => r.share === null)).toBe(true);
    expect(OFFER_INDICATOR.compute({ byStatus: {}, deviated: 0 }).every((r) => r.count === 0 && r.share === null)).toBe(true);
  });

  it("counts offers by status and deviations from the top candidate", () => {
    const rows = OFFER_INDICATOR.compute({ byStatus: { TILBUDT: 1, AKSEPTERT: 2, AVSLATT: 1 }, deviated: 1 });
    expect(rows.find((r) => r.label === "Tilbud i alt")?.count).toBe(4);
    expect(rows.find((r) => r.label === "Akseptert")?.share).toBe(0.5);
    expect(rows.find((r) => r.label === "Avvik fra øverste kandidat")?.share).toBe(0.25);
    expect(OFFER_INDICATOR.definition.length).toBeGreaterThan(20);
  });
});

describe("small groups' waiting times (decision 0025)", () => {
  const facts = (size: number): IndicatorFacts => ({
    plans: [],
    queueTime: [
      { specialty: "Kirurgi", receiving: "B", agreed: size, medianDays: 100.4, p90Days: 200.6 },
      { specialty: null, receiving: null, agreed: size + SMALL_GROUP_LIMIT, medianDays: 90, p90Days: 180 },
    ],
    waiting: [
      { specialty: "Kirurgi", receiving: "B", waiting: size, medianDays: 50, longestDays: 70 },
      { specialty: null, receiving: null, waiting: size, medianDays: 50, longestDays: 70 },
    ],
    capacity: [],
    offers: { byStatus: {}, deviated: 0 },
    forecast: [],
  });
  const report = (size: number) => buildIndicatorReport({ scopeKind: "TRUST", scopeId: "x", scopeName: "X", today: NOW, facts: facts(size) });
  const rows = (size: number, id: string) => report(size).tables.find((t) => t.id === id)!.rows;

  it("hides the times of a group of one up to the limit, and shows them from the limit on", () => {
    expect(groupDays(0, null)).toBeNull();
    expect(groupDays(1, 12.4)).toBe(SUPPRESSED_CELL);
    expect(groupDays(SMALL_GROUP_LIMIT - 1, 12.4)).toBe(SUPPRESSED_CELL);
    expect(groupDays(SMALL_GROUP_LIMIT, 12.5)).toBe(13);
    const one = SMALL_GROUP_LIMIT - 1;
    expect(rows(one, "ko-tid")).toEqual([
      ["Kirurgi", "B", one, SUPPRESSED_CELL, SUPPRESSED_CELL],
      ["Alle", "Alle", one + SMALL_GROUP_LIMIT, 90, 180],
    ]);
    expect(rows(one, "venter-na")[0]).toEqual(["Kirurgi", "B", one, SUPPRESSED_CELL, SUPPRESSED_CELL]);
    expect(rows(SMALL_GROUP_LIMIT, "ko-tid")[0]).toEqual(["Kirurgi", "B", SMALL_GROUP_LIMIT, 100, 201]);
    expect(rows(SMALL_GROUP_LIMIT, "venter-na")[0]).toEqual(["Kirurgi", "B", SMALL_GROUP_LIMIT, 50, 70]);
  });

  it("draws only the groups whose times are shown, and keeps a small total's median out of the key figures", () => {
    expect(report(SMALL_GROUP_LIMIT - 1).tables.find((t) => t.id === "ko-tid")!.chart!.rows).toEqual([]);
    expect(report(SMALL_GROUP_LIMIT).tables.find((t) => t.id === "ko-tid")!.chart!.rows).toEqual([0]);
    expect(report(SMALL_GROUP_LIMIT - 1).keyFigures.find((f) => f.id === "ko-median")!.value).toBe(90);
    const smallTotal = buildIndicatorReport({ scopeKind: "TRUST", scopeId: "x", scopeName: "X", today: NOW, facts: { ...facts(1), queueTime: [{ specialty: null, receiving: null, agreed: 1, medianDays: 9, p90Days: 9 }] } });
    expect(smallTotal.keyFigures.find((f) => f.id === "ko-median")!.value).toBeNull();
  });
});

describe("a key figure in the last snapshot", () => {
  const figures = [{ id: "venter", value: 2 }];
  it("is the stored figure, or says why there is none", () => {
    expect(snapshotFigure(figures, "venter")).toEqual({ kind: "VERDI", figure: { id: "venter", value: 2 } });
    // A snapshot from before the forecast's key figure existed.
    expect(snapshotFigure(figures, "prognose-mangler")).toEqual({ kind: "IKKE_BEREGNET" });
    expect(SNAPSHOT_FIGURE_TEXT.IKKE_BEREGNET).toBe("ikke beregnet da øyeblikksbildet ble tatt");
    expect(snapshotFigure(null, "venter")).toEqual({ kind: "INGEN_OYEBLIKKSBILDE" });
  });
});
