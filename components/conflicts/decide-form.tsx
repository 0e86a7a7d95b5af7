"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { decideConflictForm } from "@/lib/actions/conflicts/decide-conflict";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";

const LABELS = { decision: "Steg", chosenPeriodId: "Kandidat som får plassen", reason: "Begrunnelse" };

export function DecideForm({ conflictId, candidates, canEscalate }: { conflictId: string; candidates: { periodId: string; label: string }[]; canEscalate: boolean }) {
  const [state, action, pending] = useServerActionState(decideConflictForm);
  const prefix = `konflikt-${conflictId}-`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const radio = "mr-2 h-4 w-4";
  return (
    <form action={action} noValidate className="mt-4 max-w-xl rounded border border-slate-400 bg-white p-4">
      <input type="hidden" name="conflictId" value={conflictId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={LABELS} idPrefix={prefix} />
      {state?.ok ? (
        <p role="status" className="mb-2 font-medium text-green-900">
          {state.message}
        </p>
      ) : null}
      <fieldset className="mb-4" id={`${prefix}decision`}>
        <legend className="font-medium">{LABELS.decision}</legend>
        <label className="mt-1 flex items-center">
          <input type="radio" name="decision" value="AVGJORT" defaultChecked className={radio} />
          Avgjør konflikten
        </label>
        {canEscalate ? (
          <label className="mt-1 flex items-center">
            <input type="radio" name="decision" value="ESKALERT" className={radio} />
            Løft til fagsjefene
          </label>
        ) : null}
        <label className="mt-1 flex items-center">
          <input type="radio" name="decision" value="VURDERING" className={radio} />
          Registrer vurdering
        </label>
        {errors?.decision ? <p className="mt-1 text-sm font-medium text-red-800">{errors.decision.join(" ")}</p> : null}
      </fieldset>
      <fieldset className="mb-4" id={`${prefix}chosenPeriodId`} aria-describedby={errors?.chosenPeriodId ? `${prefix}chosen-feil` : undefined}>
        <legend className="font-medium">{LABELS.chosenPeriodId} (ved avgjørelse)</legend>
        {candidates.map((c) => (
          <label key={c.periodId} className="mt-1 flex items-center">
            <input type="radio" name="chosenPeriodId" value={c.periodId} className={radio} />
            {c.label}
          </label>
        ))}
        {errors?.chosenPeriodId ? (
          <p id={`${prefix}chosen-feil`} className="mt-1 text-sm font-medium text-red-800">
            {errors.chosenPeriodId.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextArea name="reason" label={LABELS.reason} rows={3} errors={errors?.reason} idPrefix={prefix} required />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {pending ? "Lagrer …" : "Registrer steg"}
      </button>
    </form>
  );
}
