"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { createVacancy as createVacancyService } from "@/lib/server/allocation/create-vacancy";
import { formDataToObject } from "@/lib/validation/zod";
import { RULE_TEXT, VACANCY_START_WINDOW_DAYS_DEFAULT, VACANCY_START_WINDOW_DAYS_MAX } from "@/lib/domain/rules";

const optionalInt = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : Number(v)),
    z.number({ error: `${label} må være et tall.` }).int(`${label} må være et helt tall.`).min(min, `${label} må være minst ${min}.`).max(max, `${label} kan ikke være over ${max}.`).optional(),
  );

const input = z.object({
  departmentId: z.string({ error: "Velg avdeling." }).min(1, "Velg avdeling."),
  startDate: z.iso.date({ error: "Skriv startdato som en gyldig dato." }),
  durationMonths: optionalInt("Varighet", 1, 36),
  posts: z.preprocess((v) => (v === "" || v === undefined ? 1 : Number(v)), z.number({ error: "Antall stillinger må være et tall." }).int("Antall stillinger må være et helt tall.").min(1, "Antall stillinger må være minst 1.").max(10, "Antall stillinger kan ikke være over 10.")),
  startWindowDays: z.preprocess((v) => (v === "" || v === undefined ? VACANCY_START_WINDOW_DAYS_DEFAULT : Number(v)), z.number({ error: "Vinduet må være et tall." }).int("Vinduet må være et helt antall dager.").min(0, "Vinduet kan ikke være negativt.").max(VACANCY_START_WINDOW_DAYS_MAX, RULE_TEXT.startWindowMax)),
});

const action = defineAction({
  name: "createVacancy",
  capability: "vacancy:manage",
  input,
  successMessage: "Stillingen er lyst ut.",
  handler: ({ scope, input }) =>
    createVacancyService({
      scope,
      input: { departmentId: input.departmentId, startDate: new Date(`${input.startDate}T00:00:00Z`), durationMonths: input.durationMonths ?? null, posts: input.posts, startWindowDays: input.startWindowDays },
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
