import { z } from "./zod";

/** An <input type="date"> value ("2027-02-01") → that calendar date at UTC midnight (for @db.Date). */
export const daySchema = (message = "Skriv en gyldig dato (dd.mm.åååå).") =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((s) => new Date(`${s}T00:00:00.000Z`))
    .refine((d) => !Number.isNaN(d.getTime()), message);

/** Empty string → undefined; otherwise a day. */
export const optionalDaySchema = (message?: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), daySchema(message).optional());
