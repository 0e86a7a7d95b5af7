"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { sendPlanReminder as send, sendPlanReminderMessage } from "@/lib/server/reminders/send-plan-reminder";

/** "Send påminnelse" about a plan of the coordinator's trust, to the LIS, the leader or both (audited, once a day each). */
export const sendPlanReminder = defineAction({
  name: "sendPlanReminder",
  capability: "plan:remind",
  input: z.strictObject({
    employmentId: idSchema(),
    to: z.enum(["LIS", "LEDER", "BEGGE"], { error: "Velg hvem som skal få påminnelsen." }),
  }),
  handler: ({ scope, input }) => send({ scope, employmentId: input.employmentId, to: input.to }),
});

const adapter = formAction(sendPlanReminder);

/** The button's version: answers with who was reminded, in Norwegian. */
export async function sendPlanReminderForm(previous: Awaited<ReturnType<typeof sendPlanReminder>> | null, formData: FormData) {
  const result = await adapter(previous, formData);
  if (result.ok) {
    result.message = sendPlanReminderMessage(result.data);
    revalidatePath("/", "layout");
  }
  return result;
}
