import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { UserError, notFound } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { localTrustIds } from "./fe-scope";

/** Ends a registration (the LIS left the trust or finished); the row stays as history. */
export async function endRegistration(options: { actor: Actor; registrationId: string; endedOn: Date; endReason: string }): Promise<void> {
  const orgIds = localTrustIds(options.actor);
  const endReason = options.endReason.trim();
  if (!endReason) throw new UserError("VALIDATION", "Skriv hvorfor registreringen avsluttes.", { endReason: ["Skriv hvorfor registreringen avsluttes."] });
  const registration = await db.feRegistration.findFirst({ where: { id: options.registrationId, organisationId: { in: orgIds } } });
  if (!registration) throw notFound();
  if (registration.endedOn) throw new UserError("CONFLICT", "Registreringen er allerede avsluttet.");
  if (options.endedOn < registration.registeredOn) {
    throw new UserError("VALIDATION", "Sluttdatoen kan ikke være før registreringsdatoen.", { endedOn: ["Sluttdatoen er før registreringsdatoen."] });
  }
  await db.$transaction(async (tx) => {
    await tx.feRegistration.update({ where: { id: registration.id }, data: { endedOn: options.endedOn, endReason } });
    await writeAudit(tx, options.actor, {
      action: "fe-avsluttet",
      entityType: "FeRegistration",
      entityId: registration.id,
      data: { sluttdato: options.endedOn.toISOString().slice(0, 10), grunn: endReason },
    });
  });
}
