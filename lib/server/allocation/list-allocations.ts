import "server-only";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessScope } from "@/lib/domain/access-scope";
import { OFFER_STATUSES } from "@/lib/domain/offer-status";
import { offerStatusAt, type OfferStatus } from "@/lib/domain/offer-expiry";
import { DEFAULT_PAGE_SIZE, pageOf, pageWindow, parsePageNumber, type Page } from "@/lib/domain/pagination";
import { offerWhere } from "@/lib/server/scope/offer-where";
import { parseAllocationFilter, type AllocationFilter } from "@/lib/domain/allocation-filter";
import { offerStatusWhere } from "./offer-status-where";
import { listVacancyRankings } from "./list-vacancy-rankings";

export type AllocationRow = {
  id: string;
  vacancyId: string;
  status: OfferStatus;
  lis: string;
  homeOrganisation: string;
  receiving: string;
  specialty: string;
  startDate: Date;
  durationMonths: number;
  rankAtOffer: number;
  deviationReason: string | null;
  deadline: Date;
  offeredAt: Date;
  respondedAt: Date | null;
  leaveAutomatic: boolean;
};

const ROW_SELECT = {
  id: true,
  vacancyId: true,
  status: true,
  rankAtOffer: true,
  deviationReason: true,
  deadline: true,
  offeredAt: true,
  respondedAt: true,
  person: { select: { name: true } },
  vacancy: { select: { startDate: true, durationMonths: true, organisation: { select: { shortName: true } }, department: { select: { name: true } }, specialty: { select: { name: true } } } },
  spesialiseringsperiode: { select: { leaveAutomatic: true, fagavtale: { select: { homeOrganisation: { select: { shortName: true } } } } } },
} satisfies Prisma.OfferSelect;

/**
 * Offers as a coordinator's work list (offerWhere): a local coordinator sees the offers to their own
 * trust's LIS (and accepted ones they must register in the fiktiv enhet); a regional coordinator sees
 * the region's, on either side. An open offer past its deadline shows as expired, and filtering by
 * status uses the same rule in SQL (offerStatusWhere). Filtered, counted and paginated in SQL, newest
 * first; related rows are loaded only for the page shown (issue 9 §3).
 */
export async function listAllocations(options: { scope: AccessScope; filter?: AllocationFilter; page?: number; pageSize?: number; now?: Date }): Promise<Page<AllocationRow>> {
  const now = options.now ?? new Date();
  const filter = options.filter ?? {};
  const size = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const where: Prisma.OfferWhereInput = {
    AND: [offerWhere(options.scope), filter.status ? offerStatusWhere(filter.status, now) : {}, filter.vacancyId ? { vacancyId: filter.vacancyId } : {}],
  };
  const total = await db.offer.count({ where });
  const window = pageWindow(total, options.page ?? 1, size);
  const offers = total === 0 ? [] : await db.offer.findMany({ where, select: ROW_SELECT, orderBy: [{ offeredAt: "desc" }, { id: "asc" }], skip: window.skip, take: size });
  return pageOf(
    offers.map((o) => ({
      id: o.id,
      vacancyId: o.vacancyId,
      status: offerStatusAt(o, now),
      lis: o.person.name,
      homeOrganisation: o.spesialiseringsperiode.fagavtale.homeOrganisation.shortName,
      receiving: `${o.vacancy.department.name}, ${o.vacancy.organisation.shortName}`,
      specialty: o.vacancy.specialty.name,
      startDate: o.vacancy.startDate,
      durationMonths: o.vacancy.durationMonths,
      rankAtOffer: o.rankAtOffer,
      deviationReason: o.deviationReason,
      deadline: o.deadline,
      offeredAt: o.offeredAt,
      respondedAt: o.respondedAt,
      leaveAutomatic: o.spesialiseringsperiode.leaveAutomatic,
    })),
    total,
    window,
  );
}

export type VacancyAllocationSummary = {
  vacancyId: string;
  specialty: string;
  department: string;
  organisation: string;
  startDate: Date;
  durationMonths: number;
  posts: number;
  /** The scope's offers for the vacancy, by status as shown now. */
  offers: Record<OfferStatus, number>;
};

