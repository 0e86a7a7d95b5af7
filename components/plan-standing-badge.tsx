import type { PlanStanding } from "@/lib/domain/plan-status";
import { PLAN_STATUS_LABEL, labelOf } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";

const TONE = {
  ok: "bg-green-100 text-green-900 border-green-700",
  warn: "bg-amber-100 text-amber-900 border-amber-700",
  bad: "bg-red-100 text-red-900 border-red-700",
  neutral: "bg-slate-100 text-slate-900 border-slate-600",
} as const;

export function planStandingText(standing: PlanStanding): { text: string; tone: keyof typeof TONE } {
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

export function PlanStandingBadge({ standing }: { standing: PlanStanding }) {
  const { text, tone } = planStandingText(standing);
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[tone]}`}>{text}</span>;
}
