import "server-only";
import type { Tx } from "@/lib/server/db";

export type NotificationInput = {
  kind: string;
  subject: string;
  body: string;
  recipientPersonId?: string | null;
  /** A partner trust: delivered to its contactEmail when no toEmail is given. */
  recipientOrganisationId?: string | null;
  toEmail?: string | null;
  entityType?: string;
  entityId?: string;
};

/**
 * Writes a notification to the outbox inside the caller's transaction: it exists if and only if
 * the change that caused it commits. Delivery by e-mail happens afterwards (deliver-notifications).
 */
export async function enqueueNotification(tx: Tx, input: NotificationInput): Promise<{ id: string }> {
  let toEmail = input.toEmail ?? null;
  if (!toEmail && input.recipientPersonId) {
    toEmail = (await tx.person.findUnique({ where: { id: input.recipientPersonId }, select: { email: true } }))?.email ?? null;
  }
  if (!toEmail && input.recipientOrganisationId) {
    toEmail = (await tx.organisation.findUnique({ where: { id: input.recipientOrganisationId }, select: { contactEmail: true } }))?.contactEmail ?? null;
  }
  return tx.notification.create({
    data: {
      kind: input.kind,
      subject: input.subject,
      body: input.body,
      recipientPersonId: input.recipientPersonId ?? null,
      recipientOrganisationId: input.recipientOrganisationId ?? null,
      toEmail,
      entityType: input.entityType,
      entityId: input.entityId,
      // A notification about a plan version is read by whoever may read the plan (notification-where.ts).
      planVersionId: input.entityType === "PlanVersion" ? (input.entityId ?? null) : null,
    },
    select: { id: true },
  });
}
