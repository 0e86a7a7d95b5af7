"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { optionalDaySchema } from "@/lib/validation/day";
import { defineAction, formAction } from "@/lib/server/action";
import { registerLis as registerLisService } from "@/lib/server/fe/register-lis";

const action = defineAction({
  name: "registerLis",
  capability: "fe:register",
  input: z.strictObject({ employmentId: idSchema("Velg en LIS."), registeredOn: optionalDaySchema() }),
  handler: ({ scope, input }) => registerLisService({ scope, employmentId: input.employmentId, registeredOn: input.registeredOn }),
  successMessage: "LIS-en er registrert i fiktiv enhet.",
});

export async function registerLis(input: unknown) {
  const result = await action(input);
  if (result.ok) revalidatePath("/koordinator/fiktiv-enhet");
  return result;
}

/** For the work list's form: on success, back to the page with a confirmation (the list item is gone). */
export async function registerLisForm(previous: Awaited<ReturnType<typeof registerLis>> | null, formData: FormData) {
  const result = await formAction(registerLis)(previous, formData);
  if (result.ok) redirect(`/koordinator/fiktiv-enhet?registrert=${encodeURIComponent(result.data.registrationId)}`);
  return result;
}
