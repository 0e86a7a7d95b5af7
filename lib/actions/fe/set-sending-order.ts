"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, reasonSchema } from "@/lib/validation/fields";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { formDataToObject } from "@/lib/validation/zod";
import { setSendingOrder as service } from "@/lib/server/fe/set-sending-order";

const action = defineAction({
  name: "setSendingOrder",
  capability: "fe:prioritise",
  input: z.strictObject({
    ranks: z.record(idSchema(), z.preprocess((v) => (typeof v === "string" ? Number(v.trim() || Number.NaN) : v), z.number({ error: "Skriv et tall." }).int("Skriv et helt tall.").min(1, "Rekkefølgen starter på 1.").max(10_000, "Høyst 10 000."))),
    reason: reasonSchema("Skriv en begrunnelse for rekkefølgen.", { min: 1 }),
  }),
  handler: ({ scope, input }) => service({ scope, ranks: input.ranks, reason: input.reason }),
  successMessage: "Rekkefølgen er lagret.",
});

export async function setSendingOrder(input: unknown): Promise<ActionResult<void>> {
  const result = await action(input);
  if (result.ok) revalidatePath("/koordinator/fiktiv-enhet");
  return result;
}

/** Form fields: "rank-<periodId>" = 1..n, and "reason". */
export async function setSendingOrderForm(_previous: ActionResult<void> | null, formData: FormData): Promise<ActionResult<void>> {
  const raw = formDataToObject(formData);
  const ranks: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (key.startsWith("rank-")) ranks[key.slice(5)] = value;
  const result = await setSendingOrder({ ranks, reason: raw.reason });
  if (!result.ok && result.fieldErrors) {
    // Map "ranks.<id>" back to the form's field names.
    const mapped: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(result.fieldErrors)) mapped[k.startsWith("ranks.") ? `rank-${k.slice(6)}` : k] = v;
    return { ...result, fieldErrors: mapped };
  }
  return result;
}
