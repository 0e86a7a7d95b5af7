import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { UserError, notFound } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { localTrustIds } from "./fe-scope";

/** Changes a seniority date: never silently — a reason is required, stored as a correction and audited. */
export async function correctRegistrationDate(options: { actor: Actor; registrationId: string; newDate: Date; reason: string }): Promise<void> {
  const orgIds = localTrustIds(options.actor);
  const reason = options.reason.trim();
  if (!reason) throw new UserError("VALIDATION", "Skriv en begrunnelse for endringen.", { reason: ["Skriv en begrunnelse for endringen."] });
  const registration = await db.feRegistration.findFirst({ where: { id: options.registrationId, organisationId: { in: orgIds } } });
  if (!registration) throw notFound();
  if (registration.registeredOn.getTime() === options.newDate.getTime()) {
    throw new UserError("VALIDATION", "Ny dato er lik dagens registreringsdato.", { newDate: ["Velg en annen dato enn dagens registreringsdato."] });
  }
  if (registration.endedOn && options.newDate > registration.endedOn) {
    throw new UserError("VALIDATION", "Registreringsdatoen kan ikke være etter at registreringen ble avsluttet.", { newDate: ["Datoen er etter avslutningsdatoen."] });
  }
  await db.$transaction(async (tx) => {
    await tx.feRegistrationCorrection.create({
      data: { registrationId: registration.id, oldDate: registration.registeredOn, newDate: options.newDate, reason, byId: options.actor.personId },
    });
    await tx.feRegistration.update({ where: { id: registration.id }, data: { registeredOn: options.newDate } });
    await writeAudit(tx, options.actor, {
      action: "fe-ansiennitet-korrigert",
      entityType: "FeRegistration",
      entityId: registration.id,
      data: { fra: registration.registeredOn.toISOString().slice(0, 10), til: options.newDate.toISOString().slice(0, 10), begrunnelse: reason },
    });
  });
}
