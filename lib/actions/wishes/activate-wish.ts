"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { activateWish as service } from "@/lib/server/wishes/activate-wish";

const action = defineAction({
  name: "activateWish",
  capability: "wish:manage",
  input: z.strictObject({ periodId: idSchema() }),
  handler: ({ scope, input }) => service({ scope, periodId: input.periodId }),
  successMessage: "Behovet er gjort om til et aktivt ønske.",
});

export async function activateWish(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/lis");
    revalidatePath("/koordinator/fiktiv-enhet");
  }
  return result;
}

export async function activateWishForm(previous: Awaited<ReturnType<typeof activateWish>> | null, formData: FormData) {
  return formAction(activateWish)(previous, formData);
}
