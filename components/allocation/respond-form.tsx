"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { respondOfferForm } from "@/lib/actions/allocation/respond-offer";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";

export function RespondForm({ offerId }: { offerId: string }) {
  const [state, action, pending] = useServerActionState(respondOfferForm);
  const prefix = `svar-${offerId}-`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="mt-3">
      <input type="hidden" name="offerId" value={offerId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={{ reason: "Begrunnelse" }} idPrefix={prefix} />
      {state?.ok ? (
        <p role="status" className="mb-2 font-medium text-green-900">
          {state.message}
        </p>
      ) : null}
      <TextArea name="reason" label="Begrunnelse (valgfri ved avslag)" rows={2} errors={errors?.reason} idPrefix={prefix} />
      <div className="flex gap-3">
        <button type="submit" name="answer" value="AKSEPTER" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Aksepter tilbudet
        </button>
        <button type="submit" name="answer" value="AVSLA" disabled={pending} className="rounded border border-slate-700 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100">
          Avslå tilbudet
        </button>
      </div>
    </form>
  );
}
