import "server-only";
import type { Tx } from "@/lib/server/db";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { peopleWithRole } from "@/lib/server/allocation/notify";

/**
 * Tells everyone an agreed period concerns that it was recorded, moved or cancelled (issue 14 §1–§3, §5),
 * in the caller's transaction: the receiving side (the leaders who made the accepted offer, or else the
 * fagavtale's contact at the partner, by e-mail), the LIS, and the LIS's leaders now.
 */
export async function notifyPeriodParties(
  tx: Tx,
  args: {
    kind: string;
    periodId: string;
    personId: string;
    homeDepartmentIds: readonly string[];
    receivingOrganisationId: string;
    /** People at the receiving side who made an accepted offer; when none, the contact is told. */
    receivingPersonIds: readonly string[];
    contact: { email: string | null; name: string | null };
    subject: string;
    body: string;
    /** What the contact reads, if it differs from `subject` and `body`. */
    contactSubject?: string;
    contactBody?: string;
    now: Date;
  },
): Promise<void> {
  const entity = { entityType: "Spesialiseringsperiode", entityId: args.periodId };
  if (args.receivingPersonIds.length === 0) {
    const body = args.contactBody ?? (args.contact.name ? `Til ${args.contact.name}.\n${args.body}` : args.body);
    await enqueueNotification(tx, { kind: args.kind, recipientOrganisationId: args.receivingOrganisationId, toEmail: args.contact.email, subject: args.contactSubject ?? args.subject, body, ...entity });
  }
  const recipients = new Set<string>([args.personId, ...args.receivingPersonIds]);
  for (const departmentId of args.homeDepartmentIds) for (const p of await peopleWithRole(tx, { role: "LEDER", departmentId }, args.now)) recipients.add(p);
  for (const recipientPersonId of recipients) {
    await enqueueNotification(tx, { kind: args.kind, recipientPersonId, subject: args.subject, body: args.body, ...entity });
  }
}
