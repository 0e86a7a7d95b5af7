import { formatDay } from "@/lib/format";
import { addDays } from "./calendar";

/**
 * What changed between two versions of a gjennomføringsplan, in Norwegian (seed 001: a living
 * document; a revision must be re-signed and partner trusts told). Periods are matched by arena
 * (the same department or fagavtale) in time order; leftovers with the same start are an arena change.
 */
export type DiffPeriod = {
  kind: "HJEMME" | "SPESIALISERINGSPERIODE";
  /** departmentId or fagavtaleId. */
  arenaKey: string;
  /** e.g. "Anestesiavdelingen" or "Spesialiseringsperiode ved UNN (Anestesiavdelingen)". */
  arenaLabel: string;
  startDate: Date;
  /** Exclusive. */
  endDate: Date;
};

export type DiffVersion = { periods: readonly DiffPeriod[]; courses: string; notes: string };

export type PlanChange =
  | { type: "LAGT_TIL"; period: DiffPeriod; text: string }
  | { type: "FJERNET"; period: DiffPeriod; text: string }
  | { type: "FLYTTET"; before: DiffPeriod; after: DiffPeriod; text: string }
  | { type: "ENDRET_VARIGHET"; before: DiffPeriod; after: DiffPeriod; text: string }
  | { type: "ENDRET_ARENA"; before: DiffPeriod; after: DiffPeriod; text: string }
  | { type: "ENDRET_TEKST"; field: "courses" | "notes"; text: string };

const lastDay = (end: Date) => addDays(end, -1);
const range = (p: DiffPeriod) => `${formatDay(p.startDate)}–${formatDay(lastDay(p.endDate))}`;
const same = (a: Date, b: Date) => a.getTime() === b.getTime();

export function diffPlanVersions(before: DiffVersion, after: DiffVersion): PlanChange[] {
  const changes: PlanChange[] = [];
  const byStart = (a: DiffPeriod, b: DiffPeriod) => a.startDate.getTime() - b.startDate.getTime();
  const oldLeft = [...before.periods].sort(byStart);
  const newLeft = [...after.periods].sort(byStart);
  const pairs: [DiffPeriod, DiffPeriod][] = [];

  // Same arena, paired in time order.
  for (const oldPeriod of [...oldLeft]) {
    const index = newLeft.findIndex((n) => n.kind === oldPeriod.kind && n.arenaKey === oldPeriod.arenaKey);
    if (index === -1) continue;
    pairs.push([oldPeriod, newLeft[index]!]);
    newLeft.splice(index, 1);
    oldLeft.splice(oldLeft.indexOf(oldPeriod), 1);
  }
  // Same start, other arena.
  for (const oldPeriod of [...oldLeft]) {
    const index = newLeft.findIndex((n) => n.kind === oldPeriod.kind && same(n.startDate, oldPeriod.startDate));
    if (index === -1) continue;
    const newPeriod = newLeft[index]!;
    changes.push({
      type: "ENDRET_ARENA",
      before: oldPeriod,
      after: newPeriod,
      text: `Læringsarena endret fra ${oldPeriod.arenaLabel} til ${newPeriod.arenaLabel} (${range(newPeriod)}).`,
    });
    newLeft.splice(index, 1);
    oldLeft.splice(oldLeft.indexOf(oldPeriod), 1);
  }

  for (const [b, a] of pairs) {
    if (!same(b.startDate, a.startDate)) {
      changes.push({ type: "FLYTTET", before: b, after: a, text: `${a.arenaLabel} flyttet fra ${range(b)} til ${range(a)}.` });
    } else if (!same(b.endDate, a.endDate)) {
      changes.push({ type: "ENDRET_VARIGHET", before: b, after: a, text: `${a.arenaLabel}: varighet endret fra ${range(b)} til ${range(a)}.` });
    }
  }
  for (const p of oldLeft) changes.push({ type: "FJERNET", period: p, text: `Fjernet: ${p.arenaLabel} (${range(p)}).` });
  for (const p of newLeft) changes.push({ type: "LAGT_TIL", period: p, text: `Lagt til: ${p.arenaLabel} (${range(p)}).` });

  if (before.courses.trim() !== after.courses.trim()) changes.push({ type: "ENDRET_TEKST", field: "courses", text: "Kurs er endret." });
  if (before.notes.trim() !== after.notes.trim()) changes.push({ type: "ENDRET_TEKST", field: "notes", text: "Merknader er endret." });

  const order = (c: PlanChange) => ("period" in c ? c.period.startDate : "after" in c ? c.after.startDate : new Date(8.64e15)).getTime();
  return changes.sort((x, y) => order(x) - order(y));
}
