"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, textSchema } from "@/lib/validation/fields";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { saveIntakeForm as service } from "@/lib/server/intake/save-intake-form";

const text = (message: string) => textSchema({ min: 1, max: 4000, required: message, tooLong: "Høyst 4000 tegn." });

const action = defineAction({
  name: "saveIntakeForm",
  capability: "intake:fill",
  input: z.strictObject({
    periodId: idSchema(),
    motivasjon: text("Skriv kort om motivasjonen din."),
    onsketOppstart: daySchema("Velg ønsket oppstart."),
    oppnaddeLaeringsmal: text("Skriv hvilke læringsmål du har oppnådd."),
    kontaktinfo: text("Skriv telefon eller e-post."),
  }),
  handler: ({ scope, input }) =>
    service({
      scope,
      periodId: input.periodId,
      desiredStart: input.onsketOppstart,
      content: { motivasjon: input.motivasjon, oppnaddeLaeringsmal: input.oppnaddeLaeringsmal, kontaktinfo: input.kontaktinfo },
    }),
  successMessage: "Innmeldingsskjemaet er lagret. Lederen din må godkjenne det før koordinator sender det.",
});

export async function saveIntakeForm(input: unknown) {
  const result = await action(input);
  if (result.ok) revalidatePath("/lis");
  return result;
}

export async function saveIntakeFormForm(previous: Awaited<ReturnType<typeof saveIntakeForm>> | null, formData: FormData) {
  return formAction(saveIntakeForm)(previous, formData);
}
