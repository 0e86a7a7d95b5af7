import "server-only";
import { db } from "@/lib/server/db";
import { policyOf } from "@/lib/server/organisation-policy";
import { loadRegistrationRows, type RegistryPeriodRow } from "@/lib/server/fe/load-registry-rows";
import { canOn, type AccessScope } from "@/lib/domain/access-scope";
import { planStanding, type PlanStanding } from "@/lib/domain/plan-status";
import type { Eligibility } from "@/lib/domain/eligibility";
import { assessEligibility } from "@/lib/domain/eligibility-facts";
import { loadEligibilityFacts } from "@/lib/server/eligibility/load-eligibility-facts";
import { eligibleRegistrationIds } from "@/lib/server/eligibility/eligible-in-sql";
import { isAgreed, isLive, isQueued } from "@/lib/domain/period-status";
import { agreesOutsideApp } from "@/lib/domain/period-agreement";
import { isCancelledAgreement, periodRecordNotes, type RecordNote } from "@/lib/domain/period-record";
import { feRegistrationFacts, feRegistrationWhere } from "@/lib/server/scope/fe-registration-where";
import { spesialiseringsperiodeFacts } from "@/lib/server/scope/spesialiseringsperiode-where";
import { compareNb } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PAGE_SIZE, paginate, type Page } from "@/lib/domain/pagination";
import { PLAN_EXPIRY_WARNING_DAYS } from "@/lib/domain/rules";
import { MS_PER_DAY } from "@/lib/domain/calendar";

export type RegistryPeriod = {
  id: string;
  status: string;
  partner: string;
  partnerId: string;
  specialty: string;
  desiredStart: Date;
  durationMonths: number;
  queueDate: Date | null;
  sendingRank: number | null;
  sendingRankReason: string | null;
  agreedStart: Date | null;
  agreedEnd: Date | null;
  /** Who agreed it at the receiving side, and when (an agreement recorded here; issue 14 §1). */
  agreedWith: string | null;
  agreedOn: Date | null;
  /** Declines, withdrawn places and a cancelled agreement, with their reasons (issue 14 §3). */
  record: RecordNote[];
  /**
   * What the viewer may do with the period: wish:manage + its status; fe:register to record an agreement
   * with a partner with its own procedure (a queued wish) or cancel an agreed period.
   */
  can: { activateWish: boolean; withdrawWish: boolean; recordAgreement: boolean; cancelAgreement: boolean; changeAgreement: boolean };
};

export type RegistryRow = {
  registrationId: string;
  personId: string;
  name: string;
  organisationId: string;
  organisation: string;
  specialtyId: string;
  specialty: string;
  employmentType: "FAST" | "VIKARIAT";
  registeredOn: Date;
  plan: PlanStanding;
  periods: RegistryPeriod[];
  eligibility: Eligibility;
  /** What the viewer may do with the registration (fe:register on its trust; the registry lists active ones). */
  can: { correctDate: boolean; end: boolean };
};

export type RegistryFilter = {
  q?: string;
  specialtyId?: string;
  type?: "FAST" | "VIKARIAT";
  eligible?: "ja" | "nei";
  plan?: "gyldig" | "utloper" | "utlopt" | "mangler";
  organisationId?: string;
  sort?: "navn" | "ansiennitet" | "spesialitet" | "foretak";
  dir?: "asc" | "desc";
};

export function planBucket(plan: PlanStanding): "gyldig" | "utloper" | "utlopt" | "mangler" {
  if (plan.kind === "GYLDIG") return plan.expiringSoon ? "utloper" : "gyldig";
  if (plan.kind === "UTLOPT") return "utlopt";
  return "mangler";
}

/**
 * The SQL condition for the registry filter's columns: scope, active, name, specialty, type, trust and
 * the plan bucket (from the approved version's expiry, as planStanding reads it). Eligibility is computed
 * from facts and is applied after loading (see listFeRegistryPage).
 */
