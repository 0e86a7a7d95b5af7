import "server-only";
import { organisationPolicySelect } from "@/lib/server/organisation-policy";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { coveringRole, type AccessScope, type ObjectFacts } from "@/lib/domain/access-scope";
import { forbidden } from "@/lib/server/errors";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { employmentFacts } from "@/lib/server/scope/employment-where";
import { planEmploymentWhere, planVersionWhere } from "@/lib/server/scope/plan-where";
import type { SigningRole } from "@/lib/domain/plan-status";

/**
 * Who may see and act on a plan (issue 3 §8) comes from the scope: the builders in
 * lib/server/scope/plan-where.ts find only what the scope reaches (anyone else gets "not found",
 * never a leak), and the role acting on it is the scope's role whose grant covers it.
 */

/** The employment whose plan the scope reaches, with what the plan pages show of it, or not found. */
export async function employmentInScope(scope: AccessScope, employmentId: string, client: Tx | typeof db = db) {
  const employment = inScopeOrNotFound(
    await client.employment.findFirst({
      where: { AND: [planEmploymentWhere(scope), { id: employmentId }] },
      include: { person: true, organisation: { include: { region: organisationPolicySelect.region } }, department: true, specialty: true },
    }),
  );
  return { employment, facts: employmentFacts(employment) };
}

/** The role in which the scope edits and signs (LIS or leader), or forbidden. */
export function editingRole(scope: AccessScope, facts: ObjectFacts): Exclude<SigningRole, "LOKAL_KOORDINATOR"> {
  const role = coveringRole(scope, facts);
  if (role === "LIS" || role === "LEDER") return role;
  throw forbidden("Bare LIS og nærmeste leder kan endre og signere planen.");
}

/** The version with its plan and employment, found through the scope, or not found. */
export async function versionInScope(tx: Tx, scope: AccessScope, versionId: string) {
  const version = inScopeOrNotFound(
    await tx.planVersion.findFirst({
      where: { AND: [planVersionWhere(scope), { id: versionId }] },
      include: { plan: { include: { employment: true } }, signatures: true },
    }),
  );
  const employment = version.plan.employment;
  return { version, employment, facts: employmentFacts(employment) };
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
