/**
 * The calendar, once. Calendar dates (`@db.Date` columns, form dates) are Dates at UTC midnight; "today"
 * is the date in Norway (Europe/Oslo), whatever the server's zone. Months are calendar months clamped to
 * the month's last day (31 Jan + 1 month = 28/29 Feb). Pure and self-contained (no relative imports:
 * the seed imports it under plain Node too).
 */
export const OSLO_TIME_ZONE = "Europe/Oslo";
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;
export const DAYS_PER_WEEK = 7;

// en-CA formats as yyyy-mm-dd; built once (a new Intl.DateTimeFormat costs ~90 µs).
const osloYmd = new Intl.DateTimeFormat("en-CA", { timeZone: OSLO_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Norway at the instant `now`, as UTC midnight (comparable with @db.Date values). */
export function osloToday(now: Date): Date {
  return new Date(`${osloYmd.format(now)}T00:00:00.000Z`);
}

/** `n` days later (earlier if negative). A calendar date stays at UTC midnight; an instant moves n × 24 h. */
export function addDays(date: Date, n: number): Date {
  return new Date(date.getTime() + n * MS_PER_DAY);
}

/** `n` calendar months later (earlier if negative), clamped to the month's last day; the time of day is kept. */
export function addMonths(date: Date, n: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()),
  );
}

/**
 * Whole calendar months from `a` to `b`: the largest m with addMonths(a, m) ≤ b (negative, the same
 * way back, when b is before a). 15 Jan → 14 Mar is 1; 31 Jan → 28 Feb is 1 (clamped month end).
 */
export function monthsBetween(a: Date, b: Date): number {
  if (b.getTime() < a.getTime()) return -monthsBetween(b, a);
  let m = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  while (m > 0 && addMonths(a, m).getTime() > b.getTime()) m--;
  while (addMonths(a, m + 1).getTime() <= b.getTime()) m++;
  return m;
}

/** Whole days from `a` to `b` (calendar dates; negative if b is before a). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / MS_PER_DAY);
}

/** The first of the date's month, UTC midnight. */
export function firstOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** "yyyy-mm-dd" of a calendar date (for form fields, audit data and file names). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
