import { afterEach, describe, expect, it } from "vitest";
import { sqlDate, sqlDateOrNull, sqlJson } from "./sql-json";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("sqlDate reads SQL JSON dates as Prisma does, in any process time zone", () => {
  for (const tz of ["UTC", "Europe/Oslo", "Pacific/Auckland", "America/St_Johns"]) {
    it(`TZ=${tz}`, () => {
      process.env.TZ = tz;
      // The zone is really in force (not a test that cannot fail): local midnight is not UTC midnight outside UTC.
      expect(new Date(2026, 0, 1).getTime() === Date.UTC(2026, 0, 1)).toBe(tz === "UTC");
      // date: midnight UTC, the day kept
      expect(sqlDate("2026-01-01").toISOString()).toBe("2026-01-01T00:00:00.000Z");
      expect(sqlDate("2026-12-31").toISOString()).toBe("2026-12-31T00:00:00.000Z");
      // timestamp without a zone (Prisma's timestamp(3)): UTC, not local
      expect(sqlDate("2026-01-01T00:00:00").toISOString()).toBe("2026-01-01T00:00:00.000Z");
      expect(sqlDate("2026-06-30T23:59:59.999").toISOString()).toBe("2026-06-30T23:59:59.999Z");
      // timestamptz in any session zone: the offset it carries
      expect(sqlDate("2026-08-27T17:58:15.623+00:00").toISOString()).toBe("2026-08-27T17:58:15.623Z");
      expect(sqlDate("2026-08-27T15:28:15.623-02:30").toISOString()).toBe("2026-08-27T17:58:15.623Z");
      expect(sqlDate("2026-01-01T13:00:00+13:00").toISOString()).toBe("2026-01-01T00:00:00.000Z");
    });
  }

  it("keeps a year past 9999 (as the driver would) and leaves nonsense an invalid Date, not a crash", () => {
    expect(sqlDate("10000-01-01").getUTCFullYear()).toBe(10000);
    expect(Number.isNaN(sqlDate("infinity").getTime())).toBe(true);
    expect(sqlDateOrNull(null)).toBeNull();
    expect(sqlDateOrNull("2026-03-01")?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("sqlJson takes parsed JSON or its text", () => {
    expect(sqlJson<{ a: number }[]>([{ a: 1 }])).toEqual([{ a: 1 }]);
    expect(sqlJson<{ a: number }[]>('[{"a":1}]')).toEqual([{ a: 1 }]);
  });
});
