"use client";
import { useCallback } from "react";
import { useServerActionState } from "@/components/form/use-action-result";
import { makeOfferForm } from "@/lib/actions/allocation/make-offer";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";
import { ConfirmPanel, Receipt, useConfirmStep, useReceiptHost } from "@/components/form/confirm-step";
import { OFFER_DEADLINE_DAYS, daysText } from "@/lib/domain/rules";

/**
 * Picks one candidate. Passing over the top candidate needs a written reason (`needsReason`, from the
 * service). The first press asks to confirm (issue 10 §7); the receipt is shown by the enclosing
 * `ReceiptHost`, since the candidate usually leaves the list once offered.
 */
export function PickForm({ vacancyId, periodId, name, needsReason, conflict = false }: { vacancyId: string; periodId: string; name: string; needsReason: boolean; conflict?: boolean }) {
  const host = useReceiptHost();
  const submit = useCallback(
    async (previous: Awaited<ReturnType<typeof makeOfferForm>> | null, formData: FormData) => {
      const result = await makeOfferForm(previous, formData);
      if (result.ok && host) host({ title: `Valget av ${name} er registrert`, message: result.message, testId: "tilbud-kvittering" });
      return result;
    },
    [host, name],
  );
  const [state, action, pending, typed] = useServerActionState(submit);
  const { asked, ask, cancel, openerRef, headingRef } = useConfirmStep<"TILBY">(typed.attempt);
  const prefix = `valg-${periodId}-`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (state?.ok && !host) return <Receipt title={`Valget av ${name} er registrert`} message={state.message} testId="tilbud-kvittering" headingLevel={4} />;
  return (
    <form key={typed.attempt} action={action} noValidate>
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="periodId" value={periodId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={{ deviationReason: "Begrunnelse" }} idPrefix={prefix} />
      {needsReason ? (
        <TextArea
          name="deviationReason"
          label={`Begrunnelse for å velge ${name}`}
          hint="Påkrevd når du ikke velger kandidaten øverst."
          rows={2}
          errors={errors?.deviationReason}
          idPrefix={prefix}
          defaultValue={typed.fields?.deviationReason}
        />
      ) : null}
      {asked ? (
        <ConfirmPanel id={`${prefix}bekreft`} headingRef={headingRef} title={conflict ? `Du velger ${name}` : `Du tilbyr plassen til ${name}`} confirmLabel={conflict ? `Bekreft: velg ${name}` : `Bekreft: send tilbud til ${name}`} pending={pending} onCancel={cancel} headingLevel={4}>
          {conflict ? (
            <p>Kriteriene avgjør ikke mellom kandidatene øverst. Valget blir en samtidskonflikt som regional koordinator avgjør, og det sendes ikke noe tilbud før den er avgjort. Dette kan ikke angres.</p>
          ) : (
            <p>
              {name} får tilbudet med svarfrist om {daysText(OFFER_DEADLINE_DAYS)}, og en plass i fagavtalens kapasitet reserveres mens tilbudet er åpent. Tilbudet kan ikke trekkes
              tilbake alene; bare hele stillingen kan trekkes.
            </p>
          )}
        </ConfirmPanel>
      ) : (
        <button type="button" ref={openerRef("TILBY")} onClick={() => ask("TILBY")} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {`Tilby plass til ${name}`}
        </button>
      )}
    </form>
  );
}
