"use server";
import { revalidatePath } from "next/cache";
import { defineAction, formAction } from "@/lib/server/action";
import { signPlan as signPlanService } from "@/lib/server/plans/sign-plan";
import { versionStepSchema } from "@/lib/validation/plan";

const signPlanAction = defineAction({
  name: "signPlan",
  capability: "plan:sign",
  input: versionStepSchema,
  handler: ({ scope, input }) => signPlanService({ scope, ...input }),
  successMessage: "Du har signert planen.",
});

const adapter = formAction(signPlanAction);

export async function signPlan(previous: Awaited<ReturnType<typeof signPlanAction>> | null, formData: FormData) {
  const result = await adapter(previous, formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
