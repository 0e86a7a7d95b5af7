"use client";
import { useEffect, useRef, useState } from "react";
import { useServerActionState } from "@/components/form/use-action-result";
import { respondOfferForm } from "@/lib/actions/allocation/respond-offer";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/field";

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

/**
 * Answering an offer (issue 10 §7): the first press asks to confirm, saying what the answer does; the
 * second submits. The answer's receipt stays as a panel with focus moved to it (WCAG 4.1.3), also after
 * the page below it has changed (the component stays mounted while its offer is listed).
 */
export function RespondForm({ offerId, place, canRespond }: { offerId: string; place: string; canRespond: boolean }) {
  const [state, action, pending, typed] = useServerActionState(respondOfferForm);
  const [asked, setAsked] = useState<Answer | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const receipt = useRef<HTMLDivElement>(null);
  const opener = useRef<Record<Answer, HTMLButtonElement | null>>({ AKSEPTER: null, AVSLA: null });
  const prefix = `svar-${offerId}-`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const done = Boolean(state?.ok);

  // Focus follows the step: into the confirmation when asked, back to the button pressed on Avbryt.
  const returnTo = useRef<Answer | null>(null);
  useEffect(() => {
    if (asked) confirmHeading.current?.focus();
    else if (returnTo.current) {
      opener.current[returnTo.current]?.focus();
      returnTo.current = null;
    }
  }, [asked]);
  useEffect(() => {
    if (done) receipt.current?.focus();
  }, [done, state]);

  if (done && state?.ok) {
    return (
      <div ref={receipt} tabIndex={-1} role="status" className="mt-3 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900" data-testid="svar-kvittering">
        <p className="font-semibold">Svaret ditt er registrert</p>
        <p>{state.message}</p>
      </div>
    );
  }
  if (!canRespond) return null;
  return (
    <form key={typed.attempt} action={action} noValidate className="mt-3">
      <input type="hidden" name="offerId" value={offerId} />
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={{ reason: "Begrunnelse" }} idPrefix={prefix} />
      <TextArea name="reason" label="Begrunnelse (valgfri ved avslag)" rows={2} errors={errors?.reason} idPrefix={prefix} defaultValue={typed.fields?.reason} />
      {asked ? (
        <div role="group" aria-labelledby={`${prefix}bekreft`} className="rounded border-2 border-amber-700 bg-amber-50 p-3">
          <h4 id={`${prefix}bekreft`} ref={confirmHeading} tabIndex={-1} className="font-semibold">
            {CONFIRM_TEXT[asked].lead}: {place}
          </h4>
          <p className="mt-1">{CONFIRM_TEXT[asked].consequence}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="submit" name="answer" value={asked} disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {pending ? "Sender …" : CONFIRM_TEXT[asked].button}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => {
                returnTo.current = asked;
                setAsked(null);
              }}
              className="rounded border border-slate-700 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
            >
              Avbryt
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            ref={(el) => {
              opener.current.AKSEPTER = el;
            }}
            onClick={() => setAsked("AKSEPTER")}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            Aksepter tilbudet
          </button>
          <button
            type="button"
            ref={(el) => {
              opener.current.AVSLA = el;
            }}
            onClick={() => setAsked("AVSLA")}
            className="rounded border border-slate-700 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
          >
            Avslå tilbudet
          </button>
        </div>
      )}
    </form>
  );
}
