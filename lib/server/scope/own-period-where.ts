import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import { NO_ROWS } from "./in-scope";

/**
 * The LIS's own spesialiseringsperioder, for the LIS's views of allocation (the queue position, the
 * agreed periods beside the offers). Other roles reach periods through vacancies, offers and rankings.
 */
export function ownPeriodWhere(scope: AccessScope): Prisma.SpesialiseringsperiodeWhereInput {
  return { OR: scope.roles.map((r) => (r.role === "LIS" ? { personId: scope.personId } : NO_ROWS)) };
}
