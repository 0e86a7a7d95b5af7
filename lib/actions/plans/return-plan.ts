"use server";
import { revalidatePath } from "next/cache";
import { defineAction, formAction } from "@/lib/server/action";
import { returnPlan as returnPlanService } from "@/lib/server/plans/return-plan";
import { returnPlanSchema } from "@/lib/validation/plan";

const returnPlanAction = defineAction({
  name: "returnPlan",
  capability: "plan:approve",
  input: returnPlanSchema,
  handler: ({ scope, input }) => returnPlanService({ scope, ...input }),
  successMessage: "Planen er returnert til LIS og leder.",
});

const adapter = formAction(returnPlanAction);

export async function returnPlan(previous: Awaited<ReturnType<typeof returnPlanAction>> | null, formData: FormData) {
  const result = await adapter(previous, formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
