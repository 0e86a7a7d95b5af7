import type { PlanProgress } from "./plan-progress";
import type { PlanStanding } from "./plan-status";
import { daysLeft, daysLeftText, waitingText } from "./today";

/**
 * What a home leader must do for each of their LIS (issue 10 §2), with its deadline: sign the plan,
 * make the first plan or a revision with the LIS, approve an intake form. Most urgent first; an item
 * without a deadline (an intake form waiting) is ordered by how long it has waited.
 */
export type LeaderActionKind = "SIGNER_PLAN" | "LAG_PLAN" | "REVIDER_PLAN" | "GODKJENN_SKJEMA";
export type LeaderAction = {
  kind: LeaderActionKind;
  text: string;
  deadline: Date | null;
  /** Whole days left (negative: overdue), null without a deadline. */
  days: number | null;
  /** "om 11 dager", "2 dager over fristen", "venter i 5 dager". */
  dueText: string;
  /** Where it is done: the LIS's plan or the leader's intake forms. */
  where: "PLAN" | "SKJEMA";
};

export function leaderActions(input: {
  standing: PlanStanding;
  progress: PlanProgress;
  intakeWaiting: readonly { partner: string; filledAt: Date }[];
  now: Date;
}): LeaderAction[] {
  const { standing, progress, now } = input;
  const actions: LeaderAction[] = [];
  const due = (kind: LeaderActionKind, text: string, deadline: Date | null): LeaderAction => {
    const days = deadline ? daysLeft(deadline, now) : null;
    return { kind, text, deadline, days, dueText: days === null ? "" : daysLeftText(days), where: "PLAN" };
  };
  if (progress.next.actor === "LEDER") {
    actions.push(due("SIGNER_PLAN", "Signer gjennomføringsplanen (LIS har signert).", progress.next.deadline));
  } else if (standing.kind === "INGEN_PLAN") {
    actions.push(due("LAG_PLAN", "Lag gjennomføringsplanen sammen med LIS.", standing.dueAt));
  } else if (standing.kind === "UTLOPT" && !standing.pendingRevision) {
    actions.push(due("REVIDER_PLAN", "Godkjenningen er utløpt: lag en revidert plan sammen med LIS.", standing.expiredAt));
  } else if (standing.kind === "GYLDIG" && standing.expiringSoon && !standing.pendingRevision) {
    actions.push(due("REVIDER_PLAN", "Godkjenningen utløper snart: lag en revidert plan sammen med LIS.", standing.expiresAt));
  }
  for (const form of input.intakeWaiting) {
    actions.push({ kind: "GODKJENN_SKJEMA", text: `Godkjenn innmeldingsskjemaet til ${form.partner}.`, deadline: null, days: null, dueText: waitingText(form.filledAt, now), where: "SKJEMA" });
  }
  return actions;
}

/** Deadlines first (soonest, overdue before), then waiting items, longest waiting first. */
export function compareLeaderActions(a: { action: LeaderAction; since?: Date | null }, b: { action: LeaderAction; since?: Date | null }): number {
  const da = a.action.days;
  const db = b.action.days;
  if (da !== null && db !== null) return da - db;
  if (da !== null) return -1;
  if (db !== null) return 1;
  return (a.since?.getTime() ?? 0) - (b.since?.getTime() ?? 0);
}
