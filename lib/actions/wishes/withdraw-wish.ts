"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, textSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { withdrawWish as service } from "@/lib/server/wishes/withdraw-wish";

const action = defineAction({
  name: "withdrawWish",
  capability: "wish:manage",
  input: z.strictObject({ periodId: idSchema(), reason: textSchema({ max: 1000, tooLong: "Begrunnelsen kan ha høyst 1000 tegn." }).optional() }),
  handler: ({ scope, input }) => service({ scope, periodId: input.periodId, reason: input.reason }),
  successMessage: "Ønsket er trukket.",
});

export async function withdrawWish(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/lis");
    revalidatePath("/koordinator/fiktiv-enhet");
  }
  return result;
}

export async function withdrawWishForm(previous: Awaited<ReturnType<typeof withdrawWish>> | null, formData: FormData) {
  return formAction(withdrawWish)(previous, formData);
}
