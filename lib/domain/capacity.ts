import { addMonths } from "./calendar";

/**
 * Capacity of a fagavtale per term (seed 000 §Begreper, §Helse Vest: "1 LIS per vårsemester").
 * Terms: a year ("2027"), or a semester — vår = 1 January–30 June ("2027-V"), høst = 1 July–31
 * December ("2027-H"). A spesialiseringsperiode draws on the term in which it starts.
 */
export type CapacityUnit = "PER_AR" | "PER_SEMESTER" | "VARSEMESTER" | "HOSTSEMESTER";

/** The term a start date falls in for this unit. Dates are calendar dates (UTC midnight). */
export function termOf(date: Date, unit: CapacityUnit): string {
  const year = date.getUTCFullYear();
  if (unit === "PER_AR") return String(year);
  return `${year}-${date.getUTCMonth() < 6 ? "V" : "H"}`;
}

/** How many places the agreement gives in a term (0 for the semester a seasonal agreement skips). */
export function capacityInTerm(unit: CapacityUnit, count: number, term: string): number {
  if (unit === "VARSEMESTER") return term.endsWith("-V") ? count : 0;
  if (unit === "HOSTSEMESTER") return term.endsWith("-H") ? count : 0;
  return count;
}

/** First day and exclusive end of a term. */
export function termRange(term: string): { start: Date; end: Date } {
  const [yearText, half] = term.split("-");
  const year = Number(yearText);
  if (!half) return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  return half === "V"
    ? { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year, 6, 1)) }
    : { start: new Date(Date.UTC(year, 6, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

export function termLabel(term: string): string {
  const [year, half] = term.split("-");
  if (!half) return year!;
  return half === "V" ? `våren ${year}` : `høsten ${year}`;
}

/** The terms from `from` onwards (inclusive), `count` of them, that the unit gives places in. */
export function upcomingTerms(from: Date, unit: CapacityUnit, count: number): string[] {
  const terms: string[] = [];
  let cursor = new Date(Date.UTC(from.getUTCFullYear(), unit === "PER_AR" ? 0 : from.getUTCMonth() < 6 ? 0 : 6, 1));
  while (terms.length < count) {
    const term = termOf(cursor, unit);
    if (capacityInTerm(unit, 1, term) > 0) terms.push(term);
    cursor = unit === "PER_AR" ? new Date(Date.UTC(cursor.getUTCFullYear() + 1, 0, 1)) : addMonths(cursor, 6);
  }
  return terms;
}

export type CapacityStatus = { term: string; capacity: number; used: number; reserved: number; free: number };

/** used = accepted places, reserved = open offers; free never goes below zero. */
export function capacityStatus(input: { term: string; unit: CapacityUnit; count: number; used: number; reserved: number }): CapacityStatus {
  const capacity = capacityInTerm(input.unit, input.count, input.term);
  return { term: input.term, capacity, used: input.used, reserved: input.reserved, free: Math.max(0, capacity - input.used - input.reserved) };
}
