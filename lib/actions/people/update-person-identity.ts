"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, textSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { updatePersonIdentity as service } from "@/lib/server/people/person-identity";

const action = defineAction({
  name: "updatePersonIdentity",
  capability: "person-identity:manage",
  input: z.strictObject({
    personId: idSchema(),
    // Validated in the service (lib/domain/person-identity.ts): empty clears, so both may be empty here.
    hprNumber: textSchema({ max: 40, tooLong: "HPR-nummeret må bestå av 4–9 sifre." }),
    entraObjectId: textSchema({ max: 60, tooLong: "Katalog-ID-en er for lang." }),
  }),
  handler: ({ scope, input }) => service({ scope, ...input }),
  successMessage: "HPR-nummer og katalog-ID er lagret.",
});

export async function updatePersonIdentity(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/koordinator/personer");
    revalidatePath("/regional/personer");
  }
  return result;
}

export async function updatePersonIdentityForm(previous: Awaited<ReturnType<typeof updatePersonIdentity>> | null, formData: FormData) {
  return formAction(updatePersonIdentity)(previous, formData);
}
