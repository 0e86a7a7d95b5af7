import { z } from "./zod";
import { parseIsoDay } from "@/lib/domain/calendar";

/** An <input type="date"> value ("2027-02-01") → that calendar date at UTC midnight (for @db.Date). */
export const daySchema = (message = "Skriv en gyldig dato (dd.mm.åååå).") =>
  z
    .string({ error: message })
    .refine((s) => parseIsoDay(s) !== null, message)
    .transform((s) => parseIsoDay(s)!);

/** Empty string → undefined; otherwise a day. */
export const optionalDaySchema = (message?: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), daySchema(message).optional());
