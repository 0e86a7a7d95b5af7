"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, reasonSchema } from "@/lib/validation/fields";
import { daySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { PERIOD_CHANGE_REASONS } from "@/lib/domain/period-lifecycle";
import { changeAgreedPeriod as service } from "@/lib/server/fe/change-agreed-period";

const action = defineAction({
  name: "changeAgreedPeriod",
  capability: "fe:register",
  input: z.strictObject({
    periodId: idSchema(),
    agreedStart: daySchema("Velg startdato."),
    agreedEnd: daySchema("Velg siste dag i perioden (til og med)."),
    reasonKind: z.enum(PERIOD_CHANGE_REASONS, { error: "Velg hvorfor perioden endres." }),
    reason: reasonSchema("Skriv hvorfor perioden flyttes eller endres."),
  }),
  handler: ({ scope, input }) =>
    service({ scope, periodId: input.periodId, agreedStart: input.agreedStart, agreedEndInclusive: input.agreedEnd, reasonKind: input.reasonKind, reason: input.reason }).then(() => undefined),
  successMessage: "Perioden er endret. Samarbeidsparten, LIS-en og lederen har fått beskjed.",
});

/** "Flytt eller endre avtalt periode": the local coordinator moves, cuts short or extends an agreed period (issue 14 §2). */
export async function changeAgreedPeriod(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/koordinator", "layout");
    revalidatePath("/lis", "layout");
    revalidatePath("/leder", "layout");
  }
  return result;
}

export async function changeAgreedPeriodForm(previous: Awaited<ReturnType<typeof changeAgreedPeriod>> | null, formData: FormData) {
  return formAction(changeAgreedPeriod)(previous, formData);
}
