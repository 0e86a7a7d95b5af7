"use client";
import { useState } from "react";
import { ActionForm } from "@/components/fe/action-form";
import { correctRegistrationDateForm } from "@/lib/actions/fe/correct-registration-date";
import { endRegistrationForm } from "@/lib/actions/fe/end-registration";
import { recordPeriodAgreementForm } from "@/lib/actions/fe/record-period-agreement";
import { cancelAgreedPeriodForm } from "@/lib/actions/fe/cancel-agreed-period";
import { changeAgreedPeriodForm } from "@/lib/actions/fe/change-agreed-period";
import { CHANGE_LEARNING_GOALS_HINT, PERIOD_CHANGE_REASONS, PERIOD_CHANGE_REASON_LABEL } from "@/lib/domain/period-lifecycle";

const CHANGE_REASON_OPTIONS = PERIOD_CHANGE_REASONS.map((value) => ({ value, label: PERIOD_CHANGE_REASON_LABEL[value] }));
const CHANGE_HELP = `Flytt en avtalt periode som ikke har startet, eller endre siste dag hvis perioden blir kortere eller lengre. Kapasitet og overlapp sjekkes på nytt, og samarbeidsparten får beskjed. ${CHANGE_LEARNING_GOALS_HINT}`;
import { activateWishForm } from "@/lib/actions/wishes/activate-wish";
import { withdrawWishForm } from "@/lib/actions/wishes/withdraw-wish";

/** What one registry row's tools need: ids, names and what the viewer may do (the page decides), nothing more. */
export type RegistryRowToolsData = {
  registrationId: string;
  name: string;
  can: { correctDate: boolean; end: boolean };
  periods: {
    id: string;
    partner: string;
    status: string;
    /** The desired start as a date input's value (yyyy-mm-dd), the agreed start's default. */
    desiredStart: string;
    /** An agreed period's start and last day (inclusive) as date inputs' values, "" if none. */
    agreedStart: string;
    agreedLastDay: string;
    can: { activateWish: boolean; withdrawWish: boolean; recordAgreement: boolean; cancelAgreement: boolean; changeAgreement: boolean };
  }[];
};

const outlineButton = "rounded border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50";

/**
 * A registry row's "Endre" tools, rendered only when opened (issue 9 §3): a page of fifty rows would
 * otherwise carry fifty sets of forms in its HTML and again in its payload. The <details> and its
 * summary are always there, so the keyboard and screen reader see the same control as before.
 */
export function RegistryRowTools({ row }: { row: RegistryRowToolsData }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm underline">
        Endre<span className="sr-only"> registrering og ønsker for {row.name}</span>
      </summary>
      {open ? <RowForms row={row} /> : null}
    </details>
  );
}

