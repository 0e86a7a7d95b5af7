"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField, TextArea, TextField } from "@/components/form/field";

type Result = { ok: true; message?: string } | { ok: false; code?: string; message: string; fieldErrors?: Record<string, string[]> };

export type FormFieldSpec = {
  name: string;
  label: string;
  type?: "text" | "date" | "number" | "textarea" | "select";
  /** The choices of a "select" field. */
  options?: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
  defaultValue?: string | number;
};

/**
 * A small form bound to a server action via useServerActionState: declared fields, each with its own
 * errors and a summary of all of them (HOUSE-STYLE forms), hidden ids, and a status line on success.
 */
export function ActionForm<R extends Result>({
  action,
  fields = [],
  hidden = {},
  submitLabel,
  idPrefix,
  className = "",
  buttonClassName,
}: {
  action: (previous: R | null, formData: FormData) => Promise<R>;
  fields?: FormFieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  idPrefix: string;
  className?: string;
  buttonClassName?: string;
}) {
  const [state, formAction, pending, typed] = useServerActionState<R>(action);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  return (
    <form key={typed.attempt} action={formAction} className={className} noValidate>
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={fieldErrors} labels={labels} idPrefix={idPrefix} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.type === "select" ? (
          <SelectField key={f.name} name={f.name} label={f.label} hint={f.hint} required={f.required} idPrefix={idPrefix} errors={fieldErrors?.[f.name]} options={f.options ?? []} placeholder="Velg …" defaultValue={typed.fields?.[f.name] ?? f.defaultValue?.toString()} />
        ) : f.type === "textarea" ? (
          <TextArea key={f.name} name={f.name} label={f.label} hint={f.hint} required={f.required} idPrefix={idPrefix} errors={fieldErrors?.[f.name]} defaultValue={typed.fields?.[f.name] ?? f.defaultValue?.toString()} rows={2} />
        ) : (
          <TextField key={f.name} name={f.name} type={f.type ?? "text"} label={f.label} hint={f.hint} required={f.required} idPrefix={idPrefix} errors={fieldErrors?.[f.name]} defaultValue={typed.fields?.[f.name] ?? f.defaultValue} />
        ),
      )}
      <button
        type="submit"
        disabled={pending}
        className={buttonClassName ?? "rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2"}
      >
        {pending ? "Lagrer …" : submitLabel}
      </button>
      <p role="status" className="mt-2 text-sm font-medium text-green-900">
        {state?.ok ? (state.message ?? "Lagret.") : ""}
      </p>
    </form>
  );
}
