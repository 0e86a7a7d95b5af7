import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import { UserError, notFound } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { localTrustIds } from "@/lib/server/fe/fe-scope";
import { readIntakeContent } from "./intake-content";

/** The local coordinator forwards an approved intake form to the receiving trust (a recorded, dated step). */
export async function forwardIntakeForm(options: { actor: Actor; intakeFormId: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const orgIds = localTrustIds(options.actor);
  const form = await db.intakeForm.findFirst({
    where: { id: options.intakeFormId, spesialiseringsperiode: { fagavtale: { homeOrganisationId: { in: orgIds } } } },
    include: { spesialiseringsperiode: { include: { person: true, receivingOrganisation: true, fagavtale: true, specialty: true } } },
  });
  if (!form) throw notFound();
  if (!form.leaderApprovedAt) throw new UserError("RULE", "Skjemaet må godkjennes av leder før det sendes.");
  if (form.forwardedAt && !form.needsResend) throw new UserError("CONFLICT", "Skjemaet er allerede sendt.");
  const period = form.spesialiseringsperiode;
  const content = readIntakeContent(form.content);
  await db.$transaction(async (tx) => {
    await tx.intakeForm.update({ where: { id: form.id }, data: { forwardedAt: now, forwardedById: options.actor.personId, needsResend: false } });
    await writeAudit(tx, options.actor, {
      action: form.forwardedAt ? "innmeldingsskjema-sendt-pa-nytt" : "innmeldingsskjema-sendt",
      entityType: "IntakeForm",
      entityId: form.id,
      data: { mottaker: period.receivingOrganisationId, grunn: form.resendReason },
    });
    await enqueueNotification(tx, {
      kind: "innmeldingsskjema",
      recipientOrganisationId: period.receivingOrganisationId,
      toEmail: period.fagavtale.contactEmail,
      subject: `Innmelding av LIS i ${period.specialty.name}: ${period.person.name}`,
      body: [
        `Ønsket oppstart: ${content.onsketOppstart}`,
        `Motivasjon: ${content.motivasjon}`,
        `Oppnådde læringsmål: ${content.oppnaddeLaeringsmal}`,
        `Kontaktinformasjon: ${content.kontaktinfo}`,
      ].join("\n"),
      entityType: "IntakeForm",
      entityId: form.id,
    });
  });
}
