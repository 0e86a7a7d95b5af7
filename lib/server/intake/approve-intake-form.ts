import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { UserError, notFound } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/audit/write-audit";

/** The LIS's leader approves the intake form (the leader of the department the LIS is employed in). */
export async function approveIntakeForm(options: { actor: Actor; intakeFormId: string; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const departmentIds = grantsFor(options.actor, "LEDER").flatMap((g) => (g.departmentId ? [g.departmentId] : []));
  const form = await db.intakeForm.findFirst({
    where: {
      id: options.intakeFormId,
      spesialiseringsperiode: { person: { employments: { some: { departmentId: { in: departmentIds }, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] } } } },
    },
  });
  if (!form) throw notFound();
  if (form.leaderApprovedAt) throw new UserError("CONFLICT", "Skjemaet er allerede godkjent.");
  await db.$transaction(async (tx) => {
    await tx.intakeForm.update({ where: { id: form.id }, data: { leaderApprovedAt: now, leaderApprovedById: options.actor.personId } });
    await writeAudit(tx, options.actor, { action: "innmeldingsskjema-godkjent", entityType: "IntakeForm", entityId: form.id });
  });
}
