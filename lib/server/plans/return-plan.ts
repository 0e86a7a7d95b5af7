import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { UserError } from "@/lib/server/errors";
import { staleMessage, versionInScope } from "@/lib/server/plans/plan-access";

/**
 * The local coordinator returns a submitted version with a comment (issue 3 §2). Choice (see
 * docs/decisions/0005-plan-versions-and-signatures.md): the same version becomes editable again and
 * its LIS and leader signatures are cleared, so both must sign what they send back. The audit log
 * keeps who had signed.
 */
export async function returnPlan(options: { scope: AccessScope; versionId: string; lockVersion: number; comment: string; now?: Date }) {
  const { scope } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    // Returning is part of plan:approve, the home trust's local coordinator's alone.
    const { version, employment, facts } = await versionInScope(tx, scope, options.versionId);
    if (version.status !== "TIL_GODKJENNING") throw new UserError("RULE", "Bare planer som venter på godkjenning kan returneres.");
    const { count } = await tx.planVersion.updateMany({
      where: { id: version.id, lockVersion: options.lockVersion },
      data: { status: "RETURNERT", returnedAt: now, returnComment: options.comment, lockVersion: { increment: 1 } },
    });
    if (count === 0) throw new UserError("CONFLICT", await staleMessage(tx, version.id));
    await tx.planSignature.deleteMany({ where: { versionId: version.id } });
    await writeAudit(tx, scope, {
      action: "plan-returnert",
      facts,
      entityType: "PlanVersion",
      entityId: version.id,
      data: { comment: options.comment, clearedSignatures: version.signatures.map((s) => ({ role: s.role, personId: s.personId, signedAt: s.signedAt.toISOString() })) },
    });
    await enqueueNotification(tx, {
      kind: "plan-returnert",
      recipientPersonId: employment.personId,
      subject: "Gjennomføringsplanen er returnert",
      body: `Lokal koordinator har returnert gjennomføringsplanen din (versjon ${version.versionNumber}) med denne kommentaren: ${options.comment}`,
      entityType: "PlanVersion",
      entityId: version.id,
    });
    return { status: "RETURNERT" as const };
  });
}
