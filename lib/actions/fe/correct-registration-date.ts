"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, reasonSchema } from "@/lib/validation/fields";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { correctRegistrationDate as service } from "@/lib/server/fe/correct-registration-date";

const action = defineAction({
  name: "correctRegistrationDate",
  capability: "fe:register",
  input: z.strictObject({
    registrationId: idSchema(),
    newDate: daySchema("Velg ny registreringsdato."),
    reason: reasonSchema("Skriv en begrunnelse for endringen.", { min: 1 }),
  }),
  handler: ({ scope, input }) => service({ scope, ...input }),
  successMessage: "Registreringsdatoen er endret.",
});

export async function correctRegistrationDate(input: unknown) {
  const result = await action(input);
  if (result.ok) revalidatePath("/koordinator/fiktiv-enhet");
  return result;
}

export async function correctRegistrationDateForm(previous: Awaited<ReturnType<typeof correctRegistrationDate>> | null, formData: FormData) {
  return formAction(correctRegistrationDate)(previous, formData);
}
