import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { localTrustIds } from "@/lib/server/fe/fe-scope";
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
};

/** Intake forms the actor handles: a leader's own LIS (to approve), or the coordinator's trust (to forward). */
export async function listIntakeForms(options: { actor: Actor; as: "LEDER" | "LOKAL_KOORDINATOR"; now?: Date }): Promise<IntakeFormRow[]> {
  const now = options.now ?? new Date();
  const where =
    options.as === "LEDER"
      ? {
          spesialiseringsperiode: {
            person: {
              employments: {
                some: {
                  departmentId: { in: grantsFor(options.actor, "LEDER").flatMap((g) => (g.departmentId ? [g.departmentId] : [])) },
                  startDate: { lte: now },
                  OR: [{ endDate: null }, { endDate: { gt: now } }],
                },
              },
            },
          },
        }
      : { spesialiseringsperiode: { fagavtale: { homeOrganisationId: { in: localTrustIds(options.actor) } } } };
  const forms = await db.intakeForm.findMany({
    where,
    include: { spesialiseringsperiode: { include: { person: true, receivingOrganisation: true, specialty: true } } },
    orderBy: { filledAt: "asc" },
  });
  return forms.map((f) => ({
    id: f.id,
    personName: f.spesialiseringsperiode.person.name,
    partner: f.spesialiseringsperiode.receivingOrganisation.name,
    specialty: f.spesialiseringsperiode.specialty.name,
    status: f.spesialiseringsperiode.status,
    content: readIntakeContent(f.content),
    filledAt: f.filledAt,
    leaderApprovedAt: f.leaderApprovedAt,
    forwardedAt: f.forwardedAt,
    receivedOn: f.receivedOn,
    needsResend: f.needsResend,
    resendReason: f.resendReason,
  }));
}
