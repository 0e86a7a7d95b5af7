"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { ErrorSummary } from "@/components/form/error-summary";
import type { PeriodGoalLine } from "@/lib/server/periods/load-period-goals";
import { goalProgressText } from "@/lib/domain/period-goals";
import { formatDay } from "@/lib/format";
import { markPeriodGoalsForm } from "@/lib/actions/periods/mark-period-goals";

const ROLE_WORD = { LIS: "LIS", LEDER: "mottakende leder", LOKAL_KOORDINATOR: "lokal koordinator", REGIONAL_KOORDINATOR: "regional koordinator" } as const;

function reachedText(g: PeriodGoalLine): string {
  return g.reached ? `nådd, markert ${formatDay(g.reached.on)} av ${g.reached.by} (${ROLE_WORD[g.reached.role]})` : "ikke markert nådd";
}

/**
 * The learning goals the fagavtale covers in a spesialiseringsperiode (issue 14 §7): a list with who
 * marked each reached, and, for the LIS and the receiving leader once the period has started, checkboxes
 * to mark them. The whole set is saved at once; the status line says it was saved.
 */
export function PeriodGoals({ periodId, goals, canMark, title, saveLabel }: { periodId: string; goals: PeriodGoalLine[]; canMark: boolean; title: string; saveLabel: string }) {
  const [state, formAction, pending, typed] = useServerActionState(markPeriodGoalsForm);
  if (goals.length === 0) return null;
  const reached = goals.filter((g) => g.reached).length;
  const legend = `${title}: ${goalProgressText(reached, goals.length)}`;
  if (!canMark) {
    return (
      <div className="mt-3">
        <h4 className="text-sm font-semibold">{legend}</h4>
        <ul className="mt-1 space-y-1 text-sm">
          {goals.map((g) => (
            <li key={g.id}>
              <span className="font-medium">{g.code}</span> {g.title}: {reachedText(g)}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <form key={typed.attempt} action={formAction} className="mt-3" noValidate>
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{}} idPrefix={`mal-${periodId}-`} /> : null}
      <input type="hidden" name="periodId" value={periodId} />
      <fieldset>
        <legend className="text-sm font-semibold">{legend}</legend>
        <p className="text-sm text-slate-700">Kryss av læringsmålene som er nådd i perioden, og lagre.</p>
        <ul className="mt-1 space-y-1 text-sm">
          {goals.map((g) => {
            const id = `mal-${periodId}-${g.id}`;
            return (
              <li key={g.id} className="flex items-start gap-2">
                <input id={id} type="checkbox" name="reached" value={g.id} defaultChecked={Boolean(g.reached)} className="mt-1 h-4 w-4" />
                <label htmlFor={id}>
                  <span className="font-medium">{g.code}</span> {g.title} <span className="text-slate-700">({reachedText(g)})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2">
        {pending ? "Lagrer …" : saveLabel}
      </button>
      <p role="status" className="mt-2 text-sm font-medium text-green-900">
        {state?.ok ? (state.message ?? "Lagret.") : ""}
      </p>
    </form>
  );
}
