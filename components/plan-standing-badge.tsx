import type { PlanStanding } from "@/lib/domain/plan-status";
import { planStandingText, type PlanStandingTone } from "@/lib/domain/plan-standing-text";

const TONE: Record<PlanStandingTone, string> = {
  ok: "bg-green-100 text-green-900 border-green-700",
  warn: "bg-amber-100 text-amber-900 border-amber-700",
  bad: "bg-red-100 text-red-900 border-red-700",
  neutral: "bg-slate-100 text-slate-900 border-slate-600",
};

export function PlanStandingBadge({ standing }: { standing: PlanStanding }) {
  const { text, tone } = planStandingText(standing);
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[tone]}`}>{text}</span>;
}
