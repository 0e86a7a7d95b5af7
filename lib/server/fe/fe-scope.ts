import "server-only";

/** Today's calendar date in Norway as UTC midnight (for @db.Date columns). */
export function osloDate(now: Date): Date {
  const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${ymd}T00:00:00.000Z`);
}
