import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { personWhere } from "@/lib/server/scope/person-where";
import { requirePageScope } from "@/lib/server/scope/require-scope";

/** Search hits shown at most; the coordinator narrows the search for more. */
export const PERSON_SEARCH_LIMIT = 20;
/** Pending Entra link requests shown at most, oldest first. */
export const LINK_REQUEST_LIMIT = 50;

export type PersonIdentityRow = { id: string; name: string; email: string; hprNumber: string | null; entraObjectId: string | null };

/**
 * People in the coordinator's scope whose name or e-mail contains the search text (issue 12 §5),
 * filtered, sorted and limited in SQL: one query for the rows, one for the count. No search, no rows.
 */
export async function searchPersonIdentities(scope: AccessScope, query: string): Promise<{ items: PersonIdentityRow[]; total: number }> {
  const text = query.trim().slice(0, 100);
  if (text.length < 2) return { items: [], total: 0 };
  const where = {
    AND: [personWhere(scope), { OR: [{ name: { contains: text, mode: "insensitive" as const } }, { email: { contains: text.toLowerCase() } }, { hprNumber: text }] }],
  };
  const [items, total] = await Promise.all([
    db.person.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], take: PERSON_SEARCH_LIMIT, select: { id: true, name: true, email: true, hprNumber: true, entraObjectId: true } }),
    db.person.count({ where }),
  ]);
  return { items, total };
}

export type EntraLinkRequestRow = { id: string; createdAt: Date; email: string; nameInToken: string | null; objectId: string; person: { name: string; email: string } };

/** Pending Entra ID link requests for people in the coordinator's scope, oldest first. */
export async function listPendingEntraLinks(scope: AccessScope): Promise<EntraLinkRequestRow[]> {
  return db.entraLinkRequest.findMany({
    where: { status: "VENTER", person: personWhere(scope) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: LINK_REQUEST_LIMIT,
    select: { id: true, createdAt: true, email: true, nameInToken: true, objectId: true, person: { select: { name: true, email: true } } },
  });
}

export type EntraLinkDecisionRow = { id: string; decidedAt: Date | null; status: "BEKREFTET" | "AVVIST" | string; objectId: string; person: { name: string }; decidedBy: { name: string } | null };

/** Decided in the last days, shown at most: the receipt that stays after confirming or rejecting. */
export const RECENT_DECISION_DAYS = 7;
export const RECENT_DECISION_LIMIT = 20;

/** Link requests for people in the coordinator's scope decided lately, newest first. */
export async function listRecentEntraDecisions(scope: AccessScope, now: Date = new Date()): Promise<EntraLinkDecisionRow[]> {
  const since = new Date(now.getTime() - RECENT_DECISION_DAYS * 24 * 60 * 60 * 1000);
  return db.entraLinkRequest.findMany({
    where: { status: { not: "VENTER" }, decidedAt: { gte: since }, person: personWhere(scope) },
    orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
    take: RECENT_DECISION_LIMIT,
    select: { id: true, decidedAt: true, status: true, objectId: true, person: { select: { name: true } }, decidedBy: { select: { name: true } } },
  });
}

export type PersonIdentityPageData = { query: string; requests: EntraLinkRequestRow[]; decided: EntraLinkDecisionRow[]; found: { items: PersonIdentityRow[]; total: number }; limit: number };

/** "Personer og innlogging" for a coordinator area: the scope, the search text (`?sok=`), and both lists. */
export async function loadPersonIdentityPage(role: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR", params: Record<string, string | string[] | undefined>): Promise<PersonIdentityPageData> {
  const scope = await requirePageScope("person-identity:manage", role);
  const raw = params.sok;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const [requests, decided, found] = await Promise.all([listPendingEntraLinks(scope), listRecentEntraDecisions(scope), searchPersonIdentities(scope, query)]);
  return { query, requests, decided, found, limit: PERSON_SEARCH_LIMIT };
}
