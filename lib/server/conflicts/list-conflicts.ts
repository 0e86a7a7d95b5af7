import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import type { ConflictFacts } from "@/lib/domain/ranking";
import type { Prisma } from "@/lib/generated/prisma/client";

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
};

/**
 * Samtidskonflikter the actor may see: the regional coordinator's region, the local coordinator's own
 * trust's candidates (or receiving trust), and the receiving leader's departments.
 */
export async function listConflicts(options: { actor: Actor; as: "REGIONAL_KOORDINATOR" | "LOKAL_KOORDINATOR" | "LEDER" }): Promise<ConflictView[]> {
  const { actor } = options;
  let where: Prisma.ConflictWhereInput;
  if (options.as === "REGIONAL_KOORDINATOR") {
    where = { vacancy: { organisation: { regionId: { in: grantsFor(actor, "REGIONAL_KOORDINATOR").flatMap((g) => (g.regionId ? [g.regionId] : [])) } } } };
  } else if (options.as === "LOKAL_KOORDINATOR") {
    const orgs = grantsFor(actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : []));
    where = { OR: [{ candidates: { some: { organisationId: { in: orgs } } } }, { vacancy: { organisationId: { in: orgs } } }] };
  } else {
    where = { vacancy: { departmentId: { in: grantsFor(actor, "LEDER").flatMap((g) => (g.departmentId ? [g.departmentId] : [])) } } };
  }
  const rows = await db.conflict.findMany({
    where,
    include: {
      vacancy: { include: { department: true, organisation: true, specialty: true } },
      candidates: { include: { spesialiseringsperiode: { include: { person: true } }, organisation: true } },
      steps: { include: { by: true }, orderBy: { at: "asc" } },
    },
    orderBy: [{ status: "asc" }, { openedAt: "desc" }],
  });
  return rows.map((c) => ({
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
  }));
}
