"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { makeOfferForm } from "@/lib/actions/allocation/make-offer";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";

/** Picks one candidate. Passing over the top candidate needs a written reason (`needsReason`, from the service). */
export function PickForm({ vacancyId, periodId, name, needsReason }: { vacancyId: string; periodId: string; name: string; needsReason: boolean }) {
  const [state, action, pending] = useServerActionState(makeOfferForm);
  const prefix = `valg-${periodId}-`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="periodId" value={periodId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={{ deviationReason: "Begrunnelse" }} idPrefix={prefix} />
      {state?.ok ? (
        <p role="status" className="mb-2 font-medium text-green-900">
          {state.message}
        </p>
      ) : null}
      {needsReason ? (
        <TextArea name="deviationReason" label={`Begrunnelse for å velge ${name}`} hint="Påkrevd når du ikke velger kandidaten øverst." rows={2} errors={errors?.deviationReason} idPrefix={prefix} />
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        {pending ? "Sender …" : `Tilby plass til ${name}`}
      </button>
    </form>
  );
}