function RowForms({ row }: { row: RegistryRowToolsData }) {
  return (
    <div className="mt-2 space-y-4">
      {row.periods
        .filter((p) => p.can.activateWish || p.can.withdrawWish)
        .map((p) =>
          p.can.activateWish ? (
            <ActionForm
              key={p.id}
              action={activateWishForm}
              idPrefix={`onske-${p.id}-`}
              hidden={{ periodId: p.id }}
              submitLabel={`Gjør behovet ved ${p.partner} til ønske for ${row.name}`}
              buttonClassName={outlineButton}
            />
          ) : (
            <ActionForm
              key={p.id}
              action={withdrawWishForm}
              idPrefix={`trekk-${p.id}-`}
              hidden={{ periodId: p.id }}
              submitLabel={`Trekk ønsket ved ${p.partner} for ${row.name}`}
              buttonClassName={outlineButton}
            />
          ),
        )}
      {row.periods
        .filter((p) => p.can.recordAgreement)
        .map((p) => (
          <div key={`avtale-${p.id}`} className="rounded border border-slate-300 p-3">
            <h3 className="font-semibold">
              Registrer avtalt periode ved {p.partner} for {row.name}
            </h3>
            <p className="text-sm text-slate-700">Når LIS og mottakende leder har avtalt start og slutt, registreres perioden her. Samarbeidsparten får beskjed.</p>
            <ActionForm
              action={recordPeriodAgreementForm}
              idPrefix={`avtale-${p.id}-`}
              hidden={{ periodId: p.id }}
              fields={[
                { name: "agreedStart", label: "Avtalt start", type: "date", required: true, defaultValue: p.desiredStart },
                { name: "agreedEnd", label: "Siste dag (til og med)", type: "date", required: true },
                { name: "agreedWith", label: `Avtalt med (navn og rolle ved ${p.partner})`, required: true },
                { name: "agreedOn", label: "Dato for avtalen", type: "date", required: true },
              ]}
              submitLabel={`Registrer avtalt periode for ${row.name}`}
              className="mt-2"
            />
          </div>
        ))}
      {row.periods
        .filter((p) => p.can.cancelAgreement)
        .map((p) => (
          <ActionForm
            key={`avlys-${p.id}`}
            action={cancelAgreedPeriodForm}
            idPrefix={`avlys-${p.id}-`}
            hidden={{ periodId: p.id }}
            fields={[{ name: "reason", label: `Begrunnelse for å avlyse perioden ved ${p.partner}`, type: "textarea", required: true, hint: "Vises på planen og i fiktiv enhet." }]}
            submitLabel={`Avlys avtalt periode ved ${p.partner} for ${row.name}`}
            buttonClassName="rounded border border-red-800 bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-50"
          />
        ))}
      {row.periods
        .filter((p) => p.can.changeAgreement && p.agreedStart && p.agreedLastDay)
        .map((p) => (
          <details key={`endre-${p.id}`} className="rounded border border-slate-300 p-3">
            <summary className="cursor-pointer font-semibold">
              Flytt eller endre perioden ved {p.partner} for {row.name}
            </summary>
            <p className="mt-1 text-sm text-slate-700">{CHANGE_HELP}</p>
            <ActionForm
              action={changeAgreedPeriodForm}
              idPrefix={`endre-${p.id}-`}
              hidden={{ periodId: p.id }}
              fields={[
                { name: "agreedStart", label: "Start", type: "date", required: true, defaultValue: p.agreedStart, hint: p.status === "AVTALT" ? undefined : "Perioden har startet; bare siste dag kan endres." },
                { name: "agreedEnd", label: "Siste dag (til og med)", type: "date", required: true, defaultValue: p.agreedLastDay },
                { name: "reasonKind", label: "Hvorfor endres perioden?", type: "select", required: true, options: CHANGE_REASON_OPTIONS },
                { name: "reason", label: "Begrunnelse", type: "textarea", required: true, hint: "Vises på planen og i fiktiv enhet, og sendes samarbeidsparten." },
              ]}
              submitLabel={`Lagre endret periode ved ${p.partner} for ${row.name}`}
              className="mt-2"
            />
          </details>
        ))}
      {row.can.correctDate ? (
        <ActionForm
          action={correctRegistrationDateForm}
          idPrefix={`korr-${row.registrationId}-`}
          hidden={{ registrationId: row.registrationId }}
          fields={[
            { name: "newDate", label: "Ny registreringsdato", type: "date", required: true },
            { name: "reason", label: "Begrunnelse", type: "textarea", required: true, hint: "Ansiennitetsdatoen endres aldri uten begrunnelse." },
          ]}
          submitLabel="Endre dato"
        />
      ) : null}
      {row.can.end ? (
        <ActionForm
          action={endRegistrationForm}
          idPrefix={`slutt-${row.registrationId}-`}
          hidden={{ registrationId: row.registrationId }}
          fields={[
            { name: "endedOn", label: "Sluttdato", type: "date", required: true },
            { name: "endReason", label: "Grunn (sluttet, ferdig spesialist …)", type: "textarea", required: true },
          ]}
          submitLabel="Avslutt registrering"
        />
      ) : null}
    </div>
  );
}
