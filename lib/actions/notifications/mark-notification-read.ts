"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { markNotificationRead as markRead } from "@/lib/server/notifications/list-notifications";

/** "Marker som lest" on one of the person's own notifications (audited); another's is "not found". */
export const markNotificationRead = defineAction({
  name: "markNotificationRead",
  capability: "notification:read",
  input: z.strictObject({ notificationId: idSchema() }),
  successMessage: "Varselet er markert som lest.",
  handler: ({ scope, input }) => markRead({ scope, notificationId: input.notificationId }),
});

const adapter = formAction(markNotificationRead);

/** The form's version: the list and the header's unread count are rendered again. */
export async function markNotificationReadForm(previous: Awaited<ReturnType<typeof markNotificationRead>> | null, formData: FormData) {
  const result = await adapter(previous, formData);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
