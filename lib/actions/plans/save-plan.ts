"use server";
import { revalidatePath } from "next/cache";
import { defineAction, formAction } from "@/lib/server/action";
import { savePlanDraft } from "@/lib/server/plans/save-plan-draft";
import { savePlanSchema } from "@/lib/validation/plan";

const savePlanAction = defineAction({
  name: "savePlan",
  capability: "plan:edit",
  input: savePlanSchema,
  handler: ({ scope, input }) => savePlanDraft({ scope, ...input }),
  successMessage: "Planen er lagret.",
});

const adapter = formAction(savePlanAction);

/** Saves the plan form (periods as JSON in a hidden field). */
export async function savePlan(previous: Awaited<ReturnType<typeof savePlanAction>> | null, formData: FormData) {
  const result = await adapter(previous, formData);
  if (result.ok) {
    revalidatePath("/", "layout");
    if (result.data.signaturesCleared) return { ...result, message: "Planen er lagret. Signaturene er fjernet fordi planen ble endret, så den må signeres på nytt." };
    if (result.data.newRevision) return { ...result, message: "Planen er lagret som en ny versjon. Den godkjente planen gjelder til den nye er godkjent." };
  }
  return result;
}
