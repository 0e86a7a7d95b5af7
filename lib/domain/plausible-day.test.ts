import { describe, expect, it } from "vitest";
import { parsePlausibleDay } from "./plausible-day";

describe("parsePlausibleDay", () => {
  it.each([
    ["2027-02-01", "2027-02-01"],
    ["1.2.2027", "2027-02-01"],
    ["29.02.2028", "2028-02-29"],
    [" 2000-01-01 ", "2000-01-01"],
    ["2100-12-31", "2100-12-31"],
  ])("%j → %s", (input, expected) => {
    const result = parsePlausibleDay(input);
    expect(result.ok && result.day.toISOString().slice(0, 10)).toBe(expected);
  });

  it.each([
    ["2026-02-30", "NO_SUCH_DAY"],
    ["2027-02-29", "NO_SUCH_DAY"],
    ["31.04.2027", "NO_SUCH_DAY"],
    ["2027-13-01", "NO_SUCH_DAY"],
    ["0000-01-01", "OUT_OF_RANGE"],
    ["0001-01-01", "OUT_OF_RANGE"],
    ["1900-01-01", "OUT_OF_RANGE"],
    ["1999-12-31", "OUT_OF_RANGE"],
    ["2101-01-01", "OUT_OF_RANGE"],
    ["9999-12-31", "OUT_OF_RANGE"],
    ["10000-01-01", "FORMAT"],
    ["2027-2-1", "FORMAT"],
    ["2027-02-01T00:00", "FORMAT"],
    ["", "FORMAT"],
    ["2027-02-01\u0000", "FORMAT"],
    [20270201, "FORMAT"],
    [null, "FORMAT"],
  ])("%j is refused: %s", (input, reason) => {
    expect(parsePlausibleDay(input)).toEqual({ ok: false, reason });
  });
});
