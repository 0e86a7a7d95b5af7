"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, formAction } from "@/lib/server/action";
import { formatDay } from "@/lib/format";
import { takeIndicatorSnapshot as take } from "@/lib/server/indicators/take-indicator-snapshot";

/** "Ta øyeblikksbilde" of a trust or region the coordinator holds (audited; once a day each). */
export const takeIndicatorSnapshot = defineAction({
  name: "takeIndicatorSnapshot",
  capability: "indicator:snapshot",
  input: z.strictObject({ scopeId: idSchema() }),
  handler: ({ scope, input }) => take({ scope, scopeId: input.scopeId }),
});

const adapter = formAction(takeIndicatorSnapshot);

/** The button's version: says what was stored, and shows the page again with the new snapshot. */
export async function takeIndicatorSnapshotForm(previous: Awaited<ReturnType<typeof takeIndicatorSnapshot>> | null, formData: FormData) {
  const result = await adapter(previous, formData);
  if (result.ok) {
    result.message = `Øyeblikksbilde av ${result.data.name} er lagret for ${formatDay(result.data.takenFor)}.`;
    revalidatePath("/koordinator/styringsinformasjon");
    revalidatePath("/regional/styringsinformasjon");
  }
  return result;
}
