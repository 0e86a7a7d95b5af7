"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import Link from "next/link";
import { createVacancyForm } from "@/lib/actions/allocation/create-vacancy";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField, TextField } from "@/components/form/field";
import { VACANCY_START_WINDOW_DAYS_DEFAULT } from "@/lib/domain/rules";

const LABELS = { departmentId: "Avdeling", startDate: "Startdato", durationMonths: "Varighet (måneder)", posts: "Antall stillinger", startWindowDays: "Vindu for ønsket start (dager)" };

export function VacancyForm({ departments }: { departments: { id: string; label: string }[] }) {
  const [state, action, pending, typed] = useServerActionState(createVacancyForm);
  const kept = (name: string, fallback?: string | number) => typed.fields?.[name] ?? fallback;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form key={typed.attempt} action={action} noValidate className="max-w-xl">
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={LABELS} idPrefix="ny-" />
      {state?.ok ? (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {state.message}{" "}
          <Link href={`/leder/stillinger/${state.data.id}`} className="font-medium underline">
            Se kandidatlisten
          </Link>
        </p>
      ) : null}
      <SelectField name="departmentId" label={LABELS.departmentId} options={departments.map((d) => ({ value: d.id, label: d.label }))} defaultValue={String(kept("departmentId", departments[0]?.id) ?? "")} errors={errors?.departmentId} idPrefix="ny-" required />
      <TextField name="startDate" type="date" label={LABELS.startDate} defaultValue={kept("startDate")} errors={errors?.startDate} idPrefix="ny-" required />
      <TextField name="durationMonths" type="number" label={LABELS.durationMonths} hint="Tomt felt gir fagavtalens normerte tid." defaultValue={kept("durationMonths")} errors={errors?.durationMonths} idPrefix="ny-" />
      <TextField name="posts" type="number" label={LABELS.posts} defaultValue={kept("posts", 1)} errors={errors?.posts} idPrefix="ny-" required />
      <TextField name="startWindowDays" type="number" label={LABELS.startWindowDays} hint="Ønsker med ønsket start innenfor ± så mange dager kommer med på listen." defaultValue={kept("startWindowDays", VACANCY_START_WINDOW_DAYS_DEFAULT)} errors={errors?.startWindowDays} idPrefix="ny-" required />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {pending ? "Lyser ut …" : "Lys ut stilling"}
      </button>
    </form>
  );
}
