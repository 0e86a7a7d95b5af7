import { PLAN_STATUS_LABEL, labelOf } from "./labels";
import type { PlanStanding } from "./plan-status";
import { formatDate } from "@/lib/format";

export type PlanStandingTone = "ok" | "warn" | "bad" | "neutral";

/** A plan's standing in one Norwegian line, with a tone for the badge; shared by the UI and the CSV export. */
export function planStandingText(standing: PlanStanding): { text: string; tone: PlanStandingTone } {
  switch (standing.kind) {
    case "GYLDIG":
      return standing.expiringSoon
        ? { text: `Godkjent, utløper snart (${formatDate(standing.expiresAt)})`, tone: "warn" }
        : { text: `Godkjent til ${formatDate(standing.expiresAt)}`, tone: "ok" };
    case "UTLOPT":
      return { text: `Utløpt ${formatDate(standing.expiredAt)}`, tone: "bad" };
    case "UNDER_ARBEID":
      return standing.overdue
        ? { text: `${labelOf(PLAN_STATUS_LABEL, standing.status)}, frist passert ${formatDate(standing.dueAt)}`, tone: "bad" }
        : { text: `${labelOf(PLAN_STATUS_LABEL, standing.status)}, frist ${formatDate(standing.dueAt)}`, tone: "neutral" };
    case "INGEN_PLAN":
      return standing.overdue
        ? { text: `Mangler plan, frist passert ${formatDate(standing.dueAt)}`, tone: "bad" }
        : { text: `Mangler plan, frist ${formatDate(standing.dueAt)}`, tone: "warn" };
  }
}
