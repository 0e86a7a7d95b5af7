"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { decideConflict as decideConflictService } from "@/lib/server/conflicts/decide-conflict";
import { formDataToObject } from "@/lib/validation/zod";

type Result = ActionResult<{ status: "APEN" | "ESKALERT" | "LOST" }>;

const action = defineAction({
  name: "decideConflict",
  capability: "conflict:resolve",
  input: z
    .object({
      conflictId: z.string().min(1),
      decision: z.enum(["VURDERING", "ESKALERT", "AVGJORT"], { error: "Velg hva som skal registreres." }),
      chosenPeriodId: z.string().optional(),
      reason: z.string({ error: "Skriv en begrunnelse." }).trim().min(1, "Skriv en begrunnelse.").max(2000, "Begrunnelsen kan ikke være lengre enn 2000 tegn."),
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
