"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { endRegistration as service } from "@/lib/server/fe/end-registration";

const action = defineAction({
  name: "endRegistration",
  capability: "fe:register",
  input: z.object({
    registrationId: z.string().min(1),
    endedOn: daySchema("Velg sluttdato."),
    endReason: z.string({ error: "Skriv hvorfor registreringen avsluttes." }).trim().min(1, "Skriv hvorfor registreringen avsluttes."),
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
