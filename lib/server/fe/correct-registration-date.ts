import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { feRegistrationFacts, feRegistrationWhere } from "@/lib/server/scope/fe-registration-where";
import { correctionReasonProblem, seniorityDateProblem } from "@/lib/domain/fe-registration";
import { osloToday } from "@/lib/domain/calendar";

/**
 * Changes a seniority date: never silently — a reason of some substance is required, stored as a
 * correction and audited. The new date keeps the rule's bounds: not in the future (Oslo), not before
 * the employment behind the registration began (issue 11 §5).
 */
export async function correctRegistrationDate(options: { scope: AccessScope; registrationId: string; newDate: Date; reason: string; now?: Date }): Promise<void> {
  const { scope } = options;
  const reason = options.reason.trim();
  const registration = inScopeOrNotFound(
    await db.feRegistration.findFirst({ where: { AND: [feRegistrationWhere(scope), { id: options.registrationId }] }, include: { employment: { select: { startDate: true } } } }),
  );
  const reasonProblem = correctionReasonProblem(reason);
  if (reasonProblem) throw new UserError("VALIDATION", reasonProblem, { reason: [reasonProblem] });
  const dateProblem = seniorityDateProblem({ date: options.newDate, today: osloToday(options.now ?? new Date()), employmentStart: registration.employment.startDate });
  if (dateProblem) throw new UserError("VALIDATION", dateProblem, { newDate: [dateProblem] });
  if (registration.registeredOn.getTime() === options.newDate.getTime()) {
    throw new UserError("VALIDATION", "Ny dato er lik dagens registreringsdato.", { newDate: ["Velg en annen dato enn dagens registreringsdato."] });
  }
  if (registration.endedOn && options.newDate > registration.endedOn) {
    throw new UserError("VALIDATION", "Registreringsdatoen kan ikke være etter at registreringen ble avsluttet.", { newDate: ["Datoen er etter avslutningsdatoen."] });
  }
  await db.$transaction(async (tx) => {
    await tx.feRegistrationCorrection.create({
      data: { registrationId: registration.id, oldDate: registration.registeredOn, newDate: options.newDate, reason, byId: scope.personId },
    });
    await tx.feRegistration.update({ where: { id: registration.id }, data: { registeredOn: options.newDate } });
    await writeAudit(tx, scope, {
      action: "fe-ansiennitet-korrigert",
      entityType: "FeRegistration",
      entityId: registration.id,
      data: { fra: registration.registeredOn.toISOString().slice(0, 10), til: options.newDate.toISOString().slice(0, 10), begrunnelse: reason },
      facts: feRegistrationFacts(registration),
    });
  });
}
