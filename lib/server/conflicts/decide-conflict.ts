import "server-only";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { coveringRole, type AccessScope } from "@/lib/domain/access-scope";
import { inScopeOrNotFound } from "@/lib/server/scope/in-scope";
import { conflictFacts, conflictWhere } from "@/lib/server/scope/conflict-where";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { enqueueNotification } from "@/lib/server/notifications/enqueue-notification";
import { peopleWithRole } from "@/lib/server/allocation/notify";
import { CONFLICT_DECISION_ACTION } from "@/lib/domain/audit-actions";

export type ConflictDecision = "VURDERING" | "ESKALERT" | "AVGJORT";

/**
 * The regional coordinator records a step in a samtidskonflikt of their region: an assessment, an
 * escalation to the fagsjefer, or the decision (at the current level) naming the chosen candidate.
 * Every step records who, when, the outcome and the reason.
 */
export async function decideConflict(options: {
  scope: AccessScope;
  conflictId: string;
  decision: ConflictDecision;
  chosenPeriodId?: string | null;
  reason: string;
  now?: Date;
}): Promise<{ status: "APEN" | "ESKALERT" | "LOST" }> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const reason = options.reason.trim();
  if (!reason) throw new UserError("VALIDATION", "Skriv en begrunnelse.", { reason: ["Skriv en begrunnelse."] });

  return db.$transaction(async (tx) => {
    const conflict = inScopeOrNotFound(
      await tx.conflict.findFirst({
        where: { AND: [conflictWhere(scope), { id: options.conflictId }] },
        include: { candidates: { include: { spesialiseringsperiode: { include: { person: true } }, organisation: true } }, vacancy: { include: { department: true, organisation: true } } },
      }),
      "Fant ikke samtidskonflikten i din region.",
    );
    const facts = conflictFacts({
      vacancyDepartmentId: conflict.vacancy.departmentId,
      vacancyOrganisationId: conflict.vacancy.organisationId,
      vacancyRegionId: conflict.vacancy.organisation.regionId,
      candidateOrganisationIds: conflict.candidates.map((c) => c.organisationId),
    });
    await tx.$queryRaw`SELECT id FROM "Conflict" WHERE id = ${conflict.id} FOR UPDATE`;
    const current = await tx.conflict.findUniqueOrThrow({ where: { id: conflict.id } });
    if (current.status === "LOST") throw new UserError("CONFLICT", "Samtidskonflikten er allerede avgjort.");

    let outcome: string;
    let status: "APEN" | "ESKALERT" | "LOST" = current.status;
    let level = current.level;
    if (options.decision === "AVGJORT") {
      const chosen = conflict.candidates.find((c) => c.spesialiseringsperiodeId === options.chosenPeriodId);
      if (!chosen) throw new UserError("VALIDATION", "Velg hvilken kandidat som skal få plassen.", { chosenPeriodId: ["Velg en av kandidatene i konflikten."] });
      outcome = `Avgjort${level === "FAGSJEF" ? " av fagsjefene" : " på avdelingsnivå"}: ${chosen.spesialiseringsperiode.person.name} (${chosen.organisation.name}) får plassen.`;
      status = "LOST";
      await tx.conflict.update({ where: { id: conflict.id }, data: { status, resolvedAt: now, resolvedPeriodId: chosen.spesialiseringsperiodeId } });
    } else if (options.decision === "ESKALERT") {
      if (current.level === "FAGSJEF") throw new UserError("CONFLICT", "Konflikten er allerede løftet til fagsjefene.");
      outcome = "Løftet til fagsjefene i de berørte foretakene.";
      status = "ESKALERT";
      level = "FAGSJEF";
      await tx.conflict.update({ where: { id: conflict.id }, data: { status, level } });
    } else {
      outcome = "Vurdering registrert.";
    }
    await tx.conflictStep.create({
      data: { conflictId: conflict.id, kind: options.decision, level, byId: scope.personId, byRole: coveringRole(scope, facts), outcome, reason, at: now },
    });
    await writeAudit(tx, scope, { action: CONFLICT_DECISION_ACTION[options.decision], entityType: "Conflict", entityId: conflict.id, facts, data: { outcome, reason, chosenPeriodId: options.chosenPeriodId ?? null, level } });

    const recipients = new Set<string>([conflict.vacancy.createdById]);
    for (const c of conflict.candidates) for (const p of await peopleWithRole(tx, { role: "LOKAL_KOORDINATOR", organisationId: c.organisationId }, now)) recipients.add(p);
    for (const recipientPersonId of recipients) {
      await enqueueNotification(tx, {
        kind: "conflict.step",
        recipientPersonId,
        subject: `Samtidskonflikt: ${conflict.vacancy.department.name}, ${conflict.vacancy.organisation.shortName}`,
        body: `${outcome} Begrunnelse: ${reason}`,
        entityType: "Conflict",
        entityId: conflict.id,
      });
    }
    return { status };
  });
}
