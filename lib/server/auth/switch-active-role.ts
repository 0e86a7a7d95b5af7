import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { Actor, RoleGrant } from "@/lib/server/auth/load-actor";
import { AppError, forbidden } from "@/lib/server/errors";

/**
 * Makes one of the actor's own role assignments the active one of *this session* only: another tab
 * or device of the same person keeps its own (docs/decisions/0007).
 */
export async function switchActiveRole(options: { actor: Actor; roleAssignmentId: string }): Promise<RoleGrant> {
  const { actor, roleAssignmentId } = options;
  const grant = actor.roles.find((r) => r.id === roleAssignmentId);
  if (!grant) throw forbidden("Du har ikke denne rollen.");
  if (!actor.sessionId) throw new AppError("UNAUTHENTICATED", "Du må logge inn på nytt.");
  const sessionId = actor.sessionId;
  await db.$transaction(async (tx) => {
    const { count } = await tx.authSession.updateMany({
      where: { id: sessionId, personId: actor.personId, revokedAt: null },
      data: { activeRoleAssignmentId: grant.id },
    });
    if (count === 0) throw new AppError("UNAUTHENTICATED", "Du må logge inn på nytt.");
    // Recorded in the role the session was acting in; `til` names the one taken up.
    await writeAudit(tx, { personId: actor.personId, role: actor.activeRole.role }, {
      action: "rolle-byttet",
      entityType: "Person",
      entityId: actor.personId,
      data: { fra: actor.activeRole.id, til: grant.id, rolle: grant.role },
    });
  });
  return grant;
}
