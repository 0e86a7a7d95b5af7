"use client";
import { useCallback } from "react";
import { useServerActionState } from "@/components/form/use-action-result";
import { withdrawVacancy } from "@/lib/actions/allocation/withdraw-vacancy";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";
import { ConfirmPanel, Receipt, useConfirmStep, useReceiptHost } from "@/components/form/confirm-step";

const offersText = (openOffers: number) => (openOffers === 1 ? "Det åpne tilbudet" : `De ${openOffers} åpne tilbudene`);

/**
 * Withdraws an open vacancy with a written reason; open offers on it are withdrawn too. The first press
 * asks to confirm (issue 10 §7); the receipt is shown by the enclosing `ReceiptHost`, since the form is
 * gone once the vacancy is withdrawn.
 */
export function WithdrawVacancyForm({ vacancyId, openOffers }: { vacancyId: string; openOffers: number }) {
  const host = useReceiptHost();
  const submit = useCallback(
    async (previous: Awaited<ReturnType<typeof withdrawVacancy>> | null, formData: FormData) => {
      const result = await withdrawVacancy(previous, formData);
      if (result.ok && host) host({ title: "Stillingen er trukket", message: result.message, testId: "trekk-kvittering" });
      return result;
    },
    [host],
  );
  const [state, action, pending, typed] = useServerActionState(submit);
  const { asked, ask, cancel, openerRef, headingRef } = useConfirmStep<"TREKK">(typed.attempt);
  const prefix = "trekk-";
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok && !host) return <Receipt title="Stillingen er trukket" message={state.message} testId="trekk-kvittering" />;
  return (
    <form key={typed.attempt} action={action} noValidate className="mt-3">
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={{ reason: "Begrunnelse for å trekke stillingen" }} idPrefix={prefix} />
      <TextArea
        name="reason"
        label="Begrunnelse for å trekke stillingen"
        hint={
          openOffers > 0
            ? `${offersText(openOffers)} trekkes også, kapasiteten frigjøres og LIS og lokal koordinator varsles.`
            : "Stillingen kan ikke lenger tildeles når den er trukket."
        }
        rows={2}
        required
        errors={errors?.reason}
        idPrefix={prefix}
        defaultValue={typed.fields?.reason}
      />
      {asked ? (
        <ConfirmPanel id={`${prefix}bekreft`} headingRef={headingRef} title="Du trekker stillingen" confirmLabel="Bekreft: trekk stillingen" pendingLabel="Trekker …" pending={pending} onCancel={cancel}>
          <p>
            {openOffers > 0 ? `${offersText(openOffers)} trekkes også, kapasiteten frigjøres og LIS og lokal koordinator varsles. ` : ""}
            Stillingen kan ikke lenger tildeles. Dette kan ikke angres; trenger du stillingen igjen, må den lyses ut på nytt.
          </p>
        </ConfirmPanel>
      ) : (
        <button
          type="button"
          ref={openerRef("TREKK")}
          onClick={() => ask("TREKK")}
          className="rounded border-2 border-red-800 bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-50"
        >
          Trekk stillingen
        </button>
      )}
    </form>
  );
}
