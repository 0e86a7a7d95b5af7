import "server-only";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { forbidden } from "@/lib/server/errors";

/**
 * Trusts the actor coordinates locally.
 * TODO(issue 8): only the intake services still use this; FE services take their `where` from
 * lib/server/scope/fe-registration-where.ts. Remove once intake takes a scope.
 */
export function localTrustIds(actor: Actor): string[] {
  const ids = grantsFor(actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : []));
  if (ids.length === 0) throw forbidden();
  return ids;
}

/** Today's calendar date in Norway as UTC midnight (for @db.Date columns). */
export function osloDate(now: Date): Date {
  const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${ymd}T00:00:00.000Z`);
}
