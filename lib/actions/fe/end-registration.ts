"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, reasonSchema } from "@/lib/validation/fields";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { endRegistration as service } from "@/lib/server/fe/end-registration";

const action = defineAction({
  name: "endRegistration",
  capability: "fe:register",
  input: z.strictObject({
    registrationId: idSchema(),
    endedOn: daySchema("Velg sluttdato."),
    endReason: reasonSchema("Skriv hvorfor registreringen avsluttes.", { min: 1 }),
  }),
  handler: ({ scope, input }) => service({ scope, ...input }),
  successMessage: "Registreringen er avsluttet.",
});

export async function endRegistration(input: unknown) {
  const result = await action(input);
  if (result.ok) revalidatePath("/koordinator/fiktiv-enhet");
  return result;
}

export async function endRegistrationForm(previous: Awaited<ReturnType<typeof endRegistration>> | null, formData: FormData) {
  return formAction(endRegistration)(previous, formData);
}
