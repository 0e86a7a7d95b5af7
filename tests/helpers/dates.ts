// Dates relative to the real clock, computed exactly as the demo seed does (lib/seed/demo-data.ts), so
// the allocation tests keep working whatever day they run: actions use the real `now`.
import { addDays, addMonths, firstOfMonth, isoDay, osloToday } from "@/lib/domain/calendar";

/** "YYYY-MM-DD" of the first of the month `n` months after today in Norway (the seed's monthStart). */
export function monthStartIso(n: number, now = new Date()): string {
  const today = osloToday(now);
  return isoDay(addMonths(firstOfMonth(today), n));
}

export function addMonthsIso(iso: string, n: number): string {
  return isoDay(addMonths(new Date(`${iso}T00:00:00Z`), n));
}

export function addDaysIso(iso: string, n: number): string {
  return isoDay(addDays(new Date(`${iso}T00:00:00Z`), n));
}
