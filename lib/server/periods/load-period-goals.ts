import "server-only";
import { db } from "@/lib/server/db";
import type { Role } from "@/lib/domain/roles";
import { compareNb } from "@/lib/format";

export type PeriodGoalLine = { id: string; code: string; title: string; reached: { on: Date; by: string; role: Role } | null };

/**
 * The learning goals the fagavtale covers (DEKKES) for each period, with who marked them reached and when
 * (issue 14 §7). Takes ids its caller already reached through its own scope; one statement for all.
 */
export async function loadPeriodGoals(periodIds: readonly string[]): Promise<Map<string, PeriodGoalLine[]>> {
  if (periodIds.length === 0) return new Map();
  const rows = await db.spesialiseringsperiode.findMany({
    where: { id: { in: [...periodIds] } },
    select: {
      id: true,
      fagavtale: { select: { learningGoals: { where: { role: "DEKKES" }, select: { learningGoal: { select: { id: true, code: true, title: true } } } } } },
      goalsReached: { select: { learningGoalId: true, reachedOn: true, markedRole: true, markedBy: { select: { name: true } } } },
    },
  });
  return new Map(
    rows.map((p) => {
      const reached = new Map(p.goalsReached.map((g) => [g.learningGoalId, { on: g.reachedOn, by: g.markedBy.name, role: g.markedRole }]));
      const goals = p.fagavtale.learningGoals
        .map(({ learningGoal: g }) => ({ id: g.id, code: g.code, title: g.title, reached: reached.get(g.id) ?? null }))
        .sort((a, b) => compareNb(a.code, b.code));
      return [p.id, goals];
    }),
  );
}
