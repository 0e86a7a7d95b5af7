import { describe, expect, it } from "vitest";
import { compareNb, dayInputValue, formatDate, formatDateTime, formatDay, formatInclusiveEnd, formatLongDate, formatMonthYear, formatNumber, formatPeriod, INVALID_DATE_TEXT, isShowableDate } from "./format";
import { addDays } from "./domain/calendar";
import { isRefundedByHomeEmployer, wholeMonths } from "./domain/plan-validation";

const invalid = new Date("not a date");

describe("nb-NO formatting", () => {
  it("shows a calendar date as itself, whatever the zone", () => {
    expect(formatDay(new Date("2026-01-14T00:00:00Z"))).toBe("14.01.2026");
    expect(formatDay(new Date("2028-02-29T00:00:00Z"))).toBe("29.02.2028");
    expect(formatMonthYear(new Date("2027-01-01T00:00:00Z"))).toBe("januar 2027");
  });

  it("shows an instant as its date and time in Oslo, across midnight and DST", () => {
    expect(formatDate(new Date("2026-01-14T22:59:00Z"))).toBe("14.01.2026");
    expect(formatDate(new Date("2026-01-14T23:00:00Z"))).toBe("15.01.2026");
    expect(formatDateTime(new Date("2026-03-29T00:30:00Z"))).toBe("29.03.2026, 01:30");
    expect(formatDateTime(new Date("2026-03-29T01:30:00Z"))).toBe("29.03.2026, 03:30");
    expect(formatDateTime(new Date("2026-10-25T00:30:00Z"))).toBe("25.10.2026, 02:30");
    expect(formatDateTime(new Date("2026-10-25T01:30:00Z"))).toBe("25.10.2026, 02:30");
    expect(formatLongDate(new Date("2026-07-14T22:30:00Z"))).toBe("15. juli 2026");
  });

  it("never throws: missing is a dash, an invalid Date says so", () => {
    for (const f of [formatDay, formatDate, formatLongDate, formatDateTime, formatMonthYear]) {
      expect(f(null)).toBe("–");
      expect(f(undefined)).toBe("–");
      expect(f(invalid)).toBe(INVALID_DATE_TEXT);
    }
    expect(INVALID_DATE_TEXT).toBe("ugyldig dato");
  });

  it("formats numbers and sorts names the Norwegian way", () => {
    expect(formatNumber(1234567.5)).toBe("1\u00a0234\u00a0567,5");
    expect(["Åse", "Øystein", "Ærlig", "Zara", "Anders"].sort(compareNb)).toEqual(["Anders", "Zara", "Ærlig", "Øystein", "Åse"]);
  });
});

describe("a stored date the formatter cannot show (issue 11 §5)", () => {
  // "til og med 31.12.9999" was stored as 10000-01-01; pg hands such a value back as year 10000 or as an invalid Date.
  const year10000 = new Date(Date.UTC(10000, 0, 1));
  const year1 = new Date("0001-01-01T00:00:00Z");
  const invalid = new Date(Number.NaN);

  it("is shown as 'ugyldig dato' by every formatter, never thrown", () => {
    for (const f of [formatDay, formatDate, formatLongDate, formatDateTime, formatMonthYear]) {
      for (const d of [year10000, year1, invalid]) expect(f(d)).toBe(INVALID_DATE_TEXT);
    }
    expect(formatDay(new Date("9999-12-31T00:00:00Z"))).toBe("31.12.9999");
    expect(isShowableDate(new Date("2027-01-01T00:00:00Z"))).toBe(true);
  });

  it("leaves the form field empty so the date can be corrected (a value the date input understands otherwise)", () => {
    expect(dayInputValue(new Date("2027-02-01T00:00:00Z"))).toBe("2027-02-01");
    for (const d of [year10000, year1, invalid, null, undefined]) expect(dayInputValue(d)).toBe("");
    // Without the guard: invalid.toISOString() throws, and year 10000 gives "+010000-01" in the field.
    expect(() => invalid.toISOString()).toThrow(RangeError);
  });

  it("the plan page's date arithmetic (last day, months, refund) does not throw on such a period", () => {
    for (const end of [year10000, invalid]) {
      const start = new Date("2027-01-01T00:00:00Z");
      expect(() => [addDays(end, -1), wholeMonths(start, end), isRefundedByHomeEmployer(start, end)]).not.toThrow();
      expect(formatDay(addDays(end, -1))).toMatch(/^(ugyldig dato|31\.12\.9999)$/);
      expect(dayInputValue(addDays(end, -1))).toMatch(/^(|9999-12-31)$/);
    }
  });
});

describe("a period stored with an exclusive end (issue 14 §6)", () => {
  const start = new Date("2027-04-01T00:00:00Z");
  const endExclusive = new Date("2027-10-01T00:00:00Z");

  it("is written with its inclusive last day, the same way everywhere", () => {
    expect(formatInclusiveEnd(endExclusive)).toBe("30.09.2027");
    expect(formatPeriod(start, endExclusive)).toBe("01.04.2027–30.09.2027");
    expect(formatInclusiveEnd(new Date("2028-01-01T00:00:00Z"))).toBe("31.12.2027");
    expect(formatInclusiveEnd(new Date("2028-03-01T00:00:00Z"))).toBe("29.02.2028");
  });

  it("shows a missing or unshowable end as such, never throws", () => {
    expect(formatInclusiveEnd(null)).toBe("–");
    expect(formatInclusiveEnd(new Date(Number.NaN))).toBe(INVALID_DATE_TEXT);
    expect(formatPeriod(start, undefined)).toBe("01.04.2027––");
  });
});
