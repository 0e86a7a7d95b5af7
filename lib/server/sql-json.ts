import "server-only";

/**
 * Reading the JSON that a flat raw-SQL read nests per row (json_build_object / json_agg). PostgreSQL
 * writes a `date` as "2026-01-01", a `timestamptz` as "2026-01-01T10:00:00.123+01:00" (in the session's
 * time zone, with its offset) and a `timestamp` WITHOUT a zone as "2026-01-01T10:00:00". `new Date()`
 * reads the last form as LOCAL time, so with TZ=Europe/Oslo every such value would shift; Prisma treats
 * zoneless timestamps and dates as UTC. `sqlDate` reads all three as Prisma does, whatever the Node
 * process's or the database session's time zone (tests/integration/fe-registry-flat-read.test.ts).
 * (Prisma's pg adapter itself reads a timestamptz as if the session were UTC: it replaces the offset
 * with +00:00. The app's sessions are UTC; the JSON here carries its offset and is right either way.)
 */
const DATE_ONLY = /^(\d{4,})-(\d{2})-(\d{2})$/;
const NO_ZONE = /^\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** A date or timestamp from SQL JSON, as Prisma reads the column (dates and zoneless values in UTC). */
export function sqlDate(value: string): Date {
  const day = DATE_ONLY.exec(value);
  if (day) {
    const d = new Date(0);
    d.setUTCFullYear(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return d;
  }
  return new Date(NO_ZONE.test(value) ? `${value}Z` : value);
}

export const sqlDateOrNull = (value: string | null): Date | null => (value === null ? null : sqlDate(value));

/** A json column: the pg driver hands it over parsed; another adapter may hand over the text. */
export const sqlJson = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);
