"use client";
import { useState } from "react";
import { useServerActionState } from "@/components/form/use-action-result";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea, TextField } from "@/components/form/field";
import { saveFagavtaleForm } from "@/lib/actions/fagavtaler/save-fagavtale";
import type { FagavtaleFormValues } from "@/lib/server/fagavtaler/get-fagavtale-form";

type Option = { id: string; name: string };

const LABELS: Record<string, string> = {
  homeOrganisationId: "Hjemmepart",
  partnerOrganisationId: "Samarbeidspart",
  specialtyId: "Spesialitet",
  arenaName: "Læringsarena",
  normertTidMonths: "Normert tid (måneder)",
  capacityCount: "Kapasitet (antall LIS)",
  capacityUnit: "Kapasitet per",
  intakeProcedure: "Inntaksprosedyre",
  contactName: "Kontaktperson",
  contactEmail: "Kontaktpersonens e-post",
  validFrom: "Gyldig fra",
  validTo: "Gyldig til",
  dekkes: "Læringsmål som dekkes",
  forkunnskap: "Læringsmål som må være oppnådd før start",
  notes: "Merknader",
  reason: "Hva er endret, og hvorfor",
};

function Select({ name, options, defaultValue, errors }: { name: string; options: Option[]; defaultValue: string; errors?: string[] }) {
  const id = `fa-${name}`;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {LABELS[name]} <span className="text-red-800">(må fylles ut)</span>
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={errors?.length ? `${id}-feil` : undefined}
        className={`mt-1 w-full rounded border bg-white px-3 py-2 ${errors?.length ? "border-2 border-red-700" : "border-slate-500"}`}
      >
        <option value="">Velg …</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-feil`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function FagavtaleForm({
  as,
  values,
  homeOptions,
  partnerOptions,
  specialties,
}: {
  as: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR";
  values: FagavtaleFormValues;
  homeOptions: Option[];
  partnerOptions: Option[];
  specialties: Option[];
}) {
  // A refused save (e.g. a capacity that would leave a term overbooked) keeps what the user typed:
  // the form is remounted after each answer with the submitted values as its defaults.
  const [typed, setTyped] = useState<{ attempt: number; fields: Record<string, string> }>({ attempt: 0, fields: {} });
  const [state, action, pending] = useServerActionState(async (previous: Awaited<ReturnType<typeof saveFagavtaleForm>> | null, formData: FormData) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of formData.entries()) if (typeof value === "string") fields[key] = value;
    const result = await saveFagavtaleForm(previous, formData);
    setTyped((t) => ({ attempt: t.attempt + 1, fields }));
    return result;
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const common = { idPrefix: "fa-" };
  const v = { ...values, ...pick(typed.fields, values) };
  return (
    <form key={typed.attempt} action={action} noValidate className="mt-6 max-w-2xl">
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={errors} labels={LABELS} idPrefix="fa-" /> : null}
      <input type="hidden" name="as" value={as} />
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="expectedVersion" value={values.version} /> : null}
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Parter og fag</legend>
        <Select name="homeOrganisationId" options={homeOptions} defaultValue={v.homeOrganisationId} errors={errors?.homeOrganisationId} />
        <Select name="partnerOrganisationId" options={partnerOptions} defaultValue={v.partnerOrganisationId} errors={errors?.partnerOrganisationId} />
        <Select name="specialtyId" options={specialties} defaultValue={v.specialtyId} errors={errors?.specialtyId} />
        <TextField {...common} name="arenaName" label={LABELS.arenaName!} required defaultValue={v.arenaName} errors={errors?.arenaName} />
        <TextField {...common} name="normertTidMonths" type="number" label={LABELS.normertTidMonths!} required defaultValue={v.normertTidMonths} errors={errors?.normertTidMonths} />
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Kapasitet og inntak</legend>
        <TextField {...common} name="capacityCount" type="number" label={LABELS.capacityCount!} required defaultValue={v.capacityCount} errors={errors?.capacityCount} />
        <Select
          name="capacityUnit"
          options={[
            { id: "PER_AR", name: "per år" },
            { id: "PER_SEMESTER", name: "per semester" },
            { id: "VARSEMESTER", name: "per vårsemester" },
            { id: "HOSTSEMESTER", name: "per høstsemester" },
          ]}
          defaultValue={v.capacityUnit}
          errors={errors?.capacityUnit}
        />
        <Select
          name="intakeProcedure"
          options={[
            { id: "HELSE_NORD_TILDELING", name: "Tildeling etter Helse Nords kriterier" },
            { id: "EGET_SKJEMA", name: "Eget innmeldingsskjema (foretak utenfor regionen)" },
          ]}
          defaultValue={v.intakeProcedure}
          errors={errors?.intakeProcedure}
        />
        <TextField {...common} name="contactName" label={LABELS.contactName!} defaultValue={v.contactName} errors={errors?.contactName} />
        <TextField {...common} name="contactEmail" type="email" label={LABELS.contactEmail!} defaultValue={v.contactEmail} errors={errors?.contactEmail} />
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Læringsmål og gyldighet</legend>
        <TextField {...common} name="dekkes" label={LABELS.dekkes!} hint="Koder, skilt med komma, f.eks. GENKIR-02, GENKIR-03." defaultValue={v.dekkes} errors={errors?.dekkes} />
        <TextField {...common} name="forkunnskap" label={LABELS.forkunnskap!} hint="Koder, skilt med komma." defaultValue={v.forkunnskap} errors={errors?.forkunnskap} />
        <TextField {...common} name="validFrom" type="date" label={LABELS.validFrom!} required defaultValue={v.validFrom} errors={errors?.validFrom} />
        <TextField {...common} name="validTo" type="date" label={LABELS.validTo!} hint="Tomt felt: gjelder til den sies opp." defaultValue={v.validTo} errors={errors?.validTo} />
        <TextArea {...common} name="notes" label={LABELS.notes!} defaultValue={v.notes} errors={errors?.notes} />
      </fieldset>
      {values.id ? <TextArea {...common} name="reason" label={LABELS.reason!} required defaultValue={typed.fields.reason} errors={errors?.reason} /> : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {pending ? "Lagrer …" : values.id ? "Lagre endringer" : "Opprett fagavtale"}
      </button>
    </form>
  );
}

/** The submitted text of the form's own fields (not id, version or area), as defaults for the next render. */
function pick(fields: Record<string, string>, values: FagavtaleFormValues): Partial<FagavtaleFormValues> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(values)) {
    if (key === "id" || key === "version") continue;
    if (key in fields) out[key] = fields[key]!;
  }
  return out as Partial<FagavtaleFormValues>;
}
