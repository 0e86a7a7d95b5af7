import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { intakeFacts, intakeFactsInclude, intakeFormWhere } from "@/lib/server/scope/intake-form-where";
import { readIntakeContent } from "./intake-content";

/** The local coordinator (intake:forward, the home trust's) forwards an approved intake form to the receiving trust (a recorded, dated step). */
export async function forwardIntakeForm(options: { scope: AccessScope; intakeFormId: string; now?: Date }): Promise<void> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const form = inScopeOrNotFound(
    await db.intakeForm.findFirst({
      where: { AND: [intakeFormWhere(scope, now), { id: options.intakeFormId }] },
      include: { spesialiseringsperiode: { include: { ...intakeFactsInclude(now), receivingOrganisation: true, specialty: true } } },
    }),
  );
  if (!form.leaderApprovedAt) throw new UserError("RULE", "Skjemaet må godkjennes av leder før det sendes.");
  if (form.forwardedAt && !form.needsResend) throw new UserError("CONFLICT", "Skjemaet er allerede sendt.");
  const period = form.spesialiseringsperiode;
  const content = readIntakeContent(form.content);
  await db.$transaction(async (tx) => {
    await tx.intakeForm.update({ where: { id: form.id }, data: { forwardedAt: now, forwardedById: scope.personId, needsResend: false } });
    await writeAudit(tx, scope, {
      facts: intakeFacts(period),
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
