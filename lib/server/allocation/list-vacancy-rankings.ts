import "server-only";
import { db } from "@/lib/server/db";
import { coveringRole, type AccessScope } from "@/lib/domain/access-scope";
import type { IneligibleCandidate, RankedCandidate } from "@/lib/domain/ranking";
import { candidateVisible } from "@/lib/server/scope/offer-where";
import { vacancyWhere } from "@/lib/server/scope/vacancy-where";
import { loadQueueStandings } from "@/lib/server/queue/load-queue-standings";

export type VacancyRanking = {
  id: string;
  title: string;
  startDate: Date;
  posts: number;
  ranked: RankedCandidate[];
  ineligible: IneligibleCandidate[];
  total: number;
  conflict: boolean;
};

/**
 * Open vacancies the scope reaches (vacancyWhere) with their ranking and reasons, for coordinators.
 * Each candidate is shown (with their overall rank) only to whom the offer rule shows them: the regional
 * coordinator every candidate for a vacancy in the region and the region's LIS elsewhere; a local
 * coordinator their own trust's LIS. A vacancy is listed when the scope sees one of its candidates or
 * reaches it as the receiving side. With `vacancyId`, only that vacancy (the allocations pages show one
 * vacancy's ranking at a time: every open vacancy's whole ranking is too much at national size).
 */
export async function listVacancyRankings(options: { scope: AccessScope; vacancyId?: string; now?: Date }): Promise<VacancyRanking[]> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const vacancies = await db.vacancy.findMany({
    where: { AND: [vacancyWhere(scope), { status: "APEN" }, options.vacancyId ? { id: options.vacancyId } : {}] },
    include: { department: true, organisation: true, specialty: true },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  const out: VacancyRanking[] = [];
  // Every vacancy's queue in the same statements, with its recorded decisions (lib/server/queue).
  const standings = await loadQueueStandings(db, vacancies.map((v) => ({ ...v, vacancyId: v.id })), now);
  for (const [i, v] of vacancies.entries()) {
    const ranking = standings[i]!;
    const homeRegion = new Map(ranking.fagavtaler.map((f) => [f.id, f.homeOrganisation.regionId]));
    const visible = (id: string) => {
      const p = ranking.periods.get(id);
      return Boolean(
        p &&
          candidateVisible(scope, {
            personId: p.personId,
            vacancyDepartmentId: v.departmentId,
            vacancyRegionId: v.organisation.regionId,
            homeOrganisationId: p.homeOrganisationId,
            homeRegionId: homeRegion.get(p.fagavtaleId) ?? null,
          }),
      );
    };
    const ranked = ranking.ranked.filter((r) => visible(r.candidate.id));
    const ineligible = ranking.ineligible.filter((r) => visible(r.candidate.id));
    const receivingSide = coveringRole(scope, { departmentId: v.departmentId, organisationId: v.organisationId, regionId: v.organisation.regionId }) !== null;
    if (!receivingSide && ranked.length + ineligible.length === 0) continue;
    out.push({
      id: v.id,
      title: `${v.specialty.name}, ${v.department.name} ${v.organisation.shortName}`,
      startDate: v.startDate,
      posts: v.posts,
      ranked,
      ineligible,
      total: ranking.ranked.length,
      conflict: ranking.undecidedTieIds.length > 0,
    });
  }
  return out;
}
