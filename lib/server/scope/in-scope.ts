import "server-only";
import { notFound } from "@/lib/server/errors";

/**
 * A `where` that matches nothing, for a role of the scope that reaches no rows of an entity
 * (e.g. a LIS asking for another trust's vacancies). Prisma's empty `OR: []` also matches nothing,
 * but this says so.
 */
export const NO_ROWS = { id: { in: [] as string[] } };

/** The row the scoped query found, or "not found": an object outside the scope is not found by construction. */
export function inScopeOrNotFound<T>(row: T | null | undefined, message?: string): T {
  if (row == null) throw notFound(message);
  return row;
}
