/**
 * Plausible calendar days (issue 11 §5): every date a person types is parsed strictly (no rolling of
 * 30 February into March) and must lie in the product's range. The database backs the same range with
 * CHECK constraints, so no stored value can make a page crash.
 */
export const FIRST_DAY = "2000-01-01";
export const LAST_DAY = "2100-12-31";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NB = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

export type DayParse = { ok: true; day: Date } | { ok: false; reason: "FORMAT" | "NO_SUCH_DAY" | "OUT_OF_RANGE" };

const nbDay = (iso: string) => iso.split("-").reverse().join(".");

/** The product's range in Norwegian, e.g. "01.01.2000 og 31.12.2100". */
export const DAY_RANGE_TEXT = `${nbDay(FIRST_DAY)} og ${nbDay(LAST_DAY)}`;

/** "2027-02-01" (an <input type="date"> value) or "1.2.2027" → that day at UTC midnight (for @db.Date). */
export function parsePlausibleDay(value: unknown): DayParse {
  if (typeof value !== "string") return { ok: false, reason: "FORMAT" };
  const text = value.trim();
  const iso = ISO.exec(text);
  const nb = iso ? null : NB.exec(text);
  if (!iso && !nb) return { ok: false, reason: "FORMAT" };
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : [nb![3], nb![2], nb![1]];
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return { ok: false, reason: "NO_SUCH_DAY" };
  if (y < Number(FIRST_DAY.slice(0, 4)) || y > Number(LAST_DAY.slice(0, 4))) return { ok: false, reason: "OUT_OF_RANGE" };
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 30 February into March: refuse it.
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, reason: "NO_SUCH_DAY" };
  return { ok: true, day: date };
}

/** The Norwegian message for a refused day. */
export function dayProblem(reason: "FORMAT" | "NO_SUCH_DAY" | "OUT_OF_RANGE", formatMessage: string): string {
  if (reason === "NO_SUCH_DAY") return "Datoen finnes ikke. Sjekk dag og måned.";
  if (reason === "OUT_OF_RANGE") return `Datoen må være mellom ${DAY_RANGE_TEXT}.`;
  return formatMessage;
}
