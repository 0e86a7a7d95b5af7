import "server-only";
import { policyOf, organisationPolicySelect } from "@/lib/server/organisation-policy";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { UserError } from "@/lib/server/errors";
import { planExpiresAt } from "@/lib/domain/plan-status";
import { staleMessage, versionInScope } from "@/lib/server/plans/plan-access";
import { syncPeriodsFromPlan, type SyncReport } from "@/lib/server/plans/sync-periods-from-plan";
import { RULE_TEXT } from "@/lib/domain/rules";

/**
 * The home trust's local coordinator approves (signs) a version signed by LIS and leader (seed 000
 * §Individuell gjennomføringsplan). Approval lasts 12 months (seed 001); the previously approved
 * version is replaced; the LIS's spesialiseringsperioder and FE registration follow the plan.
 */
export async function approvePlan(options: { scope: AccessScope; versionId: string; lockVersion: number; now?: Date }): Promise<{ expiresAt: Date; sync: SyncReport }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    // plan:approve is the home trust's local coordinator's alone: anyone else finds no version.
    const { version, employment, facts } = await versionInScope(tx, scope, options.versionId);
    if (version.status !== "TIL_GODKJENNING") throw new UserError("RULE", "Bare planer som er signert av LIS og leder kan godkjennes.");

    const previous = await tx.planVersion.findFirst({ where: { planId: version.planId, status: "GODKJENT" } });
    if (previous) await tx.planVersion.update({ where: { id: previous.id }, data: { status: "ERSTATTET" } });
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: employment.organisationId }, select: organisationPolicySelect });
    const expiresAt = planExpiresAt(now, policyOf(organisation).planValidityMonths);
    const { count } = await tx.planVersion.updateMany({
      where: { id: version.id, lockVersion: options.lockVersion },
      data: { status: "GODKJENT", approvedAt: now, expiresAt, lockVersion: { increment: 1 } },
    });
    if (count === 0) throw new UserError("CONFLICT", await staleMessage(tx, version.id));
    await tx.planSignature.create({ data: { versionId: version.id, personId: scope.personId, role: "LOKAL_KOORDINATOR", signedAt: now } });

    const sync = await syncPeriodsFromPlan(tx, { personId: employment.personId, planVersionId: version.id, previousVersionId: previous?.id ?? null, by: scope, now });
    await writeAudit(tx, scope, {
      action: "plan-godkjent",
      facts,
      entityType: "PlanVersion",
      entityId: version.id,
      data: { versionNumber: version.versionNumber, replaced: previous?.id ?? null, expiresAt: expiresAt.toISOString(), changes: sync.changes.length, notified: sync.notifiedOrganisationIds },
    });
    await enqueueNotification(tx, {
      kind: "plan-godkjent",
      recipientPersonId: employment.personId,
      subject: "Gjennomføringsplanen er godkjent",
      body: RULE_TEXT.planApproved(version.versionNumber),
      entityType: "PlanVersion",
      entityId: version.id,
    });
    return { expiresAt, sync };
  });
}