export function registryWhere(scope: AccessScope, filter: RegistryFilter, now: Date): Prisma.FeRegistrationWhereInput {
  const and: Prisma.FeRegistrationWhereInput[] = [feRegistrationWhere(scope), { endedOn: null }];
  const q = filter.q?.trim();
  if (q) and.push({ person: { name: { contains: q, mode: "insensitive" } } });
  if (filter.specialtyId) and.push({ employment: { specialtyId: filter.specialtyId } });
  if (filter.type) and.push({ employment: { type: filter.type } });
  if (filter.organisationId) and.push({ organisationId: filter.organisationId });
  if (filter.plan) {
    const soon = new Date(now.getTime() + PLAN_EXPIRY_WARNING_DAYS * MS_PER_DAY);
    const approved = (expiresAt: Prisma.DateTimeNullableFilter): Prisma.FeRegistrationWhereInput => ({
      employment: { plan: { versions: { some: { status: "GODKJENT", expiresAt } } } },
    });
    if (filter.plan === "utlopt") and.push(approved({ lte: now }));
    if (filter.plan === "utloper") and.push(approved({ gt: now, lte: soon }));
    if (filter.plan === "gyldig") and.push(approved({ gt: soon }));
    if (filter.plan === "mangler") and.push({ NOT: approved({ not: null }) });
  }
  return { AND: and };
}

/** The registry's sort in SQL (Norwegian collation is the database's; ties broken by name, then id). */
export function registryOrderBy(filter: RegistryFilter): Prisma.FeRegistrationOrderByWithRelationInput[] {
  const dir: Prisma.SortOrder = filter.dir === "desc" ? "desc" : "asc";
  const byName: Prisma.FeRegistrationOrderByWithRelationInput = { person: { name: dir } };
  const byId: Prisma.FeRegistrationOrderByWithRelationInput = { id: dir };
  switch (filter.sort ?? "ansiennitet") {
    case "navn":
      return [byName, byId];
    case "spesialitet":
      return [{ employment: { specialty: { name: dir } } }, byName, byId];
    case "foretak":
      return [{ organisation: { name: dir } }, byName, byId];
    case "ansiennitet":
      return [{ registeredOn: dir }, byName, byId];
  }
}

/**
 * The rows of these registration ids (picked under the scope's where), in their order: one flat
 * statement for the rows (load-registry-rows.ts) and one for the eligibility facts.
 */
async function toRows(scope: AccessScope, ids: readonly string[], now: Date): Promise<RegistryRow[]> {
  const registrations = await loadRegistrationRows(ids);
  const facts = await loadEligibilityFacts(db, registrations.map((r) => r.personId));
  return registrations.map((r) => {
    const plan = planStanding({
      versions: r.planVersions,
      employmentStart: r.employmentStart,
      deadlineWeeks: policyOf(r.organisationPolicy).planDeadlineWeeks,
      now,
    });
    const periods = r.periods.filter((p) => isLive(p.status) || isCancelledAgreement(p));
    const { eligibility } = assessEligibility(facts.get(r.personId)!, { now });
    const mayRegister = canOn(scope, "fe:register", feRegistrationFacts(r));
    return {
      registrationId: r.id,
      personId: r.personId,
      name: r.name,
      organisationId: r.organisationId,
      organisation: r.organisationName,
      specialtyId: r.specialtyId,
      specialty: r.specialtyName,
      employmentType: r.employmentType,
      registeredOn: r.registeredOn,
      plan,
      eligibility,
      periods: periods.map((p) => ({
        id: p.id,
        status: p.status,
        partner: p.partner,
        partnerId: p.receivingOrganisationId,
        specialty: p.specialty,
        desiredStart: p.desiredStart,
        durationMonths: p.durationMonths,
        queueDate: p.queueDate,
        sendingRank: p.sendingRank,
        sendingRankReason: p.sendingRankReason,
        agreedStart: p.agreedStart,
        agreedEnd: p.agreedEnd,
        agreedWith: p.agreedWith,
        agreedOn: p.agreedOn,
        record: periodRecordNotes(p, p.offers),
        can: periodFlags(scope, r.personId, p),
      })),
      can: { correctDate: mayRegister, end: mayRegister },
    };
  });
}

