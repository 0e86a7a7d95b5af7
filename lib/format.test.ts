import { describe, expect, it } from "vitest";
import { compareNb, formatDate, formatDateTime, formatDay, formatLongDate, formatMonthYear, formatNumber, INVALID_DATE_TEXT } from "./format";

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
