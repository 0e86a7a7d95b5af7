"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { respondOfferForm } from "@/lib/actions/allocation/respond-offer";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";
import { ConfirmPanel, Receipt, useConfirmStep } from "@/components/form/confirm-step";

type Answer = "AKSEPTER" | "AVSLA";

const CONFIRM_TEXT: Record<Answer, { lead: string; consequence: string; button: string }> = {
  AKSEPTER: {
    lead: "Du takker ja til tilbudet",
    consequence: "Plassen blir din, perioden blir avtalt og du får permisjon fra hjemmestillingen. Svaret er bindende og kan ikke angres her.",
    button: "Bekreft: takk ja",
  },
  AVSLA: {
    lead: "Du avslår tilbudet",
    consequence: "Plassen går videre til neste kandidat, og du står i køen igjen. Svaret kan ikke angres.",
    button: "Bekreft: avslå",
  },
};

const opener = "rounded px-4 py-2 font-medium";

/**
 * Answering an offer (issue 10 §7): the first press asks to confirm, saying what the answer does; the
 * second submits. The answer's receipt stays as a panel with focus moved to it (WCAG 4.1.3), also after
 * the page below it has changed (the component stays mounted while its offer is listed).
 */
export function RespondForm({ offerId, place, canRespond }: { offerId: string; place: string; canRespond: boolean }) {
  const [state, action, pending, typed] = useServerActionState(respondOfferForm);
  const { asked, ask, cancel, openerRef, headingRef } = useConfirmStep<Answer>(typed.attempt);
  const prefix = `svar-${offerId}-`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  if (state?.ok) return <Receipt title="Svaret ditt er registrert" message={state.message} testId="svar-kvittering" headingLevel={4} />;
  if (!canRespond) return null;
  return (
    <form key={typed.attempt} action={action} noValidate className="mt-3">
      <input type="hidden" name="offerId" value={offerId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={{ reason: "Begrunnelse" }} idPrefix={prefix} />
      <TextArea name="reason" label="Begrunnelse (valgfri ved avslag)" rows={2} errors={errors?.reason} idPrefix={prefix} defaultValue={typed.fields?.reason} />
      {asked ? (
        <ConfirmPanel
          id={`${prefix}bekreft`}
          headingRef={headingRef}
          title={`${CONFIRM_TEXT[asked].lead}: ${place}`}
          confirmLabel={CONFIRM_TEXT[asked].button}
          pending={pending}
          onCancel={cancel}
          submitName="answer"
          submitValue={asked}
          headingLevel={4}
        >
          <p>{CONFIRM_TEXT[asked].consequence}</p>
        </ConfirmPanel>
      ) : (
        <div className="flex flex-wrap gap-3">
          <button type="button" ref={openerRef("AKSEPTER")} onClick={() => ask("AKSEPTER")} className={`${opener} bg-brand-700 text-white hover:bg-brand-800`}>
            Aksepter tilbudet
          </button>
          <button type="button" ref={openerRef("AVSLA")} onClick={() => ask("AVSLA")} className={`${opener} border border-slate-700 bg-white text-slate-900 hover:bg-slate-100`}>
            Avslå tilbudet
          </button>
        </div>
      )}
    </form>
  );
}
