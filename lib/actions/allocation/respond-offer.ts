"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, textSchema } from "@/lib/validation/fields";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { respondOffer as respondOfferService } from "@/lib/server/allocation/respond-offer";
import { formDataToObject } from "@/lib/validation/zod";

type Result = ActionResult<{ status: "AKSEPTERT" | "AVSLATT" }>;

const action = defineAction({
  name: "respondOffer",
  capability: "offer:respond",
  input: z.strictObject({
    offerId: idSchema(),
    answer: z.enum(["AKSEPTER", "AVSLA"], { error: "Velg om du aksepterer eller avslår." }),
    reason: textSchema({ max: 2000, tooLong: "Begrunnelsen kan ikke være lengre enn 2000 tegn." }).optional(),
  }),
  handler: ({ scope, input }) => respondOfferService({ scope, offerId: input.offerId, accept: input.answer === "AKSEPTER", reason: input.reason ?? null }),
});

/** The LIS accepts or declines their own offer. */
export async function respondOffer(raw: unknown): Promise<Result> {
  const result = await action(raw);
  if (result.ok) {
    result.message = result.data.status === "AKSEPTERT" ? "Du har akseptert tilbudet. Spesialiseringsperioden er avtalt." : "Du har avslått tilbudet.";
    revalidatePath("/lis", "layout");
  }
  return result;
}

export async function respondOfferForm(_previous: Result | null, formData: FormData): Promise<Result> {
  return respondOffer(formDataToObject(formData));
}
