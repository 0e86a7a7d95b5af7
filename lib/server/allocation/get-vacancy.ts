import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import { notFound } from "@/lib/server/errors";
import { capacityStatus, termOf, type CapacityStatus } from "@/lib/domain/capacity";
import type { RankingResult } from "@/lib/domain/ranking";
import { expireOffers } from "./expire-offers";
import { loadRanking } from "./load-ranking";
import { VACANCY_WITHDRAW_ACTION } from "./withdraw-vacancy";
import { auditActionNames } from "@/lib/domain/audit-actions";

export type VacancyView = {
  id: string;
  status: "APEN" | "BESATT" | "TRUKKET";
  department: string;
  organisation: string;
  specialty: string;
  startDate: Date;
  durationMonths: number;
  posts: number;
  startWindowDays: number;
  drawSeed: string;
  allocationRule: "HELSE_NORD" | "OUS" | "EGEN";
  capacity: (CapacityStatus & { fagavtaleId: string; homeOrganisation: string })[];
  ranking: RankingResult;
  /** The chosen candidate of a decided samtidskonflikt, who counts as the top candidate. */
  resolvedTopId: string | null;
  openConflictId: string | null;
  /** Who withdrew the vacancy, when and why (from the audit record of the withdrawal). */
  withdrawal: { reason: string; at: Date; byName: string | null } | null;
  offers: { id: string; personName: string; status: string; postNumber: number; rankAtOffer: number; deviationReason: string | null; deadline: Date; offeredAt: Date }[];
};

/** A vacancy of a department the actor leads, with its ranked candidate list and the capacity it draws on. */
export async function getVacancy(options: { actor: Actor; vacancyId: string; now?: Date }): Promise<VacancyView> {
  const now = options.now ?? new Date();
  const departmentIds = grantsFor(options.actor, "LEDER").flatMap((g) => (g.departmentId ? [g.departmentId] : []));
  await expireOffers(now);
  const vacancy = await db.vacancy.findFirst({
    where: { id: options.vacancyId, departmentId: { in: departmentIds } },
    include: {
      organisation: true,
      department: true,
      specialty: true,
      offers: { include: { person: true }, orderBy: { offeredAt: "asc" } },
      conflicts: { include: { candidates: true }, orderBy: { openedAt: "desc" } },
    },
  });
  if (!vacancy) throw notFound("Fant ikke stillingen blant avdelingene du leder.");
  const ranking = await loadRanking(db, vacancy, now);
  const capacity = await Promise.all(
    ranking.fagavtaler.map(async (f) => {
      const term = termOf(vacancy.startDate, f.capacityUnit);
      const uses = await db.capacityUse.findMany({ where: { fagavtaleId: f.id, term }, include: { offer: true } });
      const used = uses.filter((u) => !u.offer || u.offer.status === "AKSEPTERT").length;
      return { ...capacityStatus({ term, unit: f.capacityUnit, count: f.capacityCount, used, reserved: uses.length - used }), fagavtaleId: f.id, homeOrganisation: f.homeOrganisation.name };
    }),
  );
  const withdrawn =
    vacancy.status === "TRUKKET"
      ? await db.auditLog.findFirst({ where: { entityType: "Vacancy", entityId: vacancy.id, action: { in: auditActionNames(VACANCY_WITHDRAW_ACTION) } }, include: { actor: true }, orderBy: { at: "desc" } })
      : null;
  const withdrawnData = withdrawn?.data as { reason?: unknown } | null | undefined;
  const tied = ranking.conflict ? [...ranking.conflict.candidateIds].sort().join() : null;
  const matching = tied ? vacancy.conflicts.find((c) => c.candidates.map((x) => x.spesialiseringsperiodeId).sort().join() === tied) : undefined;
  return {
    id: vacancy.id,
    status: vacancy.status,
    department: vacancy.department.name,
    organisation: vacancy.organisation.name,
    specialty: vacancy.specialty.name,
    startDate: vacancy.startDate,
    durationMonths: vacancy.durationMonths,
    posts: vacancy.posts,
    startWindowDays: vacancy.startWindowDays,
    drawSeed: vacancy.drawSeed,
    allocationRule: vacancy.organisation.allocationRule,
    capacity,
    ranking: { rule: ranking.rule, ranked: ranking.ranked, ineligible: ranking.ineligible, conflict: ranking.conflict },
    resolvedTopId: matching?.status === "LOST" ? matching.resolvedPeriodId : null,
    openConflictId: matching && matching.status !== "LOST" ? matching.id : null,
    withdrawal: withdrawn ? { reason: typeof withdrawnData?.reason === "string" ? withdrawnData.reason : "", at: withdrawn.at, byName: withdrawn.actor?.name ?? null } : null,
    offers: vacancy.offers.map((o) => ({
      id: o.id,
      personName: o.person.name,
      status: o.status,
      postNumber: o.postNumber,
      rankAtOffer: o.rankAtOffer,
      deviationReason: o.deviationReason,
      deadline: o.deadline,
      offeredAt: o.offeredAt,
    })),
  };
}
