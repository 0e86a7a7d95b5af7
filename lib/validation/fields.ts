import { z } from "./zod";
import { formatNumber } from "@/lib/format";

/**
 * Field types every action uses (issue 11 §5–6), so no text is unbounded, no id reaches PostgreSQL in a
 * shape it would choke on, and no integer overflows int4.
 */
export const MAX_INT4 = 2_147_483_647;

/** An id from our own forms: cuid or a seed id ("seed-person-…"). */
export const idSchema = (message = "Ugyldig referanse. Last inn siden på nytt.") =>
  z.string({ error: message }).regex(/^[A-Za-z0-9_-]{1,100}$/, message);

/** Free text with a maximum, trimmed. `min` > 0 makes it required. */
export const textSchema = (options: { max: number; min?: number; required?: string; tooLong?: string }) => {
  const required = options.required ?? "Fyll ut feltet.";
  const base = z.string({ error: required }).trim().max(options.max, options.tooLong ?? `Høyst ${formatNumber(options.max)} tegn.`);
  return options.min ? base.min(options.min, required) : base;
};

/**
 * A reason that will stand in the audit and be read by others: required, of some substance (at least a
 * few words' worth), and bounded.
 */
export const reasonSchema = (required = "Skriv en begrunnelse.", options: { min?: number; max?: number } = {}) => {
  const min = options.min ?? 10;
  const max = options.max ?? 1000;
  const base = z.string({ error: required }).trim().min(1, required).max(max, `Begrunnelsen kan ha høyst ${formatNumber(max)} tegn.`);
  return min > 1 ? base.min(min, `Skriv en begrunnelse på minst ${min} tegn, så andre kan forstå den.`) : base;
};

/**
 * A whole number from a form, bounded (default: what a PostgreSQL int4 holds, from 0). Only a number or
 * a numeric string is read: an empty field is missing, and arrays, objects or booleans are not numbers.
 */
export const intSchema = (options: { min?: number; max?: number; message?: string } = {}) => {
  const message = options.message ?? "Skriv et helt tall.";
  const min = options.min ?? 0;
  const max = options.max ?? MAX_INT4;
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
    z
      .number({ error: message })
      .int(message)
      .min(min, `Tallet må være minst ${formatNumber(min)}.`)
      .max(max, `Tallet kan være høyst ${formatNumber(max)}.`),
  );
};

/** Empty field (or absent) → undefined; otherwise as `schema`. For optional ids, numbers and texts. */
export const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** An optimistic-lock counter (PostgreSQL int4, from 0). */
export const lockVersionSchema = (message = "Skjemaet er utdatert. Last inn siden på nytt.") => intSchema({ min: 0, max: MAX_INT4, message });
