import { z } from "@/lib/validation/zod";
import { idSchema, lockVersionSchema } from "@/lib/validation/fields";
import type { PlanPeriodRow } from "@/lib/domain/plan-validation";
import { dayProblem, parsePlausibleDay } from "@/lib/domain/plausible-day";
import { addDays } from "@/lib/domain/calendar";
import { NORMERT_TID_MAX_MONTHS } from "@/lib/domain/rules";

/** Maximum periods in one plan: a LIS's whole course fits many times over (issue 11 §6). */
export const MAX_PLAN_PERIODS = 60;

/** A plausible day, or null with the reason's message recorded on the field. */
function parseDay(value: string, field: string, missing: string, issue: (field: string, message: string) => void): Date | null {
  if (value === "") {
    issue(field, missing);
    return null;
  }
  const parsed = parsePlausibleDay(value);
  if (parsed.ok) return parsed.day;
  issue(field, dayProblem(parsed.reason, missing));
  return null;
}

/**
 * One row of the plan form. Only its structure is checked here: a row whose fields are missing or
 * malformed is kept as a partial row with its format errors, so the service can report them together
 * with the rules that need the database (overlap, fagavtale, normert tid) in one round.
 * The form's "Til og med" date is inclusive; the model's end date is exclusive.
 */
export const planPeriodSchema = z
  .strictObject({
    kind: z.enum(["HJEMME", "SPESIALISERINGSPERIODE"], { error: "Velg type periode." }),
    departmentId: z.union([z.literal(""), idSchema()]).default(""),
    fagavtaleId: z.union([z.literal(""), idSchema()]).default(""),
    startDate: z.string().max(40, "Ugyldig dato.").default(""),
    endDate: z.string().max(40, "Ugyldig dato.").default(""),
    durationMonths: z.union([z.string().max(20), z.number()]).default(""),
    shortDurationReason: z.string().default(""),
    learningActivities: z.string().default(""),
  })
  .transform((p): PlanPeriodRow => {
    const formatErrors: Record<string, string[]> = {};
    const issue = (field: string, message: string) => (formatErrors[field] ??= []).push(message);
    const startDate = parseDay(p.startDate, "startDate", p.kind === "HJEMME" ? "Oppgi fra-dato." : "Oppgi ønsket startdato.", issue);
    if (p.learningActivities.length > 2000) issue("learningActivities", "Læringsaktivitetene kan ha høyst 2000 tegn.");
    if (p.kind === "HJEMME") {
      if (!p.departmentId) issue("departmentId", "Velg læringsarena.");
      const inclusiveEnd = parseDay(p.endDate, "endDate", "Oppgi til og med-dato.", issue);
      return {
        kind: "HJEMME",
        departmentId: p.departmentId || null,
        startDate,
        endDate: inclusiveEnd ? addDays(inclusiveEnd, 1) : null,
        learningActivities: p.learningActivities,
        formatErrors,
      };
    }
    if (!p.fagavtaleId) issue("fagavtaleId", "Velg fagavtale.");
    const months = Number(p.durationMonths);
    const durationOk = p.durationMonths !== "" && Number.isInteger(months) && months >= 1 && months <= NORMERT_TID_MAX_MONTHS;
    if (!durationOk) issue("durationMonths", `Oppgi varighet i hele måneder (1–${NORMERT_TID_MAX_MONTHS}).`);
    if (p.shortDurationReason.length > 1000) issue("shortDurationReason", "Begrunnelsen kan ha høyst 1000 tegn.");
    return {
      kind: "SPESIALISERINGSPERIODE",
      fagavtaleId: p.fagavtaleId || null,
      startDate,
      durationMonths: durationOk ? months : null,
      shortDurationReason: p.shortDurationReason.trim() || null,
      learningActivities: p.learningActivities,
      formatErrors,
    };
  });

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

export const savePlanSchema = z.strictObject({
  employmentId: idSchema("Mangler arbeidsforhold."),
  basedOnVersionId: z.union([z.literal(""), idSchema()]).default(""),
  lockVersion: lockVersionSchema(),
  // Lengths are checked with the periods (validatePlan), so every field error comes back at once.
  courses: z.string().default(""),
  notes: z.string().default(""),
  periods: z.preprocess(
    parseJson,
    z
      .array(planPeriodSchema, { error: "Periodene kunne ikke leses. Last inn siden på nytt." })
      .max(MAX_PLAN_PERIODS, `En plan kan ha høyst ${MAX_PLAN_PERIODS} perioder.`),
  ),
});

export const versionStepSchema = z.strictObject({
  versionId: idSchema("Mangler planversjon."),
  lockVersion: lockVersionSchema(),
});

export const returnPlanSchema = versionStepSchema.extend({
  comment: z.string().trim().min(1, "Skriv en kommentar om hva som må rettes.").max(2000, "Kommentaren kan ha høyst 2000 tegn."),
});
