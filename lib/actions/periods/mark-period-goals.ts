"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { markPeriodGoals as service } from "@/lib/server/periods/mark-period-goals";

const MAX_GOALS = 200;

const action = defineAction({
  name: "markPeriodGoals",
  capability: "period-goal:mark",
  input: z.strictObject({
    periodId: idSchema(),
    // Checkboxes: absent (none ticked), one value, or several.
    reached: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(idSchema("Ugyldig læringsmål. Last inn siden på nytt.")).max(MAX_GOALS, { error: "For mange læringsmål." }),
    ),
  }),
  handler: ({ scope, input }) => service({ scope, periodId: input.periodId, reachedGoalIds: [...new Set(input.reached)] }).then(() => undefined),
  successMessage: "Læringsmålene er lagret.",
});

/** "Lagre læringsmål": the LIS or the receiving leader marks the goals reached during a period (issue 14 §7). */
export async function markPeriodGoals(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/lis", "layout");
    revalidatePath("/leder", "layout");
  }
  return result;
}

export async function markPeriodGoalsForm(previous: Awaited<ReturnType<typeof markPeriodGoals>> | null, formData: FormData) {
  return formAction(markPeriodGoals)(previous, formData);
}
