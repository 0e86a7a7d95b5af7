import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { accessDescription, readAccessContext, type AccessKind } from "@/lib/domain/access-log";
import { DEFAULT_PAGE_SIZE, type Page } from "@/lib/domain/pagination";
import { ROLE_LABEL } from "@/lib/domain/labels";
import type { Role } from "@/lib/domain/roles";
import { accessLogWhere } from "@/lib/server/scope/access-log-where";

export type AccessLogItem = {
  id: string;
  at: Date;
  viewerName: string;
  viewerRole: Role;
  /** The role in Norwegian, as the LIS reads it. */
  viewerRoleLabel: string;
  what: AccessKind;
  /** What was read, in Norwegian (with the export's count and where it was read). */
  description: string;
};

/**
 * "Hvem har sett mine opplysninger" (issue 11 §9): the reads of the LIS's own data by others, newest
 * first, one page at a time in SQL (the log grows with every page a coordinator opens). The scope
 * (access-log:read, LIS own) reaches only the LIS's own rows; any other scope reaches none.
 */
export async function listAccessLog(options: { scope: AccessScope; page?: number; pageSize?: number }): Promise<Page<AccessLogItem>> {
  const where = accessLogWhere(options.scope);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const total = await db.accessLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1) || 1), pageCount);
  const rows =
    total === 0
      ? []
      : await db.accessLog.findMany({
          where,
          orderBy: [{ at: "desc" }, { id: "desc" }],
          skip: (page - 1) * pageSize,
          take: pageSize,
          select: { id: true, at: true, viewerRole: true, what: true, count: true, context: true, viewer: { select: { name: true } } },
        });
  const items = rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    viewerName: r.viewer.name,
    viewerRole: r.viewerRole,
    viewerRoleLabel: ROLE_LABEL[r.viewerRole],
    what: r.what,
    description: accessDescription({ what: r.what, count: r.count, context: readAccessContext(r.context) }),
  }));
  const start = (page - 1) * pageSize;
  return { items, page, pageCount, total, from: total === 0 ? 0 : start + 1, to: start + items.length };
}
