import "server-only";
import type { Tx } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/load-actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  action: import("@/lib/domain/audit-actions").AuditAction;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
};

/** Appends an audit record inside the caller's transaction, so the change and its record commit together. */
export async function writeAudit(tx: Tx, actor: Pick<Actor, "personId" | "activeRole"> | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.personId ?? null,
      actorRole: actor?.activeRole.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      data: entry.data,
    },
  });
}
