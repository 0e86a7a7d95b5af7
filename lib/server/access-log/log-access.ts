import "server-only";
import { db } from "@/lib/server/db";
import { coveringRole, type AccessScope, type ObjectFacts } from "@/lib/domain/access-scope";
import { accessRowsFor, type AccessEntry } from "@/lib/domain/access-log";

/** A read of a LIS's personal data; `facts` (where the object sits) pick the role whose grant covered it. */
export type LoggedAccess = AccessEntry & { facts?: ObjectFacts };

/**
 * Records reads of LIS's personal data by someone other than the LIS (issue 11 §9): one INSERT for all
 * the entries of a page, each row naming the viewer's authorising role (the scope's role whose grant
 * covers the object; a page's scope has only the area's role). A person's reads of their own data
 * write nothing. Never fails the read it records: an error is logged once and swallowed, because an
 * unavailable access log must not make a plan or a list unreadable.
 */
export async function logAccess(scope: AccessScope, entries: readonly LoggedAccess[]): Promise<void> {
  const rows = accessRowsFor(scope.personId, entries);
  if (rows.length === 0) return;
  try {
    const preferred = scope.roles[0]!.role;
    await db.accessLog.createMany({
      data: rows.map(({ entry, ...row }) => ({
        ...row,
        context: row.context ?? undefined,
        viewerPersonId: scope.personId,
        viewerRole: (entry.facts && coveringRole(scope, entry.facts)) || preferred,
      })),
    });
  } catch (error) {
    console.error("[access-log] kunne ikke skrive innsynsloggen / could not write the access log:", error);
  }
}
