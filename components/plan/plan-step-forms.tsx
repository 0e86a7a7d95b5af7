"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { signPlan } from "@/lib/actions/plans/sign-plan";
import { approvePlan } from "@/lib/actions/plans/approve-plan";
import { returnPlan } from "@/lib/actions/plans/return-plan";
import { ErrorSummary } from "@/components/form/error-summary";
import { ConfirmPanel, Receipt, useConfirmStep } from "@/components/form/confirm-step";
import { RULE_TEXT } from "@/lib/domain/rules";

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null;

function Outcome({ state, idPrefix }: { state: Result; idPrefix: string }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <p role="status" className="mt-3 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-950">
        {state.message}
      </p>
    );
  }
  return <ErrorSummary idPrefix={idPrefix} message={state.message} fieldErrors={state.fieldErrors} labels={{ comment: "Kommentar" }} />;
}

const button = "rounded bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-70";

const versionText = (versionNumber?: number) => (versionNumber ? `versjon ${versionNumber} av planen` : "planen");

/**
 * Signing and approving (issue 10 §7, decision 0022): the first press asks to confirm, saying what the
 * step does; the second submits. The forms stay mounted after their action succeeds (only the buttons
 * go away), so the receipt survives the page's re-render; it takes focus.
 */
export function SignPlanForm({
  versionId,
  lockVersion,
  versionNumber,
  roleLabel,
  canSign,
}: {
  versionId: string;
  lockVersion: number;
  versionNumber?: number;
  roleLabel: string;
  canSign: boolean;
}) {
  const [state, action, pending, typed] = useServerActionState(signPlan);
  const { asked, ask, cancel, openerRef, headingRef } = useConfirmStep<"SIGNER">(typed.attempt);
  if (state?.ok) return <Receipt title="Signaturen er registrert" message={state.message} testId="signer-kvittering" />;
  return (
    <form action={action} className="mt-3">
      <Outcome state={state} idPrefix="signer-" />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="lockVersion" value={lockVersion} />
      {canSign ? (
        asked ? (
          <ConfirmPanel id="signer-bekreft" headingRef={headingRef} title={`Du signerer ${versionText(versionNumber)} som ${roleLabel}`} confirmLabel="Bekreft: signer planen" pendingLabel="Signerer …" pending={pending} onCancel={cancel}>
            <p>
              Signaturen bekrefter at du er enig i planen slik den står over. Når både LIS og leder har signert, sendes planen til lokal koordinator for godkjenning og kan ikke
              endres før den er godkjent eller returnert.
            </p>
            <p className="mt-1">Du kan ikke trekke signaturen tilbake. Endres planen senere, fjernes signaturene, og den må signeres på nytt.</p>
          </ConfirmPanel>
        ) : (
          <>
            <p className="mb-2 text-sm">Når både LIS og leder har signert, sendes planen til lokal koordinator og kan ikke endres før den er godkjent eller returnert.</p>
            <button type="button" ref={openerRef("SIGNER")} onClick={() => ask("SIGNER")} className={button}>
              Signer planen som {roleLabel}
            </button>
          </>
        )
      ) : null}
    </form>
  );
}

export function ApprovePlanForm({
  versionId,
  lockVersion,
  versionNumber,
  replacesApproved = false,
  canAct,
}: {
  versionId: string;
  lockVersion: number;
  versionNumber?: number;
  /** An approved version is in force and will be replaced. */
  replacesApproved?: boolean;
  canAct: boolean;
}) {
  const [state, action, pending, typed] = useServerActionState(approvePlan);
  const { asked, ask, cancel, openerRef, headingRef } = useConfirmStep<"GODKJENN">(typed.attempt);
  if (state?.ok) return <Receipt title="Godkjenningen er registrert" message={state.message} testId="godkjenn-kvittering" headingLevel={4} />;
  return (
    <form action={action} className="mt-3">
      <Outcome state={state} idPrefix="godkjenn-" />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="lockVersion" value={lockVersion} />
      {canAct ? (
        asked ? (
          <ConfirmPanel
            id="godkjenn-bekreft"
            headingRef={headingRef}
            title={`Du godkjenner ${versionText(versionNumber)}`}
            confirmLabel="Bekreft: godkjenn planen"
            pendingLabel="Godkjenner …"
            pending={pending}
            onCancel={cancel}
            headingLevel={4}
          >
            <p>
              {RULE_TEXT.planValidity}
              {replacesApproved ? " Den erstatter den godkjente versjonen som gjelder nå." : ""} Samarbeidsforetak med endrede spesialiseringsperioder blir varslet.
            </p>
            <p className="mt-1">Godkjenningen kan ikke angres. Senere endringer lagres som en ny versjon som må signeres og godkjennes på nytt.</p>
          </ConfirmPanel>
        ) : (
          <button type="button" ref={openerRef("GODKJENN")} onClick={() => ask("GODKJENN")} className={button}>
            Godkjenn planen
          </button>
        )
      ) : null}
    </form>
  );
}

export function ReturnPlanForm({ versionId, lockVersion, canAct }: { versionId: string; lockVersion: number; canAct: boolean }) {
  const [state, action, pending] = useServerActionState(returnPlan);
  const errors = state && !state.ok ? state.fieldErrors?.comment : undefined;
  if (!canAct) return state?.ok ? <Outcome state={state} idPrefix="returner-" /> : null;
  return (
    <form action={action} className="mt-6" noValidate>
      <Outcome state={state} idPrefix="returner-" />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="lockVersion" value={lockVersion} />
      <label htmlFor="returner-comment" className="block font-medium">
        Kommentar til LIS og leder (må fylles ut for å returnere)
      </label>
      <textarea
        id="returner-comment"
        name="comment"
        rows={3}
        aria-invalid={Boolean(errors)}
        aria-describedby={errors ? "returner-comment-feil" : undefined}
        className={`mt-1 w-full rounded border bg-white px-3 py-2 ${errors ? "border-2 border-red-700" : "border-slate-500"}`}
      />
      {errors ? (
        <p id="returner-comment-feil" className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="mt-2 rounded border-2 border-red-800 bg-white px-4 py-2 font-medium text-red-800">
        Returner planen med kommentar
      </button>
    </form>
  );
}
