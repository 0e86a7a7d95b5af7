import { describe, expect, it } from "vitest";
import { capacityInTerm, capacityStatus, termLabel, termOf, termRange, upcomingTerms } from "./capacity";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("termOf: the term a start date falls in", () => {
  it.each([
    ["2027-01-01", "PER_SEMESTER", "2027-V"],
    ["2027-06-30", "PER_SEMESTER", "2027-V"],
    ["2027-07-01", "PER_SEMESTER", "2027-H"],
    ["2027-12-31", "VARSEMESTER", "2027-H"],
    ["2027-12-31", "PER_AR", "2027"],
    ["2028-01-01", "PER_AR", "2028"],
  ] as const)("%s (%s) → %s", (date, unit, term) => {
    expect(termOf(day(date), unit)).toBe(term);
  });
});

describe("capacity per term", () => {
  it("gives a spring-only agreement places in spring and none in autumn (Helse Bergen plastikkirurgi)", () => {
    expect(capacityInTerm("VARSEMESTER", 1, "2027-V")).toBe(1);
    expect(capacityInTerm("VARSEMESTER", 1, "2027-H")).toBe(0);
    expect(capacityInTerm("HOSTSEMESTER", 2, "2027-H")).toBe(2);
    expect(capacityInTerm("PER_SEMESTER", 2, "2027-H")).toBe(2);
    expect(capacityInTerm("PER_AR", 2, "2027")).toBe(2);
  });

  it("counts used and reserved places and never reports negative free places", () => {
    expect(capacityStatus({ term: "2027-V", unit: "PER_SEMESTER", count: 2, used: 1, reserved: 0 })).toEqual({ term: "2027-V", capacity: 2, used: 1, reserved: 0, free: 1 });
    expect(capacityStatus({ term: "2027-V", unit: "PER_SEMESTER", count: 2, used: 1, reserved: 1 }).free).toBe(0);
    expect(capacityStatus({ term: "2027-H", unit: "VARSEMESTER", count: 1, used: 1, reserved: 0 }).free).toBe(0);
  });

  it("lists upcoming terms, skipping the semester a seasonal agreement does not cover", () => {
    expect(upcomingTerms(day("2026-11-22"), "PER_SEMESTER", 3)).toEqual(["2026-H", "2027-V", "2027-H"]);
    expect(upcomingTerms(day("2026-11-22"), "VARSEMESTER", 2)).toEqual(["2027-V", "2028-V"]);
    expect(upcomingTerms(day("2026-03-01"), "HOSTSEMESTER", 1)).toEqual(["2026-H"]);
    expect(upcomingTerms(day("2026-11-22"), "PER_AR", 2)).toEqual(["2026", "2027"]);
  });

  it("names and bounds terms", () => {
    expect(termLabel("2027-V")).toBe("våren 2027");
    expect(termLabel("2027-H")).toBe("høsten 2027");
    expect(termLabel("2027")).toBe("2027");
    expect(termRange("2027-H")).toEqual({ start: day("2027-07-01"), end: day("2028-01-01") });
    expect(termRange("2027")).toEqual({ start: day("2027-01-01"), end: day("2028-01-01") });
  });
});
