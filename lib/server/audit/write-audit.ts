import "server-only";
import type { Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coveringRole, type AccessScope, type ObjectFacts } from "@/lib/domain/access-scope";
import type { Role } from "@/lib/domain/roles";

export type AuditEntry = {
  action: import("@/lib/domain/audit-actions").AuditAction;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  /** Where the object sits, so the record names the role whose grant covers it (issue 8 §2). */
  facts?: ObjectFacts;
};

/**
 * Who acted: the scope the action wrapper resolved (the recorded role is the one whose grant authorised
 * it — never a role that lacks the capability), an explicit person and role (role switch, login), or
 * nobody (a scheduled job).
 */
export type AuditBy = AccessScope | { personId: string; role: Role | null } | null;

function recordedRole(by: Exclude<AuditBy, null>, facts: ObjectFacts | undefined): Role | null {
  if ("roles" in by) return (facts ? coveringRole(by, facts) : null) ?? by.roles[0]?.role ?? null;
  return by.role;
}

/** Appends an audit record inside the caller's transaction, so the change and its record commit together. */
export async function writeAudit(tx: Tx, by: AuditBy, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: by?.personId ?? null,
      actorRole: by ? recordedRole(by, entry.facts) : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      data: entry.data,
    },
  });
}
