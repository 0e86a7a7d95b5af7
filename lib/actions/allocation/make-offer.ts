"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, textSchema } from "@/lib/validation/fields";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { makeOffer as makeOfferService, type MakeOfferResult } from "@/lib/server/allocation/make-offer";
import { formDataToObject } from "@/lib/validation/zod";

const action = defineAction({
  name: "makeOffer",
  capability: "vacancy:manage",
  input: z.strictObject({
    vacancyId: idSchema(),
    periodId: idSchema("Velg en kandidat."),
    deviationReason: textSchema({ max: 2000, tooLong: "Begrunnelsen kan ikke være lengre enn 2000 tegn." }).optional(),
  }),
  handler: ({ scope, input }) => makeOfferService({ scope, vacancyId: input.vacancyId, periodId: input.periodId, deviationReason: input.deviationReason ?? null }),
});

/** The receiving leader picks a candidate: an offer, or a samtidskonflikt when the criteria do not settle it. */
export async function makeOffer(raw: unknown): Promise<ActionResult<MakeOfferResult>> {
  const result = await action(raw);
  if (result.ok) {
    revalidatePath("/leder/stillinger", "layout");
    revalidatePath("/lis", "layout");
  }
  if (result.ok) result.message = result.data.kind === "TILBUD" ? "Tilbudet er sendt." : "Kriteriene avgjør ikke: samtidskonflikt er opprettet og sendt til regional koordinator.";
  return result;
}

export async function makeOfferForm(_previous: ActionResult<MakeOfferResult> | null, formData: FormData): Promise<ActionResult<MakeOfferResult>> {
  return makeOffer(formDataToObject(formData));
}
