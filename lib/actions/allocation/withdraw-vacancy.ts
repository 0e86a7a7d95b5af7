"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, reasonSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { WITHDRAW_REASON_REQUIRED, withdrawVacancy as withdrawVacancyService } from "@/lib/server/allocation/withdraw-vacancy";

const withdrawVacancyAction = defineAction({
  name: "withdrawVacancy",
  capability: "vacancy:manage",
  input: z.strictObject({
    vacancyId: idSchema(),
    reason: reasonSchema(WITHDRAW_REASON_REQUIRED, { min: 1, max: 2000 }),
  }),
  handler: ({ scope, input }) => withdrawVacancyService({ scope, vacancyId: input.vacancyId, reason: input.reason }),
});

const adapter = formAction(withdrawVacancyAction);

/** The receiving leader withdraws an open vacancy; its open offers are withdrawn and their capacity freed. */
export async function withdrawVacancy(previous: Awaited<ReturnType<typeof withdrawVacancyAction>> | null, formData: FormData) {
  const result = await adapter(previous, formData);
  if (result.ok) {
    revalidatePath("/leder/stillinger", "layout");
    revalidatePath("/lis", "layout");
    revalidatePath("/koordinator", "layout");
    result.message =
      result.data.withdrawnOfferIds.length > 0
        ? `Stillingen er trukket. ${result.data.withdrawnOfferIds.length === 1 ? "Det åpne tilbudet er" : `${result.data.withdrawnOfferIds.length} åpne tilbud er`} trukket, og LIS og lokal koordinator er varslet.`
        : "Stillingen er trukket.";
  }
  return result;
}
