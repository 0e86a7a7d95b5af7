import "server-only";
import type { Tx } from "@/lib/server/db";
import { writeAudit, type AuditBy } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { peopleWithRole } from "@/lib/server/allocation/notify";
import { formatDay } from "@/lib/format";
import { isoDay } from "@/lib/domain/calendar";

/** Why a sent form must go again when its desired start moved (the same words as editing the form itself). */
export const movedStartResendReason = (from: Date, to: Date) => `Ønsket oppstart er flyttet fra ${formatDay(from)} til ${formatDay(to)}.`;

/**
 * A change that moves the desired start of a wish whose intake form was already sent to the receiving
 * trust flags that form "Må sendes på nytt" (DOMAIN.md: a change that moves a desired start must reach
 * the receiving trust as soon as possible; issue 14 §5), whichever page made the change. Audited, and
 * the home trust's local coordinators are told to send it again. Returns whether a sent form was flagged.
 */
export async function flagSentIntakeFormForResend(
  tx: Tx,
  by: AuditBy,
  args: { periodId: string; from: Date; to: Date; via: string; now: Date },
): Promise<boolean> {
  if (args.from.getTime() === args.to.getTime()) return false;
  const form = await tx.intakeForm.findUnique({
    where: { spesialiseringsperiodeId: args.periodId },
    select: {
      id: true,
      forwardedAt: true,
      spesialiseringsperiode: {
        select: { personId: true, person: { select: { name: true } }, receivingOrganisation: { select: { name: true } }, fagavtale: { select: { homeOrganisationId: true } } },
      },
    },
  });
  if (!form?.forwardedAt) return false;
  const period = form.spesialiseringsperiode;
  const resendReason = movedStartResendReason(args.from, args.to);
  await tx.intakeForm.update({ where: { id: form.id }, data: { needsResend: true, resendReason } });
  await writeAudit(tx, by, {
    action: "innmeldingsskjema-ma-sendes-pa-nytt",
    entityType: "IntakeForm",
    entityId: form.id,
    facts: { personId: period.personId, organisationId: period.fagavtale.homeOrganisationId },
    data: { periodeId: args.periodId, fra: isoDay(args.from), til: isoDay(args.to), via: args.via },
  });
  for (const recipientPersonId of await peopleWithRole(tx, { role: "LOKAL_KOORDINATOR", organisationId: period.fagavtale.homeOrganisationId }, args.now)) {
    await enqueueNotification(tx, {
      kind: "innmeldingsskjema-ma-sendes-pa-nytt",
      recipientPersonId,
      subject: `Innmeldingsskjema må sendes på nytt: ${period.person.name}`,
      body: `Ønsket oppstart for ${period.person.name} ved ${period.receivingOrganisation.name} er flyttet til ${formatDay(args.to)} (${args.via}). Skjemaet som er sendt, må sendes på nytt.`,
      entityType: "IntakeForm",
      entityId: form.id,
    });
  }
  return true;
}
