"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { recordIntakeReceived as service } from "@/lib/server/intake/record-intake-received";

const action = defineAction({
  name: "recordIntakeReceived",
  capability: "intake:forward",
  input: z.strictObject({ intakeFormId: idSchema(), receivedOn: daySchema("Velg datoen foretaket mottok skjemaet.") }),
  handler: ({ scope, input }) => service({ scope, intakeFormId: input.intakeFormId, receivedOn: input.receivedOn }),
  successMessage: "Mottaksdatoen er registrert som kødato.",
});

export async function recordIntakeReceived(input: unknown) {
  const result = await action(input);
  if (result.ok) revalidatePath("/koordinator/innmeldingsskjema");
  return result;
}

export async function recordIntakeReceivedForm(previous: Awaited<ReturnType<typeof recordIntakeReceived>> | null, formData: FormData) {
  return formAction(recordIntakeReceived)(previous, formData);
}
