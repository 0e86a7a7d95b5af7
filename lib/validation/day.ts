import { z } from "./zod";
import { dayProblem, parsePlausibleDay } from "@/lib/domain/plausible-day";

/**
 * A plausible day (lib/domain/plausible-day.ts): "2027-02-01" or "1.2.2027", strictly parsed and within
 * 2000–2100 → that calendar date at UTC midnight (for @db.Date). Used by every form and action.
 */
export const daySchema = (message = "Skriv en gyldig dato (dd.mm.åååå).") =>
  z.unknown().transform((value, ctx) => {
    const parsed = parsePlausibleDay(value);
    if (parsed.ok) return parsed.day;
    ctx.addIssue({ code: "custom", message: dayProblem(parsed.reason, message) });
    return z.NEVER;
  });

/** Empty string → undefined; otherwise a day. */
export const optionalDaySchema = (message?: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), daySchema(message).optional());