/**
 * One line per vacancy that has offers the scope sees, with those offers counted by status as shown
 * now (offerStatusWhere: an overdue open offer counts as expired), soonest start first. The vacancies
 * are counted and paginated in SQL and the counts are grouped in SQL for the page's vacancies only:
 * a constant number of statements whatever the number of offers (issue 9 §3). With `vacancyId`, that
 * vacancy's line only (none when the scope sees none of its offers).
 */
export async function listVacancyAllocationSummaries(options: { scope: AccessScope; vacancyId?: string; page?: number; pageSize?: number; now?: Date }): Promise<Page<VacancyAllocationSummary>> {
  const now = options.now ?? new Date();
  const size = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const scoped = offerWhere(options.scope);
  const where: Prisma.VacancyWhereInput = { offers: { some: scoped }, ...(options.vacancyId ? { id: options.vacancyId } : {}) };
  const total = await db.vacancy.count({ where });
  const window = pageWindow(total, options.page ?? 1, size);
  if (total === 0) return pageOf([], total, window);
  const vacancies = await db.vacancy.findMany({
    where,
    select: { id: true, startDate: true, durationMonths: true, posts: true, organisation: { select: { shortName: true } }, department: { select: { name: true } }, specialty: { select: { name: true } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    skip: window.skip,
    take: size,
  });
  const ids = vacancies.map((v) => v.id);
  const onPage: Prisma.OfferWhereInput = { AND: [scoped, { vacancyId: { in: ids } }] };
  // Two groupings whatever the number of statuses: by stored status, and the open offers already past
  // their deadline, which show as expired (offerStatusWhere's rule: they move from TILBUDT to UTLOPT).
  const [stored, overdue] = await Promise.all([
    db.offer.groupBy({ by: ["vacancyId", "status"], where: onPage, _count: { _all: true } }),
    db.offer.groupBy({ by: ["vacancyId"], where: { AND: [onPage, { status: "TILBUDT", deadline: { lt: now } }] }, _count: { _all: true } }),
  ]);
  const overdueBy = new Map(overdue.map((g) => [g.vacancyId, g._count._all]));
  const countsOf = (vacancyId: string): Record<OfferStatus, number> => {
    const counts = Object.fromEntries(OFFER_STATUSES.map((s) => [s, 0])) as Record<OfferStatus, number>;
    for (const g of stored) if (g.vacancyId === vacancyId) counts[g.status] += g._count._all;
    const late = overdueBy.get(vacancyId) ?? 0;
    counts.TILBUDT -= late;
    counts.UTLOPT += late;
    return counts;
  };
  return pageOf(
    vacancies.map((v) => ({
      vacancyId: v.id,
      specialty: v.specialty.name,
      department: v.department.name,
      organisation: v.organisation.shortName,
      startDate: v.startDate,
      durationMonths: v.durationMonths,
      posts: v.posts,
      offers: countsOf(v.id),
    })),
    total,
    window,
  );
}

/**
 * Everything an allocations page (/koordinator/tildelinger, /regional/tildelinger) shows, from its search
 * parameters: the per-vacancy summary (`stillingsside`), the offers list (`status`, `stilling`, `side`)
 * and, for a chosen vacancy, its line and its ranking. A constant number of statements in data size.
 */
export async function loadAllocationOverview(options: { scope: AccessScope; params: Record<string, string | string[] | undefined>; now?: Date }) {
  const { scope, params } = options;
  const now = options.now ?? new Date();
  const filter = parseAllocationFilter(params);
  const [summaries, offers, chosenLine, rankings] = await Promise.all([
    listVacancyAllocationSummaries({ scope, page: parsePageNumber(params.stillingsside), now }),
    listAllocations({ scope, filter, page: parsePageNumber(params.side), now }),
    filter.vacancyId ? listVacancyAllocationSummaries({ scope, vacancyId: filter.vacancyId, now }) : null,
    filter.vacancyId ? listVacancyRankings({ scope, vacancyId: filter.vacancyId, now }) : null,
  ]);
  return { filter, summaries, offers, chosen: chosenLine && rankings ? { summary: chosenLine.items[0] ?? null, rankings } : null };
}
