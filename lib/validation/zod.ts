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

/** FormData → plain object; repeated keys become arrays, empty strings stay as they are. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    if (key in out) {
      const existing = out[key];
      out[key] = Array.isArray(existing) ? [...existing, v] : [existing, v];
    } else {
      out[key] = v;
    }
  }
  return out;
}
