import { z } from "zod";

// Norwegian default messages for anything a schema does not word itself.
z.config(z.locales.no());

export { z };

export type FieldErrors = Record<string, string[]>;

/** All field errors at once, keyed by dotted path ("periods.0.startDate"); form-level errors under "_". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * What a form adapter got instead of FormData (a plain object, a string, nothing): `defineAction` answers
 * it with a validation message (issue 11 §6), so a wrong body is never a throw.
 */
const NOT_A_FORM: unique symbol = Symbol("not a form");

export function isNotAForm(value: unknown): boolean {
  return typeof value === "object" && value !== null && NOT_A_FORM in value;
}

/** Next's own fields in a form post (`$ACTION_ID_…`, `$ACTION_REF_1`, `$ACTION_1:0`, …): never input. */
export const isNextActionKey = (key: string) => key.startsWith("$ACTION");

/**
 * FormData → plain object; repeated keys become arrays, empty strings stay as they are, Next's `$ACTION_*`
 * keys are left out (the schemas are strict). Anything that is not FormData becomes an object that
 * `defineAction` refuses as unreadable (see isNotAForm).
 */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  if (!(formData instanceof FormData)) return { [NOT_A_FORM]: true } as Record<string, unknown>;
  // A Map, then fromEntries: a field named "__proto__" or "constructor" is just a field.
  const out = new Map<string, unknown>();
  for (const [key, value] of formData.entries()) {
    if (isNextActionKey(key)) continue;
    const v = typeof value === "string" ? value : value.name;
    if (out.has(key)) {
      const existing = out.get(key);
      out.set(key, Array.isArray(existing) ? [...existing, v] : [existing, v]);
    } else {
      out.set(key, v);
    }
  }
  return Object.fromEntries(out);
}
