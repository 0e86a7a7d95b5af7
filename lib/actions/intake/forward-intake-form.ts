"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { forwardIntakeForm as service } from "@/lib/server/intake/forward-intake-form";

const action = defineAction({
  name: "forwardIntakeForm",
  capability: "intake:forward",
  input: z.strictObject({ intakeFormId: idSchema() }),
  handler: ({ scope, input }) => service({ scope, intakeFormId: input.intakeFormId }),
  successMessage: "Skjemaet er sendt til mottakende foretak.",
});

export async function forwardIntakeForm(input: unknown) {
  const result = await action(input);
  if (result.ok) revalidatePath("/koordinator/innmeldingsskjema");
  return result;
}

export async function forwardIntakeFormForm(previous: Awaited<ReturnType<typeof forwardIntakeForm>> | null, formData: FormData) {
  return formAction(forwardIntakeForm)(previous, formData);
}
