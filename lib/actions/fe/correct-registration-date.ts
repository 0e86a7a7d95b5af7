"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { correctRegistrationDate as service } from "@/lib/server/fe/correct-registration-date";

const action = defineAction({
  name: "correctRegistrationDate",
  capability: "fe:register",
  input: z.object({
    registrationId: z.string().min(1),
    newDate: daySchema("Velg ny registreringsdato."),
    reason: z.string({ error: "Skriv en begrunnelse for endringen." }).trim().min(1, "Skriv en begrunnelse for endringen."),
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
