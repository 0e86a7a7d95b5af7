/**
 * Learning goals during a spesialiseringsperiode (issue 14 §7; seed 002 tiltak 5.2 and 10): the goals
 * the fagavtale says the period covers (DEKKES) are shown on the period, and the LIS and the receiving
 * leader mark which were reached. Pure: the service loads the period, its fagavtale's goals and the
 * marks, and writes what this decides.
 */

/** Goals are marked while the period runs and after it; not before it starts. */
export const GOAL_MARK_STATUSES = ["PAGAR", "GJENNOMFORT"] as const;

export const GOALS_NOT_STARTED = "Læringsmål kan markeres når perioden har startet.";
export const GOAL_NOT_COVERED = "Et av læringsmålene hører ikke til fagavtalen for denne perioden. Last inn siden på nytt.";

export type GoalMarkPlan = { ok: true; add: string[]; remove: string[] } | { ok: false; code: "RULE" | "CONFLICT"; message: string };

/**
 * What a submitted set of reached goals changes: the covered goals newly ticked are added, the ones
 * unticked removed; anything else is refused. The form sends the whole set each time.
 */
export function planGoalMarks(input: { status: string; coveredGoalIds: readonly string[]; markedGoalIds: readonly string[]; reachedGoalIds: readonly string[] }): GoalMarkPlan {
  if (!(GOAL_MARK_STATUSES as readonly string[]).includes(input.status)) return { ok: false, code: "CONFLICT", message: GOALS_NOT_STARTED };
  const covered = new Set(input.coveredGoalIds);
  const wanted = new Set(input.reachedGoalIds);
  if ([...wanted].some((id) => !covered.has(id))) return { ok: false, code: "RULE", message: GOAL_NOT_COVERED };
  const marked = new Set(input.markedGoalIds);
  return { ok: true, add: [...wanted].filter((id) => !marked.has(id)).sort(), remove: [...marked].filter((id) => !wanted.has(id)).sort() };
}

/** "2 av 5 læringsmål nådd". */
export function goalProgressText(reached: number, total: number): string {
  return `${reached} av ${total} læringsmål nådd`;
}
