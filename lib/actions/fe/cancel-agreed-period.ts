"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, reasonSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { cancelAgreedPeriod as service } from "@/lib/server/fe/cancel-agreed-period";

const action = defineAction({
  name: "cancelAgreedPeriod",
  capability: "fe:register",
  input: z.strictObject({
    periodId: idSchema(),
    reason: reasonSchema("Skriv hvorfor den avtalte perioden avlyses."),
  }),
  handler: ({ scope, input }) => service({ scope, periodId: input.periodId, reason: input.reason }),
  successMessage: "Den avtalte perioden er avlyst.",
});

/** "Avlys avtalt periode": the local coordinator cancels an agreed period with a reason (issue 14 §3). */
export async function cancelAgreedPeriod(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/koordinator", "layout");
    revalidatePath("/lis", "layout");
    revalidatePath("/leder", "layout");
  }
  return result;
}

export async function cancelAgreedPeriodForm(previous: Awaited<ReturnType<typeof cancelAgreedPeriod>> | null, formData: FormData) {
  return formAction(cancelAgreedPeriod)(previous, formData);
}