/** The ids of the registrations under the scope's where, in the filter's order (the scope picks them). */
async function registryIds(where: Prisma.FeRegistrationWhereInput, orderBy: Prisma.FeRegistrationOrderByWithRelationInput[], page?: { skip: number; take: number }): Promise<string[]> {
  const found = await db.feRegistration.findMany({ where, orderBy, ...page, select: { id: true } });
  return found.map((r) => r.id);
}

/**
 * Every active registration in the fiktiv enhet the scope reaches (fe:read: own trust, or the region's
 * trusts), filtered and sorted: the whole list, for tests and small callers. Pages use listFeRegistryPage.
 */
export async function listFeRegistry(options: { scope: AccessScope; filter?: RegistryFilter; now?: Date }): Promise<RegistryRow[]> {
  const now = options.now ?? new Date();
  const filter = options.filter ?? {};
  const ids = await registryIds(registryWhere(options.scope, filter, now), registryOrderBy(filter));
  const rows = await toRows(options.scope, ids, now);
  return filter.eligible ? rows.filter((r) => r.eligibility.eligible === (filter.eligible === "ja")) : rows;
}

/**
 * One page of the registry, filtered, sorted, counted and paginated in SQL: related data and eligibility
 * facts are loaded for the rows shown only. The eligibility filter is decided in SQL (eligible-in-sql.ts:
 * assessEligibility's rules, held equal to it by tests): only the matching ids come back, and only the
 * page's rows and facts are loaded.
 */
export async function listFeRegistryPage(options: {
  scope: AccessScope;
  filter?: RegistryFilter;
  page?: number;
  pageSize?: number;
  now?: Date;
}): Promise<Page<RegistryRow>> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const filter = options.filter ?? {};
  const size = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const where = registryWhere(scope, filter, now);
  const orderBy = registryOrderBy(filter);
  if (filter.eligible) {
    // The filtered set's ids under the scope, then the matching ones decided in SQL (only ids come back),
    // then the page's rows and facts: no LIS's facts are loaded outside the page.
    const ids = await registryIds(where, orderBy);
    const matching = await eligibleRegistrationIds(db, ids, { now, eligible: filter.eligible === "ja" });
    const slice = paginate(matching, options.page ?? 1, size);
    return { ...slice, items: await toRows(scope, slice.items, now) };
  }
  const total = await db.feRegistration.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1) || 1), pageCount);
  const skip = (page - 1) * size;
  const ids = total === 0 ? [] : await registryIds(where, orderBy, { skip, take: size });
  const items = await toRows(scope, ids, now);
  return { items, page, pageCount, total, from: total === 0 ? 0 : skip + 1, to: skip + items.length };
}

/** Registrations in pages of `batch` by keyset (the filter's order, then id): for the CSV export's stream. */
export async function* feRegistryBatches(options: { scope: AccessScope; filter?: RegistryFilter; now?: Date; batch?: number }): AsyncGenerator<RegistryRow[]> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const filter = options.filter ?? {};
  const take = options.batch ?? 500;
  const where = registryWhere(scope, filter, now);
  const orderBy = registryOrderBy(filter);
  let cursor: string | null = null;
  for (;;) {
    const found: { id: string }[] = await db.feRegistration.findMany({ where, orderBy, take, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}), select: { id: true } });
    if (found.length === 0) return;
    const ids = found.map((r) => r.id);
    const shown = filter.eligible ? await eligibleRegistrationIds(db, ids, { now, eligible: filter.eligible === "ja" }) : ids;
    yield await toRows(scope, shown, now);
    if (found.length < take) return;
    cursor = found[found.length - 1]!.id;
  }
}

