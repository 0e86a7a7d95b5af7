import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { Actor } from "@/lib/server/auth/load-actor";
import { revokeSessionsForPerson } from "@/lib/server/auth/revoke-sessions-for-person";

/** "Logg ut overalt": ends every session of the actor's own person, this one included, audited. */
export async function logOutEverywhere(options: { actor: Actor; now?: Date }): Promise<{ ended: number }> {
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const ended = await revokeSessionsForPerson({ tx, personId: actor.personId, reason: "logg-ut-overalt", now: options.now });
    await writeAudit(tx, actor, { action: "logg-ut-overalt", entityType: "Person", entityId: actor.personId, data: { okter: ended } });
    return { ended };
  });
}
