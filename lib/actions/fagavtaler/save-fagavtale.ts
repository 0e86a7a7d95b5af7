"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { daySchema, optionalDaySchema } from "@/lib/validation/day";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { formDataToObject } from "@/lib/validation/zod";
import { saveFagavtale as service } from "@/lib/server/fagavtaler/save-fagavtale";
import { NORMERT_TID_MAX_MONTHS, RULE_TEXT } from "@/lib/domain/rules";

const codes = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  );

const schema = z
  .object({
    id: z.string().optional().transform((v) => v || undefined),
    expectedVersion: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().optional()),
    homeOrganisationId: z.string({ error: "Velg hjemmepart." }).min(1, "Velg hjemmepart."),
    partnerOrganisationId: z.string({ error: "Velg samarbeidspart." }).min(1, "Velg samarbeidspart."),
    specialtyId: z.string({ error: "Velg spesialitet." }).min(1, "Velg spesialitet."),
    arenaName: z.string({ error: "Skriv læringsarena." }).trim().min(1, "Skriv læringsarena.").max(200, "Høyst 200 tegn."),
    normertTidMonths: z.coerce.number({ error: "Skriv normert tid i måneder." }).int("Skriv et helt antall måneder.").min(1, "Normert tid må være minst 1 måned.").max(NORMERT_TID_MAX_MONTHS, RULE_TEXT.normertTidMax),
    capacityCount: z.coerce.number({ error: "Skriv kapasitet." }).int("Skriv et helt tall.").min(0, "Kapasiteten kan ikke være negativ.").max(100, "Høyst 100."),
    capacityUnit: z.enum(["PER_AR", "PER_SEMESTER", "VARSEMESTER", "HOSTSEMESTER"], { error: "Velg enhet for kapasitet." }),
    intakeProcedure: z.enum(["HELSE_NORD_TILDELING", "EGET_SKJEMA"], { error: "Velg inntaksprosedyre." }),
    contactName: z.string().max(200).optional(),
    contactEmail: z.union([z.literal(""), z.email("Skriv en gyldig e-postadresse.")]).optional(),
    validFrom: daySchema("Velg gyldig fra-dato."),
    validTo: optionalDaySchema("Skriv en gyldig til-dato."),
    dekkes: codes,
    forkunnskap: codes,
    notes: z.string().max(2000).optional(),
    reason: z.string().max(1000).optional(),
  })
  .refine((v) => !v.validTo || v.validTo > v.validFrom, { path: ["validTo"], message: "Til-datoen må være etter fra-datoen." })
  .refine((v) => !v.id || (v.reason ?? "").trim().length > 0, { path: ["reason"], message: "Skriv hva som er endret og hvorfor." });

const action = defineAction({
  name: "saveFagavtale",
  capability: "fagavtale:manage",
  input: schema,
  // Where the person may manage (home party in their trust or region) is the service's, from the scope.
  handler: ({ scope, input }) => {
    const { id, expectedVersion, reason, ...rest } = input;
    return service({ scope, id, expectedVersion, reason: reason ?? "", input: { ...rest, contactEmail: rest.contactEmail || null } });
  },
  successMessage: "Fagavtalen er lagret.",
});

export async function saveFagavtale(input: unknown) {
  const result = await action(input);
  if (result.ok) {
    revalidatePath("/koordinator/fagavtaler");
    revalidatePath("/regional/fagavtaler");
  }
  return result;
}

/** For the form: on success, back to the list of the area the form was in (its `as` field names the area only, it grants nothing). */
export async function saveFagavtaleForm(_previous: ActionResult<{ id: string; version: number }> | null, formData: FormData) {
  const raw = formDataToObject(formData);
  const result = await saveFagavtale(raw);
  if (result.ok) redirect(`${raw.as === "REGIONAL_KOORDINATOR" ? "/regional" : "/koordinator"}/fagavtaler?lagret=${result.data.id}`);
  return result;
}
