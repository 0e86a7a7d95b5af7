"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { idSchema, lockVersionSchema, optional } from "@/lib/validation/fields";
import { daySchema, optionalDaySchema } from "@/lib/validation/day";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { formDataToObject } from "@/lib/validation/zod";
import { saveFagavtale as service } from "@/lib/server/fagavtaler/save-fagavtale";
import { NORMERT_TID_MAX_MONTHS, RULE_TEXT } from "@/lib/domain/rules";

const codes = z
  .string()
  .max(2000, "Høyst 2000 tegn.")
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  );

/** A number field: a numeric string or a number (an empty field is missing). */
const formInt = (schema: z.ZodNumber) => z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v), schema);

const schema = z
  .strictObject({
    id: optional(idSchema()),
    expectedVersion: optional(lockVersionSchema()),
    homeOrganisationId: idSchema("Velg hjemmepart."),
    partnerOrganisationId: idSchema("Velg samarbeidspart."),
    specialtyId: idSchema("Velg spesialitet."),
    arenaName: z.string({ error: "Skriv læringsarena." }).trim().min(1, "Skriv læringsarena.").max(200, "Høyst 200 tegn."),
    normertTidMonths: formInt(z.number({ error: "Skriv normert tid i måneder." }).int("Skriv et helt antall måneder.").min(1, "Normert tid må være minst 1 måned.").max(NORMERT_TID_MAX_MONTHS, RULE_TEXT.normertTidMax)),
    capacityCount: formInt(z.number({ error: "Skriv kapasitet." }).int("Skriv et helt tall.").min(0, "Kapasiteten kan ikke være negativ.").max(100, "Høyst 100.")),
    capacityUnit: z.enum(["PER_AR", "PER_SEMESTER", "VARSEMESTER", "HOSTSEMESTER"], { error: "Velg enhet for kapasitet." }),
    intakeProcedure: z.enum(["HELSE_NORD_TILDELING", "EGET_SKJEMA"], { error: "Velg inntaksprosedyre." }),
    contactName: z.string().max(200, "Høyst 200 tegn.").optional(),
    contactEmail: z.union([z.literal(""), z.email("Skriv en gyldig e-postadresse.").max(254, "Høyst 254 tegn.")]).optional(),
    validFrom: daySchema("Velg gyldig fra-dato."),
    validTo: optionalDaySchema("Skriv en gyldig til-dato."),
    dekkes: codes,
    forkunnskap: codes,
    notes: z.string().max(2000, "Høyst 2000 tegn.").optional(),
    reason: z.string().max(1000, "Begrunnelsen kan ha høyst 1000 tegn.").optional(),
    // Names the area the form was in (where to go back to); it grants nothing.
    as: z.string().max(40).optional(),
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
    delete rest.as; // the form's area, not a field of the agreement
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
