import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { feRegistrationFacts, feRegistrationWhere } from "@/lib/server/scope/fe-registration-where";

/** Ends a registration (the LIS left the trust or finished); the row stays as history. */
export async function endRegistration(options: { scope: AccessScope; registrationId: string; endedOn: Date; endReason: string }): Promise<void> {
  const { scope } = options;
  const endReason = options.endReason.trim();
  if (!endReason) throw new UserError("VALIDATION", "Skriv hvorfor registreringen avsluttes.", { endReason: ["Skriv hvorfor registreringen avsluttes."] });
  const registration = inScopeOrNotFound(await db.feRegistration.findFirst({ where: { AND: [feRegistrationWhere(scope), { id: options.registrationId }] } }));
  if (registration.endedOn) throw new UserError("CONFLICT", "Registreringen er allerede avsluttet.");
  if (options.endedOn < registration.registeredOn) {
    throw new UserError("VALIDATION", "Sluttdatoen kan ikke være før registreringsdatoen.", { endedOn: ["Sluttdatoen er før registreringsdatoen."] });
  }
  await db.$transaction(async (tx) => {
    await tx.feRegistration.update({ where: { id: registration.id }, data: { endedOn: options.endedOn, endReason } });
    await writeAudit(tx, scope, {
      action: "fe-avsluttet",
      entityType: "FeRegistration",
      entityId: registration.id,
      data: { sluttdato: options.endedOn.toISOString().slice(0, 10), grunn: endReason },
      facts: feRegistrationFacts(registration),
    });
  });
}
