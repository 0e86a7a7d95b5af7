"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { idSchema, optional, reasonSchema } from "@/lib/validation/fields";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { decideConflict as decideConflictService } from "@/lib/server/conflicts/decide-conflict";
import { formDataToObject } from "@/lib/validation/zod";

type Result = ActionResult<{ status: "APEN" | "ESKALERT" | "LOST" }>;

const action = defineAction({
  name: "decideConflict",
  capability: "conflict:resolve",
  input: z
    .strictObject({
      conflictId: idSchema(),
      decision: z.enum(["VURDERING", "ESKALERT", "AVGJORT"], { error: "Velg hva som skal registreres." }),
      chosenPeriodId: optional(idSchema("Velg hvilken kandidat som skal få plassen.")),
      reason: reasonSchema("Skriv en begrunnelse.", { min: 1, max: 2000 }),
    })
    .refine((v) => v.decision !== "AVGJORT" || Boolean(v.chosenPeriodId), { path: ["chosenPeriodId"], message: "Velg hvilken kandidat som skal få plassen." }),
  handler: ({ scope, input }) => decideConflictService({ scope, conflictId: input.conflictId, decision: input.decision, chosenPeriodId: input.chosenPeriodId ?? null, reason: input.reason }),
  successMessage: "Steget er registrert.",
});

/** The regional coordinator records an assessment, an escalation or the decision of a samtidskonflikt. */
export async function decideConflict(raw: unknown): Promise<Result> {
  const result = await action(raw);
  if (result.ok) {
    revalidatePath("/regional/konflikter");
    revalidatePath("/koordinator/konflikter");
    revalidatePath("/leder/stillinger", "layout");
  }
  return result;
}

export async function decideConflictForm(_previous: Result | null, formData: FormData): Promise<Result> {
  return decideConflict(formDataToObject(formData));
}
