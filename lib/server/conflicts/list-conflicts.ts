import "server-only";
import { db } from "@/lib/server/db";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import type { ConflictFacts } from "@/lib/domain/ranking";
import { conflictFacts, conflictWhere } from "@/lib/server/scope/conflict-where";

export type ConflictView = {
  id: string;
  status: "APEN" | "ESKALERT" | "LOST";
  level: "AVDELING" | "FAGSJEF";
  openedAt: Date;
  resolvedAt: Date | null;
  resolvedPeriodId: string | null;
  vacancy: { id: string; department: string; organisation: string; specialty: string; startDate: Date };
  facts: ConflictFacts;
  candidates: { periodId: string; name: string; organisation: string }[];
  steps: { id: string; kind: string; level: string; by: string | null; byRole: string | null; outcome: string; reason: string; at: Date }[];
  /** What the person may do with it now: record a step (assess or decide), and escalate to the fagsjefer. */
  can: { decide: boolean; escalate: boolean };
};

/**
 * The samtidskonflikter the scope reaches (conflictWhere: the region's, the trust's as receiving or
 * sending party, the receiving leader's departments), optionally of one vacancy, with what the person
 * may do with each (conflict:resolve, while undecided).
 */
export async function listConflicts(options: { scope: AccessScope; vacancyId?: string }): Promise<ConflictView[]> {
  const { scope } = options;
  const rows = await db.conflict.findMany({
    where: { AND: [conflictWhere(scope), options.vacancyId ? { vacancyId: options.vacancyId } : {}] },
    include: {
      vacancy: { include: { department: true, organisation: true, specialty: true } },
      candidates: { include: { spesialiseringsperiode: { include: { person: true } }, organisation: true } },
      steps: { include: { by: true }, orderBy: { at: "asc" } },
    },
    orderBy: [{ status: "asc" }, { openedAt: "desc" }],
  });
  return rows.map((c) => {
    const decide =
      c.status !== "LOST" &&
      canOn(
        scope,
        "conflict:resolve",
        conflictFacts({ vacancyDepartmentId: c.vacancy.departmentId, vacancyOrganisationId: c.vacancy.organisationId, vacancyRegionId: c.vacancy.organisation.regionId, candidateOrganisationIds: c.candidates.map((x) => x.organisationId) }),
      );
    return {
      id: c.id,
      status: c.status,
      level: c.level,
      openedAt: c.openedAt,
      resolvedAt: c.resolvedAt,
      resolvedPeriodId: c.resolvedPeriodId,
      vacancy: { id: c.vacancyId, department: c.vacancy.department.name, organisation: c.vacancy.organisation.shortName, specialty: c.vacancy.specialty.name, startDate: c.vacancy.startDate },
      facts: c.facts as unknown as ConflictFacts,
      candidates: c.candidates.map((x) => ({ periodId: x.spesialiseringsperiodeId, name: x.spesialiseringsperiode.person.name, organisation: x.organisation.name })),
      steps: c.steps.map((s) => ({ id: s.id, kind: s.kind, level: s.level, by: s.by?.name ?? null, byRole: s.byRole, outcome: s.outcome, reason: s.reason, at: s.at })),
      can: { decide, escalate: decide && c.level === "AVDELING" },
    };
  });
}
