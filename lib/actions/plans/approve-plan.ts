"use server";
import { revalidatePath } from "next/cache";
import { defineAction, formAction, type ActionResult } from "@/lib/server/action";
import { approvePlan as approvePlanService } from "@/lib/server/plans/approve-plan";
import { versionStepSchema } from "@/lib/validation/plan";

const approvePlanAction = defineAction({
  name: "approvePlan",
  capability: "plan:approve",
  input: versionStepSchema,
  handler: ({ scope, input }) => approvePlanService({ scope, ...input }),
  successMessage: "Planen er godkjent.",
});

const adapter = formAction(approvePlanAction);

export async function approvePlan(_previous: ActionResult<{ expiresAt: Date; notified: number }> | null, formData: FormData): Promise<ActionResult<{ expiresAt: Date; notified: number }>> {
  const result = await adapter(null, formData);
  if (result.ok) {
    revalidatePath("/", "layout");
    return { ...result, data: { expiresAt: result.data.expiresAt, notified: result.data.sync.notifiedOrganisationIds.length } };
  }
  return result;
}
