import "server-only";
import { db } from "@/lib/server/db";
import { grantsFor, type Actor } from "@/lib/server/auth/load-actor";
import type { IneligibleCandidate, RankedCandidate } from "@/lib/domain/ranking";
import { loadRanking } from "./load-ranking";

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
 * Open vacancies with their ranking and reasons, for coordinators: the regional coordinator sees every
 * candidate for vacancies in the region; a local coordinator sees where their own trust's LIS stand
 * (with their overall rank) for vacancies that draw on their trust's fagavtaler.
 */
export async function listVacancyRankings(options: { actor: Actor; as: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR"; now?: Date }): Promise<VacancyRanking[]> {
  const now = options.now ?? new Date();
  const regions = grantsFor(options.actor, "REGIONAL_KOORDINATOR").flatMap((g) => (g.regionId ? [g.regionId] : []));
  const orgs = grantsFor(options.actor, "LOKAL_KOORDINATOR").flatMap((g) => (g.organisationId ? [g.organisationId] : []));
  const vacancies = await db.vacancy.findMany({
    where:
      options.as === "REGIONAL_KOORDINATOR"
        ? { status: "APEN", organisation: { regionId: { in: regions } } }
        : { status: "APEN", organisation: { fagavtalerAsPartner: { some: { homeOrganisationId: { in: orgs } } } } },
    include: { department: true, organisation: true, specialty: true },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  const out: VacancyRanking[] = [];
  for (const v of vacancies) {
    const ranking = await loadRanking(db, v, now);
    const mine = (id: string) => options.as === "REGIONAL_KOORDINATOR" || orgs.includes(ranking.periods.get(id)?.homeOrganisationId ?? "");
    const ranked = ranking.ranked.filter((r) => mine(r.candidate.id));
    const ineligible = ranking.ineligible.filter((r) => mine(r.candidate.id));
    if (options.as === "LOKAL_KOORDINATOR" && ranked.length + ineligible.length === 0) continue;
    out.push({
      id: v.id,
      title: `${v.specialty.name}, ${v.department.name} ${v.organisation.shortName}`,
      startDate: v.startDate,
      posts: v.posts,
      ranked,
      ineligible,
      total: ranking.ranked.length,
      conflict: Boolean(ranking.conflict),
    });
  }
  return out;
}
