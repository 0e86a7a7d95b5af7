import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import type { AccessScope } from "@/lib/domain/access-scope";
import { revokeSessionsForPerson } from "@/lib/server/auth/revoke-sessions-for-person";

/** "Logg ut overalt": ends every session of the scope's own person, this one included, audited. */
export async function logOutEverywhere(options: { scope: AccessScope; now?: Date }): Promise<{ ended: number }> {
  const { scope } = options;
  return db.$transaction(async (tx) => {
    const ended = await revokeSessionsForPerson({ tx, personId: scope.personId, reason: "logg-ut-overalt", now: options.now });
    await writeAudit(tx, scope, { action: "utlogging-overalt", entityType: "Person", entityId: scope.personId, data: { okter: ended } });
    return { ended };
  });
}
