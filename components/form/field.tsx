import { fieldId } from "./error-summary";

type Common = { name: string; label: string; errors?: string[]; hint?: string; idPrefix?: string; required?: boolean };

function describedBy(id: string, hint?: string, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-feil` : null].filter(Boolean).join(" ") || undefined;
}

function FieldFrame({ id, label, hint, errors, required, children }: { id: string; label: string; hint?: string; errors?: string[]; required?: boolean; children: React.ReactNode }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? <span className="text-red-800"> (må fylles ut)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      {errors?.length ? (
        <p id={`${id}-feil`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const inputClass = (invalid: boolean) =>
  `mt-1 w-full rounded border px-3 py-2 ${invalid ? "border-red-700 border-2" : "border-slate-500"} bg-white`;

/** A labelled input with its hint and errors wired up for screen readers. */
/** Said under every date field (issue 10 §8): the browser's date field reads and writes dd.mm.åååå in nb-NO. */
export const DATE_HINT = "Skriv datoen som dd.mm.åååå.";

export function TextField({ type = "text", defaultValue, ...p }: Common & { type?: string; defaultValue?: string | number }) {
  const id = `${p.idPrefix ?? ""}${fieldId(p.name)}`;
  const hint = type === "date" ? (p.hint ? `${p.hint} ${DATE_HINT}` : DATE_HINT) : p.hint;
  return (
    <FieldFrame id={id} label={p.label} hint={hint} errors={p.errors} required={p.required}>
      <input
        id={id}
        name={p.name}
        type={type}
        defaultValue={defaultValue}
        aria-invalid={Boolean(p.errors?.length)}
        aria-describedby={describedBy(id, hint, p.errors)}
        className={inputClass(Boolean(p.errors?.length))}
      />
    </FieldFrame>
  );
}

export function TextArea({ defaultValue, rows = 4, ...p }: Common & { defaultValue?: string; rows?: number }) {
  const id = `${p.idPrefix ?? ""}${fieldId(p.name)}`;
  return (
    <FieldFrame id={id} label={p.label} hint={p.hint} errors={p.errors} required={p.required}>
      <textarea
        id={id}
        name={p.name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={Boolean(p.errors?.length)}
        aria-describedby={describedBy(id, p.hint, p.errors)}
        className={inputClass(Boolean(p.errors?.length))}
      />
    </FieldFrame>
  );
}

export function SelectField({ options, defaultValue, placeholder, ...p }: Common & { options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string }) {
  const id = `${p.idPrefix ?? ""}${fieldId(p.name)}`;
  return (
    <FieldFrame id={id} label={p.label} hint={p.hint} errors={p.errors} required={p.required}>
      <select
        id={id}
        name={p.name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={Boolean(p.errors?.length)}
        aria-describedby={describedBy(id, p.hint, p.errors)}
        className={inputClass(Boolean(p.errors?.length))}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
