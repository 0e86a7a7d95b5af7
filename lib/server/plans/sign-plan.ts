import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { UserError } from "@/lib/server/errors";
import { EDITABLE_STATUSES } from "@/lib/domain/plan-status";
import { editingRole, staleMessage, versionInScope } from "@/lib/server/plans/plan-access";

/**
 * The LIS or their leader signs the open version (issue 3 §2). The signature names the version it
 * was given on and is refused if the version changed since the signer opened it. Once both have
 * signed, the version is frozen and goes to the local coordinator (TIL_GODKJENNING).
 */
export async function signPlan(options: { scope: AccessScope; versionId: string; lockVersion: number; now?: Date }) {
  const { scope } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { version, facts } = await versionInScope(tx, scope, options.versionId);
    const role = editingRole(scope, facts);
    if (!EDITABLE_STATUSES.includes(version.status)) throw new UserError("RULE", "Denne versjonen kan ikke signeres nå.");
    if (version.signatures.some((s) => s.role === role)) throw new UserError("RULE", "Du har allerede signert denne versjonen.");
    const periods = await tx.planPeriod.count({ where: { versionId: version.id } });
    if (periods === 0) throw new UserError("RULE", "Planen må ha minst én periode før den kan signeres.");

    const signedRoles = new Set([...version.signatures.map((s) => s.role), role]);
    const complete = signedRoles.has("LIS") && signedRoles.has("LEDER");
    const { count } = await tx.planVersion.updateMany({
      where: { id: version.id, lockVersion: options.lockVersion },
      data: { lockVersion: { increment: 1 }, ...(complete ? { status: "TIL_GODKJENNING", submittedAt: now } : {}) },
    });
    if (count === 0) throw new UserError("CONFLICT", await staleMessage(tx, version.id));
    await tx.planSignature.create({ data: { versionId: version.id, personId: scope.personId, role, signedAt: now } });
    await writeAudit(tx, scope, {
      action: "plan-signert",
      facts,
      entityType: "PlanVersion",
      entityId: version.id,
      data: { role, versionNumber: version.versionNumber, submitted: complete },
    });
    return { status: complete ? "TIL_GODKJENNING" : version.status, role };
  });
}
