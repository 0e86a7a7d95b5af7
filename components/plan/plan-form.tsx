"use client";
import { useEffect, useState } from "react";
import { useServerActionState } from "@/components/form/use-action-result";
import { useRouter } from "next/navigation";
import { savePlan } from "@/lib/actions/plans/save-plan";
import { ErrorSummary, fieldId } from "@/components/form/error-summary";
import { NORMERT_TID_MAX_MONTHS, RULE_TEXT } from "@/lib/domain/rules";

export type PlanFormRow = {
  key: string;
  kind: "HJEMME" | "SPESIALISERINGSPERIODE";
  departmentId: string;
  fagavtaleId: string;
  startDate: string;
  endDate: string;
  durationMonths: string;
  shortDurationReason: string;
  learningActivities: string;
};

export type PlanFormProps = {
  employmentId: string;
  basedOnVersionId: string;
  lockVersion: number;
  courses: string;
  notes: string;
  rows: PlanFormRow[];
  departments: { id: string; name: string }[];
  fagavtaler: { id: string; label: string; normertTidMonths: number; learningGoals: string[] }[];
  /** Where to go after saving. */
  returnPath: string;
  signed: boolean;
  revision: boolean;
};

const FIELD_LABEL: Record<string, string> = {
  kind: "type",
  departmentId: "læringsarena",
  fagavtaleId: "fagavtale",
  startDate: "fra-dato",
  endDate: "til og med",
  durationMonths: "varighet",
  shortDurationReason: "begrunnelse for kortere varighet",
  learningActivities: "læringsaktiviteter",
};

const inputClass = (invalid: boolean) => `mt-1 w-full rounded border px-3 py-2 bg-white ${invalid ? "border-2 border-red-700" : "border-slate-500"}`;

let counter = 0;
const newKey = () => `ny-${Date.now()}-${counter++}`;

