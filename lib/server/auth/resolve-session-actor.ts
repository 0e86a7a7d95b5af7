import "server-only";
import { db } from "@/lib/server/db";
import { loadActor, type Actor } from "@/lib/server/auth/load-actor";
import { currentSessionPolicy } from "@/lib/server/auth/session-policy";
import { sessionNeedsTouch, sessionState, SESSION_TOUCH_INTERVAL_MS, type SessionPolicy } from "@/lib/domain/session-policy";

/**
 * The actor of a server-side session, or null if the session is unknown, revoked (logout, "logg ut
 * overalt", role removed, person disabled), past its absolute limit or idle too long. Called on
 * every request by `getActor()`, so a copied token dies the moment its row does.
 */
export async function resolveSessionActor(
  sessionId: string,
  options: { now?: Date; policy?: SessionPolicy } = {},
): Promise<Actor | null> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? currentSessionPolicy();
  const session = await db.authSession.findUnique({
    where: { id: sessionId },
    select: { id: true, personId: true, activeRoleAssignmentId: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true },
  });
  if (!session || sessionState(session, now, policy) !== "ACTIVE") return null;

  const actor = await loadActor(session.personId, now, session);
  if (!actor) return null;
  if (session.activeRoleAssignmentId && actor.activeRole.id !== session.activeRoleAssignmentId) {
    // The role this session acts in has lapsed (validTo passed): the session ends with it.
    await db.authSession.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: "rolle-utlopt" },
    });
    return null;
  }

  if (sessionNeedsTouch(session.lastSeenAt, now)) {
    // At most one write a minute per session; concurrent requests race harmlessly on the WHERE.
    await db.authSession.updateMany({
      where: { id: session.id, revokedAt: null, lastSeenAt: { lte: new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS) } },
      data: { lastSeenAt: now },
    });
  }
  return actor;
}
