import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { loadActor } from "@/lib/server/auth/load-actor";
import { currentSessionPolicy } from "@/lib/server/auth/session-policy";
import { sessionExpiry, type SessionPolicy } from "@/lib/domain/session-policy";
import { addDays } from "@/lib/domain/calendar";

/** Ended sessions are kept this long (for "where am I logged in" and forensics), then deleted at the person's next sign-in. */
const KEEP_ENDED_SESSIONS_DAYS = 30;

/**
 * Starts a server-side session at sign-in (docs/decisions/0007). Its id — 256 random bits — is the
 * only thing the next-auth JWT carries. The active role starts as the person's highest-priority role.
 */
export async function createSession(options: {
  personId: string;
  userAgent?: string | null;
  now?: Date;
  policy?: SessionPolicy;
}): Promise<{ id: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? currentSessionPolicy();
  const id = randomBytes(32).toString("base64url");
  const expiresAt = sessionExpiry(now, policy);
  const actor = await loadActor(options.personId, now);
  await db.$transaction([
    db.authSession.deleteMany({
      where: { personId: options.personId, expiresAt: { lt: addDays(now, -KEEP_ENDED_SESSIONS_DAYS) } },
    }),
    db.authSession.create({
      data: {
        id,
        personId: options.personId,
        activeRoleAssignmentId: actor?.activeRole.id ?? null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        userAgent: options.userAgent ? options.userAgent.slice(0, 512) : null,
      },
    }),
  ]);
  return { id, expiresAt };
}
