import "server-only";
import { flagSentIntakeFormForResend, movedStartResendReason } from "@/lib/server/intake/flag-intake-resend";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { intakeFacts, intakeFactsInclude, intakePeriodWhere } from "@/lib/server/scope/intake-form-where";
import { readIntakeContent, type IntakeContent } from "./intake-content";
import { isQueued } from "@/lib/domain/period-status";

/**
 * The LIS (intake:fill, own periods only: the form is their own statement) fills in (or changes) the intake form for a wish at a partner with its own procedure.
 * The desired start in the form is the period's desired start. A change after the form was forwarded
 * needs leader approval and forwarding again; a moved start date marks it "må sendes på nytt".
 */
export async function saveIntakeForm(options: {
  scope: AccessScope;
  periodId: string;
  content: Omit<IntakeContent, "onsketOppstart">;
  desiredStart: Date;
  now?: Date;
}): Promise<void> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const period = inScopeOrNotFound(
    await db.spesialiseringsperiode.findFirst({
      where: { AND: [intakePeriodWhere(scope, now), { id: options.periodId }] },
      include: { ...intakeFactsInclude(now), intakeForm: true, receivingOrganisation: true },
    }),
  );
  if (period.fagavtale.intakeProcedure !== "EGET_SKJEMA") throw new UserError("RULE", `${period.receivingOrganisation.name} bruker ikke eget innmeldingsskjema for denne fagavtalen.`);
  if (!isQueued(period.status)) throw new UserError("RULE", "Innmeldingsskjema fylles ut for et aktivt ønske. Gjør behovet om til et ønske først.");
  const content: IntakeContent = { ...options.content, onsketOppstart: options.desiredStart.toISOString().slice(0, 10) };
  const previous = period.intakeForm ? readIntakeContent(period.intakeForm.content) : null;
  const startMoved = period.desiredStart.getTime() !== options.desiredStart.getTime();
  const wasForwarded = Boolean(period.intakeForm?.forwardedAt);

  await db.$transaction(async (tx) => {
    if (startMoved) await tx.spesialiseringsperiode.update({ where: { id: period.id }, data: { desiredStart: options.desiredStart } });
    const needsResend = wasForwarded && startMoved ? true : (period.intakeForm?.needsResend ?? false);
    const resendReason = wasForwarded && startMoved ? movedStartResendReason(period.desiredStart, options.desiredStart) : (period.intakeForm?.resendReason ?? null);
    const form = await tx.intakeForm.upsert({
      where: { spesialiseringsperiodeId: period.id },
      create: { spesialiseringsperiodeId: period.id, content, filledById: scope.personId, filledAt: now },
      update: {
        content,
        filledById: scope.personId,
        filledAt: now,
        // A changed form must be approved by the leader again before it is sent.
        leaderApprovedAt: null,
        leaderApprovedById: null,
        needsResend,
        resendReason,
      },
    });
    await writeAudit(tx, scope, {
      facts: intakeFacts(period),
      action: period.intakeForm ? "innmeldingsskjema-endret" : "innmeldingsskjema-utfylt",
      entityType: "IntakeForm",
      entityId: form.id,
      data: { periodeId: period.id, fra: previous ?? null, til: content, maSendesPaNytt: needsResend },
    });
    // The one way a moved start flags a sent form, whichever page moved it (issue 14 §5): audited, the
    // home trust's current local coordinators told.
    if (wasForwarded && startMoved) {
      await flagSentIntakeFormForResend(tx, scope, { periodId: period.id, from: period.desiredStart, to: options.desiredStart, via: "innmeldingsskjemaet endret", now });
    }
  });
}
