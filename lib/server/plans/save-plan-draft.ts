import "server-only";
import { db } from "@/lib/server/db";
import type { AccessScope } from "@/lib/domain/access-scope";
import { planWhere } from "@/lib/server/scope/plan-where";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { UserError } from "@/lib/server/errors";
import { VALIDATION_MESSAGE_TEXT } from "@/lib/server/plans/messages";
import { employmentInScope, editingRole, staleMessage } from "@/lib/server/plans/plan-access";
import { completeDraft, periodEnd, validatePlan, type PlanPeriodDraft, type PlanPeriodRow } from "@/lib/domain/plan-validation";

export type SavePlanDraftResult = { versionId: string; versionNumber: number; lockVersion: number; signaturesCleared: boolean; newRevision: boolean };

const OPEN = ["UTKAST", "TIL_GODKJENNING", "RETURNERT"] as const;

/**
 * Saves the plan's open version (issue 3 §1, §2, §4). The LIS or their leader edits; editing a signed
 * draft clears its signatures; changing an approved plan starts a new draft version (the approved one
 * stays in force). Every save names the version and lockVersion it was based on; a stale save is refused.
 */
export async function savePlanDraft(options: {
  scope: AccessScope;
  employmentId: string;
  basedOnVersionId: string;
  lockVersion: number;
  courses: string;
  notes: string;
  /** Rows as read from the form; format errors are reported together with the rules (all at once). */
  periods: PlanPeriodRow[];
}): Promise<SavePlanDraftResult> {
  const { scope } = options;
  try {
    return await db.$transaction(async (tx) => {
      const { employment, facts } = await employmentInScope(scope, options.employmentId, tx);
      const role = editingRole(scope, facts);

      const [departments, fagavtaler] = await Promise.all([
        tx.department.findMany({ where: { organisationId: employment.organisationId }, select: { id: true } }),
        tx.fagavtale.findMany({ where: { homeOrganisationId: employment.organisationId, specialtyId: employment.specialtyId } }),
      ]);
      const fieldErrors = validatePlan(options, {
        homeOrganisationId: employment.organisationId,
        specialtyId: employment.specialtyId,
        homeDepartmentIds: departments.map((d) => d.id),
        fagavtaler,
      });
      const drafts = options.periods.map(completeDraft);
      if (Object.keys(fieldErrors).length || drafts.some((d) => d === null)) throw new UserError("VALIDATION", VALIDATION_MESSAGE_TEXT, fieldErrors);
      const periods = drafts as PlanPeriodDraft[];

      const plan =
        (await tx.plan.findFirst({ where: { AND: [planWhere(scope), { employmentId: employment.id }] }, include: { versions: { include: { signatures: true } } } })) ??
        (await tx.plan.create({ data: { personId: employment.personId, employmentId: employment.id }, include: { versions: { include: { signatures: true } } } }));
      const open = plan.versions.find((v) => (OPEN as readonly string[]).includes(v.status));
      const approved = plan.versions.find((v) => v.status === "GODKJENT");
      const content = { courses: options.courses, notes: options.notes };

      let versionId: string;
      let versionNumber: number;
      let lockVersion: number;
      let signaturesCleared = false;
      let newRevision = false;

      if (open) {
        if (open.id !== options.basedOnVersionId) throw new UserError("CONFLICT", await staleMessage(tx, open.id));
        if (open.status === "TIL_GODKJENNING") {
          throw new UserError("RULE", "Planen er signert av LIS og leder og ligger hos lokal koordinator. Den kan ikke endres før den er godkjent eller returnert.");
        }
        // Optimistic concurrency: only the lockVersion this edit was based on may be overwritten.
        const { count } = await tx.planVersion.updateMany({
          where: { id: open.id, lockVersion: options.lockVersion },
          data: { ...content, status: "UTKAST", lockVersion: { increment: 1 } },
        });
        if (count === 0) throw new UserError("CONFLICT", await staleMessage(tx, open.id));
        if (open.signatures.length) {
          await tx.planSignature.deleteMany({ where: { versionId: open.id } });
          signaturesCleared = true;
        }
        await tx.planPeriod.deleteMany({ where: { versionId: open.id } });
        versionId = open.id;
        versionNumber = open.versionNumber;
        lockVersion = options.lockVersion + 1;
      } else {
        if (approved && (approved.id !== options.basedOnVersionId || approved.lockVersion !== options.lockVersion)) {
          throw new UserError("CONFLICT", await staleMessage(tx, approved.id));
        }
        const next = Math.max(0, ...plan.versions.map((v) => v.versionNumber)) + 1;
        const created = await tx.planVersion.create({
          data: { planId: plan.id, versionNumber: next, ...content, basedOnVersionId: approved?.id ?? null, createdById: scope.personId },
        });
        versionId = created.id;
        versionNumber = next;
        lockVersion = created.lockVersion;
        newRevision = Boolean(approved);
      }

      await tx.planPeriod.createMany({
        data: periods.map((p) => ({
          versionId,
          kind: p.kind,
          departmentId: p.kind === "HJEMME" ? p.departmentId : null,
          fagavtaleId: p.kind === "SPESIALISERINGSPERIODE" ? p.fagavtaleId : null,
          startDate: p.startDate,
          endDate: periodEnd(p),
          shortDurationReason: p.kind === "SPESIALISERINGSPERIODE" ? (p.shortDurationReason ?? null) : null,
          learningActivities: p.learningActivities ?? "",
        })),
      });

      await writeAudit(tx, scope, {
        facts,
        action: newRevision ? "plan-revisjon-opprettet" : open ? "plan-endret" : "plan-opprettet",
        entityType: "PlanVersion",
        entityId: versionId,
        data: { planId: plan.id, versionNumber, role, periods: periods.length, signaturesCleared },
      });
      return { versionId, versionNumber, lockVersion, signaturesCleared, newRevision };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("CONFLICT", "Planen er endret av en annen siden du åpnet den. Last inn på nytt.");
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code?: string }).code === "P2002";
}

