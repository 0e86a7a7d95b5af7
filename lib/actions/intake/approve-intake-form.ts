"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { approveIntakeForm as service } from "@/lib/server/intake/approve-intake-form";

const action = defineAction({
  name: "approveIntakeForm",
  capability: "intake:approve",
  input: z.strictObject({ intakeFormId: idSchema() }),
  handler: ({ scope, input }) => service({ scope, intakeFormId: input.intakeFormId }),
  successMessage: "Skjemaet er godkjent og kan sendes av koordinator.",
});

export async function approveIntakeForm(input: unknown) {
  const result = await action(input);
  if (result.ok) revalidatePath("/leder/innmeldingsskjema");
  return result;
}

export async function approveIntakeFormForm(previous: Awaited<ReturnType<typeof approveIntakeForm>> | null, formData: FormData) {
  return formAction(approveIntakeForm)(previous, formData);
}
