import { describe, expect, it } from "vitest";
import { buildForecast, buildIndicatorReport, forecastCapacity, forecastTerms, forecastWindow, type ForecastAgreement, type IndicatorFacts } from "./index";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const byName = (a: string, b: string) => a.localeCompare(b, "nb");

describe("forecast terms", () => {
  it("covers today's semester and the three after it", () => {
    expect(forecastTerms(day("2027-03-10"))).toEqual(["2027-V", "2027-H", "2028-V", "2028-H"]);
    expect(forecastTerms(day("2027-06-30"))).toEqual(["2027-V", "2027-H", "2028-V", "2028-H"]);
    expect(forecastTerms(day("2027-07-01"))).toEqual(["2027-H", "2028-V", "2028-H", "2029-V"]);
    expect(forecastWindow(forecastTerms(day("2027-12-31")))).toEqual({ start: day("2027-07-01"), end: day("2029-07-01") });
  });
});

describe("forecast capacity of one fagavtale in one semester", () => {
  const base = { count: 2, validFrom: day("2026-01-01"), validTo: null };
  it("gives a semester agreement's places in each semester, a seasonal one's only in its own", () => {
    expect(forecastCapacity({ ...base, unit: "PER_SEMESTER" }, "2027-V")).toBe(2);
    expect(forecastCapacity({ ...base, unit: "VARSEMESTER" }, "2027-V")).toBe(2);
    expect(forecastCapacity({ ...base, unit: "VARSEMESTER" }, "2027-H")).toBe(0);
    expect(forecastCapacity({ ...base, unit: "HOSTSEMESTER" }, "2027-H")).toBe(2);
  });
  it("splits a yearly agreement's places evenly between the semesters", () => {
    expect(forecastCapacity({ ...base, unit: "PER_AR" }, "2027-V")).toBe(1);
    expect(forecastCapacity({ ...base, count: 1, unit: "PER_AR" }, "2027-H")).toBe(0.5);
  });
  it("gives nothing outside the agreement's validity (validTo exclusive, validFrom before the semester ends)", () => {
    const a = { ...base, unit: "PER_SEMESTER" as const, validFrom: day("2027-06-30"), validTo: day("2028-01-01") };
    expect(forecastCapacity(a, "2027-V")).toBe(2); // valid from the semester's last day
    expect(forecastCapacity(a, "2027-H")).toBe(2);
    expect(forecastCapacity(a, "2028-V")).toBe(0); // ended when the semester began
    expect(forecastCapacity({ ...a, validFrom: day("2027-07-01") }, "2027-V")).toBe(0);
  });
});

describe("buildForecast", () => {
  const terms = ["2027-V", "2027-H"];
  const agreements: ForecastAgreement[] = [
    { specialty: "Øyesykdommer", unit: "PER_SEMESTER", count: 1, validFrom: day("2026-01-01"), validTo: null },
    { specialty: "Anestesiologi", unit: "PER_SEMESTER", count: 1, validFrom: day("2026-01-01"), validTo: null },
    { specialty: "Anestesiologi", unit: "PER_AR", count: 1, validFrom: day("2026-01-01"), validTo: null },
  ];
  const rows = buildForecast({
    terms,
    demand: [
      { specialty: "Anestesiologi", term: "2027-V", agreed: 1, wished: 1, planned: 1 },
      { specialty: "Barnekirurgi", term: "2027-H", agreed: 0, wished: 0, planned: 2 },
    ],
    agreements,
    compare: byName,
  });

  it("has one row per specialty with a need or an agreement and term, in Norwegian order", () => {
    expect(rows.map((r) => [r.specialty, r.term])).toEqual([
      ["Anestesiologi", "2027-V"],
      ["Anestesiologi", "2027-H"],
      ["Barnekirurgi", "2027-V"],
      ["Barnekirurgi", "2027-H"],
      ["Øyesykdommer", "2027-V"],
      ["Øyesykdommer", "2027-H"],
    ]);
  });

  it("sums the sources into the need and sets it against the summed capacity", () => {
    // Anestesiologi våren 2027: need 3 against 1 + ½ = 1,5 → short 1,5.
    expect(rows[0]).toEqual({ specialty: "Anestesiologi", term: "2027-V", agreed: 1, wished: 1, planned: 1, need: 3, capacity: 1.5, shortfall: 1.5, unused: 0 });
    // Høsten: no need, 1,5 places unused.
    expect(rows[1]).toMatchObject({ need: 0, capacity: 1.5, shortfall: 0, unused: 1.5 });
    // Barnekirurgi has no fagavtale: the whole need is missing.
    expect(rows[3]).toMatchObject({ need: 2, capacity: 0, shortfall: 2, unused: 0 });
    expect(rows[4]).toMatchObject({ need: 0, capacity: 1, shortfall: 0, unused: 1 });
  });

  it("is empty with no need and no agreement", () => {
    expect(buildForecast({ terms, demand: [], agreements: [], compare: byName })).toEqual([]);
  });

  it("becomes a report table with its method, picture and a summary naming the largest shortfall", () => {
    const facts: IndicatorFacts = { plans: [], queueTime: [], waiting: [], capacity: [], offers: { byStatus: {}, deviated: 0 }, forecast: rows };
    const report = buildIndicatorReport({ scopeKind: "TRUST", scopeId: "x", scopeName: "X", today: day("2027-03-10"), facts });
    const table = report.tables.find((t) => t.id === "prognose")!;
    expect(table.rows[0]).toEqual(["Anestesiologi", "våren 2027", 1, 1, 1, 3, 1.5, 1.5, 0]);
    expect(table.summary).toBe(
      "Fra våren 2027 til og med høsten 2027 ventes 5 starter i spesialiseringsperioder mot 5 avtalte plasser. 2 av 6 spesialitet-semestre mangler plasser (3,5 i alt); størst mangel: Barnekirurgi, høsten 2027 (2).",
    );
    expect(table.definition).toContain("halvparten");
    expect(table.chart).toEqual({ label: 0, sublabel: 1, series: [5, 6], rows: [0, 1, 2, 3, 4, 5] });
    expect(report.keyFigures.find((f) => f.id === "prognose-mangler")?.value).toBe(3.5);
    const empty = buildIndicatorReport({ scopeKind: "TRUST", scopeId: "x", scopeName: "X", today: day("2027-03-10"), facts: { ...facts, forecast: [] } });
    expect(empty.tables.find((t) => t.id === "prognose")!.summary).toBe("Ingen planlagte perioder, ønsker eller fagavtaler å lage prognose av.");
  });
});
