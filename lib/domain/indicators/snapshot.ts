import { osloToday } from "@/lib/domain/calendar";

/** Progress is extracted on 1 March and 1 September (seed 000; seed 002 tiltak 14): [month index, day]. */
export const SNAPSHOT_DAYS: readonly (readonly [number, number])[] = [
  [2, 1],
  [8, 1],
];

/** The Oslo date the scheduled snapshot is for when `now` falls on a snapshot day, else null. */
export function scheduledSnapshotDay(now: Date): Date | null {
  const today = osloToday(now);
  return SNAPSHOT_DAYS.some(([m, d]) => today.getUTCMonth() === m && today.getUTCDate() === d) ? today : null;
}

/** The latest snapshot day on or before `now` (1 March or 1 September), in Oslo. */
export function lastSnapshotDay(now: Date): Date {
  const today = osloToday(now);
  const year = today.getUTCFullYear();
  const candidates = [year, year - 1].flatMap((y) => SNAPSHOT_DAYS.map(([m, d]) => new Date(Date.UTC(y, m, d))));
  return candidates.filter((c) => c.getTime() <= today.getTime()).sort((a, b) => b.getTime() - a.getTime())[0]!;
}