export function PlanForm(props: PlanFormProps) {
  const router = useRouter();
  const [state, action, pending] = useServerActionState(savePlan);
  const [rows, setRows] = useState<PlanFormRow[]>(props.rows);
  const [courses, setCourses] = useState(props.courses);
  const [notes, setNotes] = useState(props.notes);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  useEffect(() => {
    if (state?.ok) {
      const flag = state.data.signaturesCleared ? "signaturer-fjernet" : state.data.newRevision ? "ny-versjon" : "1";
      router.push(`${props.returnPath}?lagret=${flag}`);
    }
  }, [state, router, props.returnPath]);

  const update = (key: string, patch: Partial<PlanFormRow>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const labels: Record<string, string> = { courses: "Kurs", notes: "Merknader", periods: "Perioder" };
  for (const name of Object.keys(errors)) {
    const m = /^periods\.(\d+)\.(\w+)$/.exec(name);
    if (m) labels[name] = `Periode ${Number(m[1]) + 1}, ${FIELD_LABEL[m[2]!] ?? m[2]}`;
  }
  const serialized = JSON.stringify(rows, (name, value) => (name === "key" ? undefined : value));

  return (
    <form action={action} noValidate>
      <ErrorSummary message={state && !state.ok ? state.message : null} fieldErrors={errors} labels={labels} />
      <input type="hidden" name="employmentId" value={props.employmentId} />
      <input type="hidden" name="basedOnVersionId" value={props.basedOnVersionId} />
      <input type="hidden" name="lockVersion" value={props.lockVersion} />
      <input type="hidden" name="periods" value={serialized} />

      {props.signed ? (
        <p className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
          Denne versjonen er signert. Lagrer du endringer, fjernes signaturene, og planen må signeres på nytt av både LIS og leder.
        </p>
      ) : null}
      {props.revision ? (
        <p className="mb-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          Planen er godkjent. Endringer lagres som en ny versjon som må signeres og godkjennes på nytt. Den godkjente planen gjelder til den nye er godkjent.
        </p>
      ) : null}

      <h2 className="text-xl font-semibold">Perioder</h2>
      <p className="text-sm text-slate-700">Periodene sorteres etter dato når planen lagres. Periodene kan ikke overlappe.</p>
      {errors.periods ? (
        <p id="periods" className="mt-1 text-sm font-medium text-red-800">
          {errors.periods.join(" ")}
        </p>
      ) : null}

      <ol className="mt-4 space-y-4">
        {rows.map((row, index) => {
          const err = (field: string) => errors[`periods.${index}.${field}`];
          const id = (field: string) => fieldId(`periods.${index}.${field}`);
          const fagavtale = props.fagavtaler.find((f) => f.id === row.fagavtaleId);
          const duration = Number(row.durationMonths);
          const short = fagavtale && Number.isInteger(duration) && duration >= 1 && duration < fagavtale.normertTidMonths;
          const field = (name: keyof PlanFormRow, label: string, input: (common: { id: string; "aria-invalid": boolean; "aria-describedby"?: string; className: string }) => React.ReactNode, hint?: string) => {
            const e = err(name);
            const describedBy = [hint ? `${id(name)}-hint` : null, e ? `${id(name)}-feil` : null].filter(Boolean).join(" ") || undefined;
            return (
              <div className="mb-3">
                <label htmlFor={id(name)} className="block font-medium">
                  {label}
                </label>
                {hint ? (
                  <p id={`${id(name)}-hint`} className="text-sm text-slate-700">
                    {hint}
                  </p>
                ) : null}
                {input({ id: id(name), "aria-invalid": Boolean(e), "aria-describedby": describedBy, className: inputClass(Boolean(e)) })}
                {e ? (
                  <p id={`${id(name)}-feil`} className="mt-1 text-sm font-medium text-red-800">
                    {e.join(" ")}
                  </p>
                ) : null}
              </div>
            );
          };
          return (
            <li key={row.key}>
              <fieldset className="rounded border border-slate-400 bg-white p-4">
                <legend className="px-1 font-semibold">
                  Periode {index + 1}: {row.kind === "HJEMME" ? "ved eget helseforetak" : "spesialiseringsperiode"}
                </legend>
                {row.kind === "HJEMME" ? (
                  <>
                    {field("departmentId", "Læringsarena", (c) => (
                      <select {...c} value={row.departmentId} onChange={(e) => update(row.key, { departmentId: e.target.value })}>
                        <option value="">Velg læringsarena</option>
                        {props.departments.map((d) => (
                          <option key={d.id} value={d.id}>
                            {d.name}
                          </option>
                        ))}
                      </select>
                    ))}
                    <div className="grid gap-4 sm:grid-cols-2">
                      {field("startDate", "Fra", (c) => <input {...c} type="date" value={row.startDate} onChange={(e) => update(row.key, { startDate: e.target.value })} />)}
                      {field("endDate", "Til og med", (c) => <input {...c} type="date" value={row.endDate} onChange={(e) => update(row.key, { endDate: e.target.value })} />)}
                    </div>
                  </>
                ) : (
                  <>
                    {field(
                      "fagavtaleId",
                      "Fagavtale (samarbeidsaktør og læringsarena)",
                      (c) => (
                        <select
                          {...c}
                          value={row.fagavtaleId}
                          onChange={(e) => {
                            const chosen = props.fagavtaler.find((f) => f.id === e.target.value);
                            update(row.key, { fagavtaleId: e.target.value, durationMonths: row.durationMonths || (chosen ? String(chosen.normertTidMonths) : "") });
                          }}
                        >
                          <option value="">Velg fagavtale</option>
                          {props.fagavtaler.map((f) => (
                            <option key={f.id} value={f.id}>
                              {f.label}
                            </option>
                          ))}
                        </select>
                      ),
                      props.fagavtaler.length === 0 ? "Helseforetaket ditt har ingen gyldige fagavtaler i spesialiteten." : undefined,
                    )}
                    {fagavtale ? (
                      <div className="mb-3 text-sm text-slate-800">
                        <p>Normert tid: {fagavtale.normertTidMonths} måneder.</p>
                        {fagavtale.learningGoals.length ? <p>Læringsmål som dekkes: {fagavtale.learningGoals.join("; ")}.</p> : null}
                      </div>
                    ) : null}
                    <div className="grid gap-4 sm:grid-cols-2">
                      {field("startDate", "Ønsket start (foreløpig)", (c) => <input {...c} type="date" value={row.startDate} onChange={(e) => update(row.key, { startDate: e.target.value })} />)}
                      {field(
                        "durationMonths",
                        "Varighet i måneder",
                        (c) => <input {...c} type="number" min={1} max={NORMERT_TID_MAX_MONTHS} inputMode="numeric" value={row.durationMonths} onChange={(e) => update(row.key, { durationMonths: e.target.value })} />,
                        "Normalt lik normert tid i fagavtalen.",
                      )}
                    </div>
                    {duration >= 1 && duration < 3 ? (
                      <p className="mb-3 text-sm font-medium text-amber-950">{RULE_TEXT.refundedWarning}</p>
                    ) : null}
                    {short || row.shortDurationReason || err("shortDurationReason")
                      ? field("shortDurationReason", "Begrunnelse for kortere varighet enn normert tid", (c) => (
                          <textarea {...c} rows={2} value={row.shortDurationReason} onChange={(e) => update(row.key, { shortDurationReason: e.target.value })} />
                        ))
                      : null}
                  </>
                )}
                {field("learningActivities", "Læringsaktiviteter", (c) => (
                  <textarea {...c} rows={2} value={row.learningActivities} onChange={(e) => update(row.key, { learningActivities: e.target.value })} />
                ))}
                <button type="button" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))} className="rounded border border-red-800 px-3 py-1 text-sm text-red-800">
                  Fjern periode {index + 1}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>

      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={() => setRows((r) => [...r, emptyRow("HJEMME")])} className="rounded border border-brand-700 bg-white px-3 py-2 text-brand-800">
          Legg til periode ved eget helseforetak
        </button>
        <button type="button" onClick={() => setRows((r) => [...r, emptyRow("SPESIALISERINGSPERIODE")])} className="rounded border border-brand-700 bg-white px-3 py-2 text-brand-800">
          Legg til spesialiseringsperiode
        </button>
      </div>

      <h2 className="mt-8 text-xl font-semibold">Kurs og merknader</h2>
      <div className="mb-4">
        <label htmlFor="courses" className="block font-medium">
          Kurs
        </label>
        <textarea id="courses" name="courses" rows={3} value={courses} onChange={(e) => setCourses(e.target.value)} aria-invalid={Boolean(errors.courses)} className={inputClass(Boolean(errors.courses))} />
        {errors.courses ? <p className="mt-1 text-sm font-medium text-red-800">{errors.courses.join(" ")}</p> : null}
      </div>
      <div className="mb-4">
        <label htmlFor="notes" className="block font-medium">
          Merknader
        </label>
        <textarea id="notes" name="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} aria-invalid={Boolean(errors.notes)} className={inputClass(Boolean(errors.notes))} />
        {errors.notes ? <p className="mt-1 text-sm font-medium text-red-800">{errors.notes.join(" ")}</p> : null}
      </div>

      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-70">
        {pending ? "Lagrer …" : "Lagre planen"}
      </button>
    </form>
  );
}

function emptyRow(kind: PlanFormRow["kind"]): PlanFormRow {
  return { key: newKey(), kind, departmentId: "", fagavtaleId: "", startDate: "", endDate: "", durationMonths: "", shortDurationReason: "", learningActivities: "" };
}
