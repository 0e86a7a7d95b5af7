import "server-only";
import { db, type Tx } from "@/lib/server/db";

export type SessionEndReason = "utlogging" | "logg-ut-overalt" | "person-deaktivert" | "rolle-fjernet" | "rolle-avsluttet" | "rolle-utlopt";

/**
 * Ends every live session of a person at once (every copy of every token). Pass the caller's
 * transaction so the change that requires it (a role removed, a person disabled) and the revocation
 * commit together. The database also does this by trigger when a person is disabled or a role
 * assignment is deleted or ended (migration 20261202040635); call this where the reason should be
 * recorded or where roles change in other ways. Returns how many sessions were ended.
 */
export async function revokeSessionsForPerson(options: {
  personId: string;
  reason: SessionEndReason;
  tx?: Tx;
  now?: Date;
}): Promise<number> {
  const client = options.tx ?? db;
  const result = await client.authSession.updateMany({
    where: { personId: options.personId, revokedAt: null },
    data: { revokedAt: options.now ?? new Date(), revokedReason: options.reason },
  });
  return result.count;
}
