import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { Actor, RoleGrant } from "@/lib/server/auth/load-actor";
import { forbidden } from "@/lib/server/errors";

/** Makes one of the actor's own role assignments the active one. */
export async function switchActiveRole(options: { actor: Actor; roleAssignmentId: string }): Promise<RoleGrant> {
  const { actor, roleAssignmentId } = options;
  const grant = actor.roles.find((r) => r.id === roleAssignmentId);
  if (!grant) throw forbidden("Du har ikke denne rollen.");
  await db.$transaction(async (tx) => {
    await tx.person.update({ where: { id: actor.personId }, data: { activeRoleAssignmentId: grant.id } });
    await writeAudit(tx, actor, {
      action: "rolle-byttet",
      entityType: "Person",
      entityId: actor.personId,
      data: { fra: actor.activeRole.id, til: grant.id, rolle: grant.role },
    });
  });
  return grant;
}
