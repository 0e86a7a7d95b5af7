import "server-only";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { notFound, forbidden } from "@/lib/server/errors";
import type { SigningRole } from "@/lib/domain/plan-status";

/**
 * Who may see and act on a plan (issue 3 §8): the LIS, the leader(s) of the employment's department,
 * and the local coordinators of the home trust. Anyone else gets "not found", never a leak.
 */
export type PlanRelation = { asLis: boolean; asLeader: boolean; asCoordinator: boolean };

export function relationTo(actor: Actor, employment: { personId: string; departmentId: string; organisationId: string }): PlanRelation {
  return {
    asLis: grantsFor(actor, "LIS").length > 0 && employment.personId === actor.personId,
    asLeader: grantsFor(actor, "LEDER").some((g) => g.departmentId === employment.departmentId),
    asCoordinator: grantsFor(actor, "LOKAL_KOORDINATOR").some((g) => g.organisationId === employment.organisationId),
  };
}

/** The employment the actor may see, or notFound(). */
export async function employmentInScope(actor: Actor, employmentId: string, client: Tx | typeof db = db) {
  const employment = await client.employment.findUnique({
    where: { id: employmentId },
    include: { person: true, organisation: true, department: true, specialty: true },
  });
  if (!employment) throw notFound();
  const relation = relationTo(actor, employment);
  if (!relation.asLis && !relation.asLeader && !relation.asCoordinator) throw notFound();
  return { employment, relation };
}

/** The role in which the actor edits and signs (LIS or leader), or forbidden(). */
export function editingRole(relation: PlanRelation): Exclude<SigningRole, "LOKAL_KOORDINATOR"> {
  if (relation.asLis) return "LIS";
  if (relation.asLeader) return "LEDER";
  throw forbidden("Bare LIS og nærmeste leder kan endre og signere planen.");
}

/** The version with its plan and employment, scoped to the actor, or notFound(). */
export async function versionInScope(tx: Tx, actor: Actor, versionId: string) {
  const version = await tx.planVersion.findUnique({ where: { id: versionId }, include: { plan: true, signatures: true } });
  if (!version) throw notFound();
  const { employment, relation } = await employmentInScope(actor, version.plan.employmentId, tx);
  return { version, employment, relation };
}

/** Message for a stale save (issue 3 §4), naming who changed the version last, from the audit log. */
export async function staleMessage(tx: Tx, versionId: string): Promise<string> {
  const last = await tx.auditLog.findFirst({
    where: { entityType: "PlanVersion", entityId: versionId },
    orderBy: { id: "desc" },
    include: { actor: { select: { name: true } } },
  });
  return `Planen er endret av ${last?.actor?.name ?? "en annen"} siden du åpnet den. Last inn på nytt.`;
}
