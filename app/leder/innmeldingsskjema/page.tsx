import { requirePageScope } from "@/lib/server/scope/require-scope";
import { listIntakeForms } from "@/lib/server/intake/list-intake-forms";
import { IntakeFormSummary } from "@/components/fe/intake-form-summary";
import { ActionForm } from "@/components/fe/action-form";
import { approveIntakeFormForm } from "@/lib/actions/intake/approve-intake-form";

export const metadata = { title: "Innmeldingsskjema" };

export default async function LederInnmeldingsskjemaPage() {
  const scope = await requirePageScope("intake:read", "LEDER");
  const forms = await listIntakeForms({ scope });
  return (
    <>
      <h1 className="text-2xl font-semibold">Innmeldingsskjema</h1>
      <p className="mt-2 text-slate-700">Skjema dine LIS har fylt ut til foretak med egen inntaksprosedyre. Godkjenn skjemaet før lokal koordinator sender det.</p>
      {forms.length === 0 ? <p className="mt-4">Ingen skjema.</p> : null}
      <ul className="mt-4 space-y-4">
        {forms.map((f) => (
          <li key={f.id} className="rounded border border-slate-300 bg-white p-4">
            <IntakeFormSummary form={f} />
            {f.can.approve ? (
              <ActionForm action={approveIntakeFormForm} idPrefix={`godkjenn-${f.id}-`} hidden={{ intakeFormId: f.id }} submitLabel={`Godkjenn skjemaet for ${f.personName}`} className="mt-3" />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
