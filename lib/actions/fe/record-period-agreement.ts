"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, textSchema } from "@/lib/validation/fields";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { recordPeriodAgreement as service } from "@/lib/server/fe/record-period-agreement";

const action = defineAction({
  name: "recordPeriodAgreement",
  capability: "fe:register",
  input: z.strictObject({
    periodId: idSchema(),
    agreedStart: daySchema("Velg avtalt startdato."),
    agreedEnd: daySchema("Velg siste dag i perioden (til og med)."),
    agreedWith: textSchema({ min: 1, max: 200, required: "Skriv hvem som avtalte perioden hos samarbeidsparten.", tooLong: "Navnet kan ha høyst 200 tegn." }),
    agreedOn: daySchema("Velg datoen avtalen ble gjort."),
  }),
  handler: ({ scope, input }) =>
    service({ scope, periodId: input.periodId, agreedStart: input.agreedStart, agreedEndInclusive: input.agreedEnd, agreedWith: input.agreedWith, agreedOn: input.agreedOn }).then(() => undefined),
  successMessage: "Perioden er registrert som avtalt.",
});

/** The local coordinator records a period agreed with a partner that has its own procedure (issue 14 §1). */
export async function recordPeriodAgreement(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/koordinator", "layout");
    revalidatePath("/lis", "layout");
    revalidatePath("/leder", "layout");
  }
  return result;
}

export async function recordPeriodAgreementForm(previous: Awaited<ReturnType<typeof recordPeriodAgreement>> | null, formData: FormData) {
  return formAction(recordPeriodAgreement)(previous, formData);
}
