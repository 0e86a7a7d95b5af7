// Dates relative to the real clock, computed exactly as the demo seed does (lib/seed/demo-data.ts), so
// the allocation tests keep working whatever day they run: actions use the real `now`.
import { addMonths, osloToday } from "@/lib/seed/demo-data";

/** "YYYY-MM-DD" of the first of the month `n` months after today in Norway (the seed's monthStart). */
export function monthStartIso(n: number, now = new Date()): string {
  const today = osloToday(now);
  return addMonths(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), n).toISOString().slice(0, 10);
}

export function addMonthsIso(iso: string, n: number): string {
  return addMonths(new Date(`${iso}T00:00:00Z`), n).toISOString().slice(0, 10);
}

export function addDaysIso(iso: string, n: number): string {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);
}
