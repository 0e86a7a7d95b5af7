import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { canAs } from "@/lib/domain/acting-role";
import { intakeFacts, intakeFactsInclude, intakeFormWhere } from "@/lib/server/scope/intake-form-where";
import { readIntakeContent, type IntakeContent } from "./intake-content";

export type IntakeFormRow = {
  id: string;
  personName: string;
  partner: string;
  specialty: string;
  status: string;
  content: IntakeContent;
  filledAt: Date;
  leaderApprovedAt: Date | null;
  forwardedAt: Date | null;
  receivedOn: Date | null;
  needsResend: boolean;
  resendReason: string | null;
  /** What the viewer may do with the form now: the capability table (through the scope's roles) and the form's state. */
  can: { approve: boolean; forward: boolean; recordReceived: boolean };
};

/**
 * Intake forms the scope reaches (intake:read): on a leader's page, those of the LIS employed in their
 * departments (to approve); on a local coordinator's, those under their trust's fagavtaler (to forward).
 */
export async function listIntakeForms(options: { scope: AccessScope; now?: Date }): Promise<IntakeFormRow[]> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const forms = await db.intakeForm.findMany({
    where: intakeFormWhere(scope, now),
    include: { spesialiseringsperiode: { include: { ...intakeFactsInclude(now), receivingOrganisation: true, specialty: true } } },
    orderBy: { filledAt: "asc" },
  });
  return forms.map((f) => {
    const period = f.spesialiseringsperiode;
    const facts = intakeFacts(period);
    const forwarder = canAs(scope, "intake:forward", facts);
    return {
      id: f.id,
      personName: period.person.name,
      partner: period.receivingOrganisation.name,
      specialty: period.specialty.name,
      status: period.status,
      content: readIntakeContent(f.content),
      filledAt: f.filledAt,
      leaderApprovedAt: f.leaderApprovedAt,
      forwardedAt: f.forwardedAt,
      receivedOn: f.receivedOn,
      needsResend: f.needsResend,
      resendReason: f.resendReason,
      can: {
        approve: canAs(scope, "intake:approve", facts) && !f.leaderApprovedAt,
        forward: forwarder && Boolean(f.leaderApprovedAt) && (!f.forwardedAt || f.needsResend),
        recordReceived: forwarder && Boolean(f.forwardedAt) && !f.needsResend,
      },
    };
  });
}