/** The specialties and trusts of the registrations the scope reaches, for the filter form (two small queries). */
export async function registryFilterOptions(scope: AccessScope): Promise<{ specialties: { id: string; name: string }[]; organisations: { id: string; name: string }[] }> {
  const reach: Prisma.FeRegistrationWhereInput = { AND: [feRegistrationWhere(scope), { endedOn: null }] };
  const [specialties, organisations] = await Promise.all([
    db.specialty.findMany({ where: { employments: { some: { feRegistrations: { some: reach } } } }, select: { id: true, name: true } }),
    db.organisation.findMany({ where: { feRegistrations: { some: reach } }, select: { id: true, name: true } }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => compareNb(a.name, b.name);
  return { specialties: specialties.sort(byName), organisations: organisations.sort(byName) };
}

function periodFlags(
  scope: AccessScope,
  personId: string,
  p: Pick<RegistryPeriodRow, "status" | "partnerRegionId" | "homeOrganisationId" | "homeRegionId" | "intakeProcedure">,
): RegistryPeriod["can"] {
  const facts = spesialiseringsperiodeFacts({ personId, homeOrganisationId: p.homeOrganisationId });
  const activate = p.status === "BEHOV";
  const withdraw = isQueued(p.status);
  const may = (activate || withdraw) && canOn(scope, "wish:manage", facts);
  const ownProcedure = agreesOutsideApp({ intakeProcedure: p.intakeProcedure, partnerRegionId: p.partnerRegionId, homeRegionId: p.homeRegionId });
  const mayRegister = canOn(scope, "fe:register", facts);
  return {
    activateWish: may && activate,
    withdrawWish: may && withdraw,
    recordAgreement: mayRegister && ownProcedure && isQueued(p.status),
    cancelAgreement: mayRegister && p.status === "AVTALT",
    changeAgreement: mayRegister && isAgreed(p.status),
  };
}

/**
 * The filter and sort of listFeRegistry applied to already loaded rows (a new array): a page that needs
 * both the filtered rows and all rows loads the registry once.
 */
export function filterRegistry(all: readonly RegistryRow[], filter: RegistryFilter = {}): RegistryRow[] {
  let rows = [...all];
  const q = filter.q?.trim().toLocaleLowerCase("nb");
  if (q) rows = rows.filter((r) => r.name.toLocaleLowerCase("nb").includes(q));
  if (filter.specialtyId) rows = rows.filter((r) => r.specialtyId === filter.specialtyId);
  if (filter.type) rows = rows.filter((r) => r.employmentType === filter.type);
  if (filter.organisationId) rows = rows.filter((r) => r.organisationId === filter.organisationId);
  if (filter.eligible) rows = rows.filter((r) => r.eligibility.eligible === (filter.eligible === "ja"));
  if (filter.plan) rows = rows.filter((r) => planBucket(r.plan) === filter.plan);

  const sort = filter.sort ?? "ansiennitet";
  const sign = filter.dir === "desc" ? -1 : 1;
  const byName = (a: RegistryRow, b: RegistryRow) => compareNb(a.name, b.name);
  const compare: Record<NonNullable<RegistryFilter["sort"]>, (a: RegistryRow, b: RegistryRow) => number> = {
    navn: byName,
    ansiennitet: (a, b) => a.registeredOn.getTime() - b.registeredOn.getTime() || byName(a, b),
    spesialitet: (a, b) => compareNb(a.specialty, b.specialty) || byName(a, b),
    foretak: (a, b) => compareNb(a.organisation, b.organisation) || byName(a, b),
  };
  return rows.sort((a, b) => sign * compare[sort](a, b));
}

/** The name and date of one active registration the scope reaches (the page's "registered" notice), or null. */
export async function findRegistrationNotice(scope: AccessScope, registrationId: string): Promise<{ name: string; registeredOn: Date } | null> {
  const r = await db.feRegistration.findFirst({
    where: { AND: [feRegistrationWhere(scope), { endedOn: null, id: registrationId }] },
    select: { registeredOn: true, person: { select: { name: true } } },
  });
  return r ? { name: r.person.name, registeredOn: r.registeredOn } : null;
}
