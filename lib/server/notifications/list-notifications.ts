import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import { DEFAULT_PAGE_SIZE, type Page } from "@/lib/domain/pagination";
import { db, type Tx } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { AppError } from "@/lib/server/errors";
import { notificationWhere } from "@/lib/server/scope/notification-where";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * The person's own notifications (their varsler): addressed to them, within what notificationWhere lets
 * the scope read. Notifications about a plan that others may read stay in their recipient's list only.
 */
export function ownNotificationWhere(scope: AccessScope): Prisma.NotificationWhereInput {
  return { AND: [notificationWhere(scope), { recipientPersonId: scope.personId }] };
}

export type NotificationRow = { id: string; subject: string; body: string; createdAt: Date; readAt: Date | null };

/** One page of the person's notifications, newest first, paginated in SQL (LIMIT/OFFSET), with the unread count. */
export async function listNotifications(args: { scope: AccessScope; page: number; pageSize?: number }): Promise<Page<NotificationRow> & { unread: number }> {
  const where = ownNotificationWhere(args.scope);
  const pageSize = args.pageSize ?? Math.min(NOTIFICATIONS_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  const [total, unread] = await Promise.all([db.notification.count({ where }), db.notification.count({ where: { AND: [where, { readAt: null }] } })]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(args.page) || 1), pageCount);
  const items = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, subject: true, body: true, createdAt: true, readAt: true },
  });
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return { items, page, pageCount, total, from, to: from === 0 ? 0 : from + items.length - 1, unread };
}

/** How many of the person's notifications are unread (the header's count). */
export async function countUnreadNotifications(args: { scope: AccessScope }): Promise<number> {
  return db.notification.count({ where: { AND: [ownNotificationWhere(args.scope), { readAt: null }] } });
}

/**
 * "Marker som lest": one of the person's own notifications; another's is "not found". Marking an
 * already read one again changes nothing and writes no second audit record.
 */
export async function markNotificationRead(args: { scope: AccessScope; notificationId: string; now?: Date }): Promise<{ changed: boolean }> {
  const now = args.now ?? new Date();
  return db.$transaction(async (tx: Tx) => {
    const found = await tx.notification.findFirst({ where: { AND: [ownNotificationWhere(args.scope), { id: args.notificationId }] }, select: { id: true, readAt: true } });
    if (!found) throw new AppError("NOT_FOUND", "Fant ikke varselet.");
    if (found.readAt) return { changed: false };
    const updated = await tx.notification.updateMany({ where: { id: found.id, readAt: null }, data: { readAt: now } });
    if (updated.count === 0) return { changed: false };
    await writeAudit(tx, args.scope, { action: "varsel-lest", entityType: "Notification", entityId: found.id, facts: { personId: args.scope.personId } });
    return { changed: true };
  });
}
