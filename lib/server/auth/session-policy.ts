import "server-only";
import { parseSessionPolicy, type SessionPolicy } from "@/lib/domain/session-policy";

/** The session limits of this installation, from SESSION_IDLE_MINUTES and SESSION_MAX_HOURS (README). */
export function currentSessionPolicy(): SessionPolicy {
  return parseSessionPolicy({ SESSION_IDLE_MINUTES: process.env.SESSION_IDLE_MINUTES, SESSION_MAX_HOURS: process.env.SESSION_MAX_HOURS });
}
