import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { UserError } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { intakeFacts, intakeFormWhere, intakeFactsInclude } from "@/lib/server/scope/intake-form-where";

/** The LIS's leader approves the intake form (intake:approve: the leader of the department the LIS is employed in now). */
export async function approveIntakeForm(options: { scope: AccessScope; intakeFormId: string; now?: Date }): Promise<void> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const form = inScopeOrNotFound(
    await db.intakeForm.findFirst({
      where: { AND: [intakeFormWhere(scope, now), { id: options.intakeFormId }] },
      include: { spesialiseringsperiode: { include: intakeFactsInclude(now) } },
    }),
  );
  if (form.leaderApprovedAt) throw new UserError("CONFLICT", "Skjemaet er allerede godkjent.");
  await db.$transaction(async (tx) => {
    await tx.intakeForm.update({ where: { id: form.id }, data: { leaderApprovedAt: now, leaderApprovedById: scope.personId } });
    await writeAudit(tx, scope, { action: "innmeldingsskjema-godkjent", entityType: "IntakeForm", entityId: form.id, facts: intakeFacts(form.spesialiseringsperiode) });
  });
}
