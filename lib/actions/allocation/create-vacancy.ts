"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, optional } from "@/lib/validation/fields";
import { daySchema } from "@/lib/validation/day";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { createVacancy as createVacancyService } from "@/lib/server/allocation/create-vacancy";
import { formDataToObject } from "@/lib/validation/zod";
import { RULE_TEXT, VACANCY_START_WINDOW_DAYS_DEFAULT, VACANCY_START_WINDOW_DAYS_MAX } from "@/lib/domain/rules";

const boundedInt = (label: string, min: number, max: number, tooHigh = `${label} kan ikke være over ${max}.`) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
    z.number({ error: `${label} må være et tall.` }).int(`${label} må være et helt tall.`).min(min, `${label} må være minst ${min}.`).max(max, tooHigh),
  );
const withDefault = (fallback: number, schema: z.ZodType<number>) => z.preprocess((v) => (v === "" || v === undefined || v === null ? fallback : v), schema);

const input = z.strictObject({
  departmentId: idSchema("Velg avdeling."),
  startDate: daySchema("Skriv startdato som en gyldig dato."),
  durationMonths: optional(boundedInt("Varighet", 1, 36)),
  posts: withDefault(1, boundedInt("Antall stillinger", 1, 10)),
  startWindowDays: withDefault(VACANCY_START_WINDOW_DAYS_DEFAULT, boundedInt("Vinduet", 0, VACANCY_START_WINDOW_DAYS_MAX, RULE_TEXT.startWindowMax)),
});

const action = defineAction({
  name: "createVacancy",
  capability: "vacancy:manage",
  input,
  successMessage: "Stillingen er lyst ut.",
  handler: ({ scope, input }) =>
    createVacancyService({
      scope,
      input: { departmentId: input.departmentId, startDate: input.startDate, durationMonths: input.durationMonths ?? null, posts: input.posts, startWindowDays: input.startWindowDays },
    }),
});

export async function createVacancy(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await action(raw);
  if (result.ok) revalidatePath("/leder/stillinger", "layout");
  return result;
}

export async function createVacancyForm(_previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return createVacancy(formDataToObject(formData));
}
