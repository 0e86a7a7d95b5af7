import Link from "next/link";
import type { PlanProgress, PlanStepState } from "@/lib/domain/plan-progress";
import { formatDay } from "@/lib/format";

const STATE_TEXT: Record<PlanStepState, string> = { done: "ferdig", current: "neste steg", todo: "ikke ennå", overdue: "forsinket" };
const STATE_CLASS: Record<PlanStepState, string> = {
  done: "border-green-700 bg-green-50 text-green-900",
  current: "border-brand-700 bg-brand-50 text-brand-800 font-semibold",
  todo: "border-slate-400 bg-white text-slate-700",
  overdue: "border-red-700 bg-red-50 text-red-900 font-semibold",
};
const MARK: Record<PlanStepState, string> = { done: "✓", current: "→", todo: "·", overdue: "!" };
const ACTOR: Record<"LIS" | "LEDER" | "LOKAL_KOORDINATOR", string> = { LIS: "Din oppgave", LEDER: "Venter på lederen din", LOKAL_KOORDINATOR: "Venter på lokal koordinator" };

/**
 * The plan's steps (utkast → signert av LIS → signert av leder → godkjent → utløper) and the next one
 * as a task (issue 10 §1). An ordered list that wraps on a phone; each step says its state in words.
 */
export function PlanProgressView({ progress, label }: { progress: PlanProgress; label: string }) {
  const { steps, next } = progress;
  return (
    <div className="mt-3">
      <ol aria-label={`Fremdrift for gjennomføringsplanen: ${label}`} className="flex flex-wrap gap-2 text-sm">
        {steps.map((s) => (
          <li key={s.key} className={`rounded border px-2 py-1 ${STATE_CLASS[s.state]}`} aria-current={s.state === "current" || s.state === "overdue" ? "step" : undefined}>
            <span aria-hidden="true">{MARK[s.state]} </span>
            {s.label}
            {s.at ? ` ${formatDay(s.at)}` : ""}
            <span className="sr-only"> ({STATE_TEXT[s.state]})</span>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm" data-testid="plan-neste-steg">
        <span className="font-medium">{next.actor ? ACTOR[next.actor] : "Status"}:</span> {next.text}
        {next.deadline && next.actor ? ` Frist ${formatDay(next.deadline)}.` : ""}{" "}
        {next.actor === "LIS" ? (
          <Link href="/lis/plan" className="text-brand-800 underline">
            Gå til planen
          </Link>
        ) : null}
      </p>
    </div>
  );
}
