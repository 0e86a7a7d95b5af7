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

/**
 * What the "siste øyeblikksbilde" column says for one key figure: the stored figure, or why there is
 * none: no snapshot yet, or a snapshot taken before the figure existed (e.g. the forecast's), which is
 * never recomputed (snapshots are immutable).
 */
export type SnapshotFigure<F extends { id: string }> = { kind: "VERDI"; figure: F } | { kind: "INGEN_OYEBLIKKSBILDE" } | { kind: "IKKE_BEREGNET" };

export const SNAPSHOT_FIGURE_TEXT = {
  INGEN_OYEBLIKKSBILDE: "intet øyeblikksbilde ennå",
  IKKE_BEREGNET: "ikke beregnet da øyeblikksbildet ble tatt",
} as const;

export function snapshotFigure<F extends { id: string }>(snapshotFigures: readonly F[] | null, id: string): SnapshotFigure<F> {
  if (!snapshotFigures) return { kind: "INGEN_OYEBLIKKSBILDE" };
  const figure = snapshotFigures.find((f) => f.id === id);
  return figure ? { kind: "VERDI", figure } : { kind: "IKKE_BEREGNET" };
}
