import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, firstOfMonth, isoDay, monthsBetween, MS_PER_DAY, osloToday } from "./calendar";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("osloToday", () => {
  it.each([
    // Winter (CET, UTC+1): Oslo's midnight is 23:00 UTC the day before.
    ["2026-01-14T22:59:59Z", "2026-01-14"],
    ["2026-01-14T23:00:00Z", "2026-01-15"],
    // Summer (CEST, UTC+2): 22:00 UTC.
    ["2026-07-14T21:59:59Z", "2026-07-14"],
    ["2026-07-14T22:00:00Z", "2026-07-15"],
    // DST starts 29 Mar 2026 at 01:00 UTC (02:00 → 03:00 in Oslo).
    ["2026-03-28T22:59:59Z", "2026-03-28"],
    ["2026-03-28T23:00:00Z", "2026-03-29"],
    ["2026-03-29T00:59:59Z", "2026-03-29"],
    ["2026-03-29T01:00:00Z", "2026-03-29"],
    ["2026-03-29T21:59:59Z", "2026-03-29"],
    ["2026-03-29T22:00:00Z", "2026-03-30"],
    // DST ends 25 Oct 2026 at 01:00 UTC (03:00 → 02:00): that day is 25 hours long in Oslo.
    ["2026-10-24T21:59:59Z", "2026-10-24"],
    ["2026-10-24T22:00:00Z", "2026-10-25"],
    ["2026-10-25T22:59:59Z", "2026-10-25"],
    ["2026-10-25T23:00:00Z", "2026-10-26"],
    // New Year and a leap day.
    ["2026-12-31T23:00:00Z", "2027-01-01"],
    ["2028-02-28T23:30:00Z", "2028-02-29"],
  ])("%s is %s in Oslo", (instant, expected) => {
    const today = osloToday(at(instant));
    expect(isoDay(today)).toBe(expected);
    expect(today.getUTCHours()).toBe(0);
  });
});

describe("addMonths", () => {
  it.each([
    ["2026-01-15T00:00:00Z", 12, "2027-01-15T00:00:00.000Z"],
    ["2026-01-31T00:00:00Z", 1, "2026-02-28T00:00:00.000Z"],
    ["2028-01-31T00:00:00Z", 1, "2028-02-29T00:00:00.000Z"],
    ["2024-02-29T00:00:00Z", 12, "2025-02-28T00:00:00.000Z"],
    ["2024-02-29T00:00:00Z", 48, "2028-02-29T00:00:00.000Z"],
    ["2027-02-28T00:00:00Z", 12, "2028-02-28T00:00:00.000Z"],
    ["2026-11-30T10:30:00Z", 3, "2027-02-28T10:30:00.000Z"],
    ["2026-03-31T00:00:00Z", -1, "2026-02-28T00:00:00.000Z"],
    ["2026-01-15T00:00:00Z", -13, "2024-12-15T00:00:00.000Z"],
    ["2026-08-31T00:00:00Z", 0, "2026-08-31T00:00:00.000Z"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(addMonths(at(from), months).toISOString()).toBe(expected);
  });
});

describe("monthsBetween", () => {
  it.each([
    ["2025-01-15", "2025-03-14", 1],
    ["2025-01-15", "2025-03-15", 2],
    ["2025-03-01", "2025-01-01", -2],
    ["2026-01-01", "2026-07-01", 6],
    ["2026-01-01", "2026-06-30", 5],
    ["2026-01-31", "2026-02-28", 1], // clamped month end counts as a whole month
    ["2026-01-31", "2026-02-27", 0],
    ["2028-01-31", "2028-02-28", 0], // a leap year: 31 Jan + 1 month is 29 Feb
    ["2028-01-31", "2028-02-29", 1],
    ["2024-02-29", "2025-02-28", 12],
    ["2026-05-10", "2026-05-10", 0],
  ])("%s → %s is %i", (a, b, expected) => {
    expect(monthsBetween(day(a), day(b))).toBe(expected);
  });

  it("agrees with addMonths: addMonths(a, monthsBetween(a, b)) ≤ b < addMonths(a, monthsBetween(a, b) + 1)", () => {
    for (let i = 0; i < 400; i++) {
      const a = addDays(day("2027-01-01"), (i * 37) % 500);
      const b = addDays(a, (i * 53) % 900);
      const m = monthsBetween(a, b);
      expect(addMonths(a, m).getTime()).toBeLessThanOrEqual(b.getTime());
      expect(addMonths(a, m + 1).getTime()).toBeGreaterThan(b.getTime());
    }
  });
});

describe("days", () => {
  it("adds whole days to calendar dates across DST changes (UTC midnight stays midnight)", () => {
    expect(isoDay(addDays(day("2026-03-28"), 2))).toBe("2026-03-30");
    expect(addDays(day("2026-10-24"), 2).getUTCHours()).toBe(0);
    expect(isoDay(addDays(day("2028-03-01"), -1))).toBe("2028-02-29");
    expect(daysBetween(day("2026-03-28"), day("2026-03-30"))).toBe(2);
    expect(daysBetween(day("2026-12-31"), day("2026-01-01"))).toBe(-364);
    expect(MS_PER_DAY).toBe(86_400_000);
  });

  it("first of month", () => {
    expect(isoDay(firstOfMonth(at("2026-02-28T23:59:59Z")))).toBe("2026-02-01");
  });
});
