/**
 * When a server-side login session is still good (docs/decisions/0007). Pure: the clock and the
 * limits come in as arguments.
 */
import { MS_PER_HOUR, MS_PER_MINUTE } from "./calendar";

export type SessionPolicy = {
  /** A session unused for longer than this ends (SESSION_IDLE_MINUTES, default 30). */
  idleMinutes: number;
  /** No session lives longer than this after sign-in (SESSION_MAX_HOURS, default 8: one working day). */
  maxHours: number;
};

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, maxHours: 8 };

/** `lastSeenAt` is written at most this often, so a busy page does not write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = MS_PER_MINUTE;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export type SessionState = "ACTIVE" | "REVOKED" | "EXPIRED" | "IDLE";

/** The absolute end of a session signed in at `createdAt`. */
export function sessionExpiry(createdAt: Date, policy: SessionPolicy): Date {
  return new Date(createdAt.getTime() + policy.maxHours * MS_PER_HOUR);
}

/**
 * ACTIVE, or why not. The absolute limit is the earlier of the stored `expiresAt` and the current
 * policy, so lowering SESSION_MAX_HOURS also shortens sessions already running.
 */
export function sessionState(session: SessionTimes, now: Date, policy: SessionPolicy): SessionState {
  if (session.revokedAt) return "REVOKED";
  const end = Math.min(session.expiresAt.getTime(), sessionExpiry(session.createdAt, policy).getTime());
  if (now.getTime() >= end) return "EXPIRED";
  if (now.getTime() - session.lastSeenAt.getTime() > policy.idleMinutes * MS_PER_MINUTE) return "IDLE";
  return "ACTIVE";
}

/** True when `lastSeenAt` is old enough to be worth writing again. */
export function sessionNeedsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS;
}

/**
 * Reads a policy from environment-style strings; a missing, non-numeric or non-positive value
 * falls back to the default, so a typo cannot switch the limits off.
 */
export function parseSessionPolicy(env: { SESSION_IDLE_MINUTES?: string; SESSION_MAX_HOURS?: string }): SessionPolicy {
  const positive = (raw: string | undefined, fallback: number) => {
    const value = Number(raw);
    return raw && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    idleMinutes: positive(env.SESSION_IDLE_MINUTES, DEFAULT_SESSION_POLICY.idleMinutes),
    maxHours: positive(env.SESSION_MAX_HOURS, DEFAULT_SESSION_POLICY.maxHours),
  };
}
