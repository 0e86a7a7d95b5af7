import "server-only";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";

/**
 * Logout: ends one session, so its token — and every copy of it — gets no actor from now on.
 * Idempotent; the audit record is written only when a live session ended.
 */
export async function revokeSession(options: { sessionId: string; now?: Date }): Promise<boolean> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const session = await tx.authSession.findUnique({ where: { id: options.sessionId }, select: { personId: true, revokedAt: true } });
    if (!session || session.revokedAt) return false;
    const { count } = await tx.authSession.updateMany({
      where: { id: options.sessionId, revokedAt: null },
      data: { revokedAt: now, revokedReason: "utlogging" },
    });
    if (count === 0) return false;
    // Like "innlogging", recorded on the person without an acting role.
    await writeAudit(tx, null, { action: "utlogging", entityType: "Person", entityId: session.personId });
    return true;
  });
}
