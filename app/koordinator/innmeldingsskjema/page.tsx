import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listIntakeForms } from "@/lib/server/intake/list-intake-forms";
import { IntakeFormSummary } from "@/components/fe/intake-form-summary";
import { ActionForm } from "@/components/fe/action-form";
import { forwardIntakeFormForm } from "@/lib/actions/intake/forward-intake-form";
import { recordIntakeReceivedForm } from "@/lib/actions/intake/record-intake-received";

export const metadata = { title: "Innmeldingsskjema" };

export default async function KoordinatorInnmeldingsskjemaPage() {
  const scope = await requirePageScope("intake:read", "LOKAL_KOORDINATOR");
  const forms = await listIntakeForms({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Innmeldingsskjema til foretak utenfor regionen</h1>
      <p className="mt-2 text-slate-700">
        Send godkjente skjema til mottakende foretak, og registrer datoen de mottok dem: den blir LIS-ens kødato der. Skjema der ønsket oppstart er flyttet etter
        sending, må sendes på nytt.
      </p>
      {forms.length === 0 ? <p className="mt-4">Ingen skjema.</p> : null}
      <ul className="mt-4 space-y-4">
        {forms.map((f) => (
          <li key={f.id} className="rounded border border-slate-300 bg-white p-4">
            <IntakeFormSummary form={f} />
            {f.can.forward ? (
              <ActionForm
                action={forwardIntakeFormForm}
                idPrefix={`send-${f.id}-`}
                hidden={{ intakeFormId: f.id }}
                submitLabel={f.forwardedAt ? `Send skjemaet på nytt for ${f.personName}` : `Send skjemaet for ${f.personName}`}
                className="mt-3"
              />
            ) : null}
            {f.can.recordReceived ? (
              <ActionForm
                action={recordIntakeReceivedForm}
                idPrefix={`mottatt-${f.id}-`}
                hidden={{ intakeFormId: f.id }}
                fields={[{ name: "receivedOn", label: `Dato ${f.partner} mottok skjemaet`, type: "date", required: true, defaultValue: f.receivedOn?.toISOString().slice(0, 10) }]}
                submitLabel="Registrer mottaksdato"
                className="mt-3 max-w-md"
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
