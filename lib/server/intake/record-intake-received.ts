import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { UserError, notFound } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { localTrustIds } from "@/lib/server/fe/fe-scope";
import { addDays, osloToday } from "@/lib/domain/calendar";

/** Records the date the receiving trust received the form: the LIS's queue date there (seed 000 §OUS, §c). */
export async function recordIntakeReceived(options: { actor: Actor; intakeFormId: string; receivedOn: Date }): Promise<void> {
  const orgIds = localTrustIds(options.actor);
  const form = await db.intakeForm.findFirst({
    where: { id: options.intakeFormId, spesialiseringsperiode: { fagavtale: { homeOrganisationId: { in: orgIds } } } },
    include: { spesialiseringsperiode: true },
  });
  if (!form) throw notFound();
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
    await writeAudit(tx, options.actor, {
      action: "innmeldingsskjema-mottatt",
      entityType: "IntakeForm",
      entityId: form.id,
      data: { mottatt: options.receivedOn.toISOString().slice(0, 10), koDato: options.receivedOn.toISOString().slice(0, 10) },
    });
  });
}
