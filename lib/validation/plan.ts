import { z } from "@/lib/validation/zod";
import type { PlanPeriodDraft } from "@/lib/domain/plan-validation";

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string): Date | null {
  if (!ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** One row of the plan form. The form's "Til og med" date is inclusive; the model's end date is exclusive. */
export const planPeriodSchema = z
  .object({
    kind: z.enum(["HJEMME", "SPESIALISERINGSPERIODE"], { error: "Velg type periode." }),
    departmentId: z.string().default(""),
    fagavtaleId: z.string().default(""),
    startDate: z.string().default(""),
    endDate: z.string().default(""),
    durationMonths: z.union([z.string(), z.number()]).default(""),
    shortDurationReason: z.string().max(1000, "Begrunnelsen kan ha høyst 1000 tegn.").default(""),
    learningActivities: z.string().max(2000, "Læringsaktivitetene kan ha høyst 2000 tegn.").default(""),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!parseDay(p.startDate)) issue("startDate", p.kind === "HJEMME" ? "Oppgi fra-dato." : "Oppgi ønsket startdato.");
    if (p.kind === "HJEMME") {
      if (!p.departmentId) issue("departmentId", "Velg læringsarena.");
      if (!parseDay(p.endDate)) issue("endDate", "Oppgi til og med-dato.");
    } else {
      if (!p.fagavtaleId) issue("fagavtaleId", "Velg fagavtale.");
      const months = Number(p.durationMonths);
      if (p.durationMonths === "" || !Number.isInteger(months) || months < 1 || months > 60) issue("durationMonths", "Oppgi varighet i hele måneder (1–60).");
    }
  })
  .transform((p): PlanPeriodDraft => {
    const startDate = parseDay(p.startDate)!;
    if (p.kind === "HJEMME") {
      return { kind: "HJEMME", departmentId: p.departmentId, startDate, endDate: new Date(parseDay(p.endDate)!.getTime() + DAY_MS), learningActivities: p.learningActivities };
    }
    return {
      kind: "SPESIALISERINGSPERIODE",
      fagavtaleId: p.fagavtaleId,
      startDate,
      durationMonths: Number(p.durationMonths),
      shortDurationReason: p.shortDurationReason.trim() || null,
      learningActivities: p.learningActivities,
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

export const savePlanSchema = z.object({
  employmentId: z.string().min(1, "Mangler arbeidsforhold."),
  basedOnVersionId: z.string().default(""),
  lockVersion: z.coerce.number().int().min(0),
  courses: z.string().max(4000, "Kurs kan ha høyst 4000 tegn.").default(""),
  notes: z.string().max(4000, "Merknader kan ha høyst 4000 tegn.").default(""),
  periods: z.preprocess(parseJson, z.array(planPeriodSchema, { error: "Periodene kunne ikke leses. Last inn siden på nytt." })),
});

export const versionStepSchema = z.object({
  versionId: z.string().min(1, "Mangler planversjon."),
  lockVersion: z.coerce.number().int().min(0),
});

export const returnPlanSchema = versionStepSchema.extend({
  comment: z.string().trim().min(1, "Skriv en kommentar om hva som må rettes.").max(2000, "Kommentaren kan ha høyst 2000 tegn."),
});
