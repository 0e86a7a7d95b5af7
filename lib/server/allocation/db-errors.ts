import "server-only";
import { UserError } from "@/lib/server/errors";
import { PLACE_TAKEN } from "@/lib/domain/offer-decision";

/** SQLSTATEs / Prisma codes of the constraints that keep allocation from overbooking. */
const UNIQUE = ["P2002", "23505"];
const EXCLUSION = ["23P01"];

function codesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 4) return [];
  const e = error as { code?: unknown; cause?: unknown; meta?: unknown; message?: unknown; originalCode?: unknown };
  const own = [e.code, e.originalCode].filter((c): c is string => typeof c === "string");
  const fromMessage = typeof e.message === "string" ? (e.message.match(/\b(23505|23P01|P2002)\b/g) ?? []) : [];
  const meta = e.meta && typeof e.meta === "object" ? codesOf(e.meta, depth + 1) : [];
  const driver = (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return [...own, ...fromMessage, ...meta, ...codesOf(e.cause, depth + 1), ...codesOf(driver, depth + 1)];
}

export function isUniqueViolation(error: unknown): boolean {
  const codes = codesOf(error);
  return codes.some((c) => UNIQUE.includes(c)) || (error instanceof Error && /unique constraint/i.test(error.message));
}

export function isExclusionViolation(error: unknown): boolean {
  const codes = codesOf(error);
  return codes.some((c) => EXCLUSION.includes(c)) || (error instanceof Error && /exclusion constraint|Spesialiseringsperiode_no_overlap/i.test(error.message));
}

export { PLACE_TAKEN };

/** Maps a constraint violation raised by a concurrent allocation to a clear Norwegian UserError. */
export function mapAllocationError(error: unknown): unknown {
  if (error instanceof UserError) return error;
  if (isExclusionViolation(error)) return new UserError("CONFLICT", "LIS-en har allerede en avtalt spesialiseringsperiode som overlapper dette tidsrommet.");
  if (isUniqueViolation(error)) return new UserError("CONFLICT", PLACE_TAKEN);
  return error;
}
