import "server-only";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import type { Page } from "@/lib/domain/pagination";
import { currentEmploymentWhere } from "@/lib/server/scope/employment-where";
import { planEmploymentWhere } from "@/lib/server/scope/plan-where";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;

export type LisHit = { employmentId: string; personId: string; name: string; department: string; specialty: string; inFe: boolean };

/** The search text as typed, trimmed, without LIKE wildcards; null when too short to search. */
export function searchText(raw: string | string[] | undefined): string | null {
  const one = Array.isArray(raw) ? raw[0] : raw;
  const q = (one ?? "").replace(/[%_\\]/g, "").replace(/\s+/g, " ").trim().slice(0, SEARCH_MAX_LENGTH);
  return q.length >= SEARCH_MIN_LENGTH ? q : null;
}

/**
 * LIS employed now in the coordinator's trust whose name, or one of its words, starts with `q`
 * (case-insensitive ILIKE prefix, no unaccent): a count and one page, two statements.
 */
export async function searchLis(options: { scope: AccessScope; q: string; page?: number; now?: Date; pageSize?: number }): Promise<Page<LisHit>> {
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const where: Prisma.EmploymentWhereInput = {
    AND: [
      planEmploymentWhere(options.scope),
      currentEmploymentWhere(now),
      { person: { OR: [{ name: { startsWith: options.q, mode: "insensitive" } }, { name: { contains: ` ${options.q}`, mode: "insensitive" } }] } },
    ],
  };
  const total = await db.employment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db.employment.findMany({
    where,
    select: {
      id: true,
      person: { select: { id: true, name: true } },
      department: { select: { name: true } },
      specialty: { select: { name: true } },
      feRegistrations: { where: { endedOn: null }, select: { id: true }, take: 1 },
    },
    orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const start = (page - 1) * pageSize;
  return {
    items: rows.map((r) => ({ employmentId: r.id, personId: r.person.id, name: r.person.name, department: r.department.name, specialty: r.specialty.name, inFe: r.feRegistrations.length > 0 })),
    page,
    pageCount,
    total,
    from: total === 0 ? 0 : start + 1,
    to: start + rows.length,
  };
}
