import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { intakeFacts, intakeFactsInclude, intakeFormWhere } from "@/lib/server/scope/intake-form-where";
import { addDays, osloToday } from "@/lib/domain/calendar";

/** Records the date the receiving trust received the form: the LIS's queue date there (seed 000 §OUS, §c). */
export async function recordIntakeReceived(options: { scope: AccessScope; intakeFormId: string; receivedOn: Date; now?: Date }): Promise<void> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const form = inScopeOrNotFound(
    await db.intakeForm.findFirst({
      where: { AND: [intakeFormWhere(scope, now), { id: options.intakeFormId }] },
      include: { spesialiseringsperiode: { include: intakeFactsInclude(now) } },
    }),
  );
  if (!form.forwardedAt) throw new UserError("RULE", "Skjemaet er ikke sendt ennå.");
  // Days in Norway; the day before the one it was marked as sent is still accepted.
  if (options.receivedOn.getTime() < addDays(osloToday(form.forwardedAt), -1).getTime()) {
    throw new UserError("VALIDATION", "Mottaksdatoen kan ikke være før skjemaet ble sendt.", { receivedOn: ["Datoen er før skjemaet ble sendt."] });
  }
  const period = form.spesialiseringsperiode;
  await db.$transaction(async (tx) => {
    await tx.intakeForm.update({ where: { id: form.id }, data: { receivedOn: options.receivedOn } });
    await tx.spesialiseringsperiode.update({
      where: { id: period.id },
      data: { queueDate: options.receivedOn, status: period.status === "ONSKE" ? "I_KO" : period.status },
    });
    await writeAudit(tx, scope, {
      facts: intakeFacts(period),
      action: "innmeldingsskjema-mottatt",
      entityType: "IntakeForm",
      entityId: form.id,
      data: { mottatt: options.receivedOn.toISOString().slice(0, 10), koDato: options.receivedOn.toISOString().slice(0, 10) },
    });
  });
}
