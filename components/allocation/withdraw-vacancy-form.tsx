"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { withdrawVacancy } from "@/lib/actions/allocation/withdraw-vacancy";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";

/** Withdraws an open vacancy with a written reason; open offers on it are withdrawn too. */
export function WithdrawVacancyForm({ vacancyId, openOffers }: { vacancyId: string; openOffers: number }) {
  const [state, action, pending] = useServerActionState(withdrawVacancy);
  const prefix = "trekk-";
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate className="mt-3">
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={{ reason: "Begrunnelse for å trekke stillingen" }} idPrefix={prefix} />
      {state?.ok ? (
        <p role="status" className="mb-2 font-medium text-green-900">
          {state.message}
        </p>
      ) : null}
      <TextArea
        name="reason"
        label="Begrunnelse for å trekke stillingen"
        hint={
          openOffers > 0
            ? `${openOffers === 1 ? "Det åpne tilbudet" : `De ${openOffers} åpne tilbudene`} trekkes også, kapasiteten frigjøres og LIS og lokal koordinator varsles.`
            : "Stillingen kan ikke lenger tildeles når den er trukket."
        }
        rows={2}
        required
        errors={errors?.reason}
        idPrefix={prefix}
      />
      <button type="submit" disabled={pending} className="rounded border-2 border-red-800 bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-50">
        {pending ? "Trekker …" : "Trekk stillingen"}
      </button>
    </form>
  );
}
