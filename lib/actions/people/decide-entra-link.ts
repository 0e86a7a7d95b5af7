"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { decideEntraLink as service } from "@/lib/server/people/person-identity";

const action = defineAction({
  name: "decideEntraLink",
  capability: "person-identity:manage",
  input: z.strictObject({
    requestId: idSchema(),
    decision: z.enum(["BEKREFT", "AVVIS"], { error: "Velg bekreft eller avvis." }),
  }),
  handler: ({ scope, input }) => service({ scope, ...input }),
  successMessage: "Koblingsforespørselen er behandlet.",
});

export async function decideEntraLink(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/koordinator/personer");
    revalidatePath("/regional/personer");
  }
  return result;
}

export async function decideEntraLinkForm(previous: Awaited<ReturnType<typeof decideEntraLink>> | null, formData: FormData) {
  return formAction(decideEntraLink)(previous, formData);
}
