import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isoDay, MS_PER_DAY, osloToday } from "@/lib/domain/calendar";
import { PLAN_EXPIRY_WARNING_DAYS } from "@/lib/domain/rules";
import { AGREED_STATUSES, ACTIVE_WISH_STATUSES, QUEUED_STATUSES, type PeriodStatus } from "@/lib/domain/period-status";
import type { CapacityUnit } from "@/lib/domain/capacity";
import { buildForecast, capacityBalance, forecastTerms, forecastWindow, indicatorTerms, type CapacityFact, type IndicatorFacts, type OfferStatusKey, type PlanFacts } from "@/lib/domain/indicators";
import { compareNb } from "@/lib/format";
import { db } from "@/lib/server/db";
import type { IndicatorScope } from "./indicator-scopes";
import { offerStatusShownSql } from "@/lib/server/allocation/offer-status-where";

type Num = number | string | bigint | null;
const n = (v: Num): number => (v === null ? 0 : Number(v));
const nOrNull = (v: Num): number | null => (v === null ? null : Number(v));

/**
 * The indicators' facts for one trust or region, aggregated in SQL (issue 13 §6): seven statements,
 * whatever the volume. Everything counts the LIS whose hovedarbeidsgiver is one of the scope's
 * trusts: their employments, and the periods and offers under fagavtaler with that trust as home party.
 */
export async function loadIndicatorFacts(options: { scope: IndicatorScope; now: Date; client?: PrismaClient }): Promise<IndicatorFacts> {
  const client = options.client ?? db;
  const { scope, now } = options;
  const today = isoDay(osloToday(now));
  const ids = scope.trusts.map((t) => t.id);
  const weeks = scope.trusts.map((t) => t.deadlineWeeks);
  const warnMs = PLAN_EXPIRY_WARNING_DAYS * MS_PER_DAY;
  const agreed = [...AGREED_STATUSES];
  const active = [...ACTIVE_WISH_STATUSES];
  const queued = [...QUEUED_STATUSES];
  const need: PeriodStatus = "BEHOV";
  const terms = forecastTerms(osloToday(now));
  const window = forecastWindow(terms);

  const [plans, queueTime, waiting, fagavtaler, counts, offers, forecast] = await Promise.all([
    // Plans: each current employment (started, not ended on today's Oslo date) in one category, as
    // planIndicatorCategory classifies it; the first approval within the deadline by its Oslo date.
    client.$queryRaw<{ org_id: string; gyldig: Num; snart: Num; utlopt: Num; over: Num; innen: Num; approved: Num; within: Num }[]>`
      WITH t AS (SELECT * FROM unnest(${ids}::text[], ${weeks}::int[]) AS t(org_id, weeks)),
      e AS (
        SELECT e."organisationId" AS org_id, e."startDate" AS start_date, t.weeks, g.expires_at, f.first_approved
        FROM "Employment" e
        JOIN t ON t.org_id = e."organisationId"
        LEFT JOIN "Plan" p ON p."employmentId" = e.id
        LEFT JOIN LATERAL (
          SELECT v."expiresAt" AS expires_at FROM "PlanVersion" v
          WHERE v."planId" = p.id AND v.status = 'GODKJENT' ORDER BY v."approvedAt" DESC LIMIT 1
        ) g ON true
        LEFT JOIN LATERAL (SELECT min(v."approvedAt") AS first_approved FROM "PlanVersion" v WHERE v."planId" = p.id) f ON true
        WHERE e."startDate" <= ${today}::date AND (e."endDate" IS NULL OR e."endDate" > ${today}::date)
      )
      SELECT org_id,
        count(*) FILTER (WHERE expires_at > ${now}::timestamptz + ${warnMs} * interval '1 millisecond') AS gyldig,
        count(*) FILTER (WHERE expires_at > ${now}::timestamptz AND expires_at <= ${now}::timestamptz + ${warnMs} * interval '1 millisecond') AS snart,
        count(*) FILTER (WHERE expires_at <= ${now}::timestamptz) AS utlopt,
        count(*) FILTER (WHERE expires_at IS NULL AND ((start_date + weeks * 7)::timestamp AT TIME ZONE 'UTC') <= ${now}::timestamptz) AS over,
        count(*) FILTER (WHERE expires_at IS NULL AND ((start_date + weeks * 7)::timestamp AT TIME ZONE 'UTC') > ${now}::timestamptz) AS innen,
        count(first_approved) AS approved,
        count(*) FILTER (WHERE (first_approved AT TIME ZONE 'Europe/Oslo')::date <= start_date + weeks * 7) AS within
      FROM e GROUP BY org_id`,
    // Queue: registration date → agreed start, per specialty and receiving trust, and for all.
    client.$queryRaw<{ specialty: string | null; receiving: string | null; agreed: Num; median: Num; p90: Num }[]>`
      SELECT s.name AS specialty, o.name AS receiving, count(*) AS agreed,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY sp."agreedStart" - r."registeredOn") AS median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY sp."agreedStart" - r."registeredOn") AS p90
      FROM "Spesialiseringsperiode" sp
      JOIN "Fagavtale" f ON f.id = sp."fagavtaleId"
      JOIN "FeRegistration" r ON r.id = sp."feRegistrationId"
      JOIN "Specialty" s ON s.id = sp."specialtyId"
      JOIN "Organisation" o ON o.id = sp."receivingOrganisationId"
      WHERE f."homeOrganisationId" = ANY(${ids}::text[]) AND sp.status::text = ANY(${agreed}::text[]) AND sp."agreedStart" IS NOT NULL
      GROUP BY GROUPING SETS ((s.name, o.name), ())
      ORDER BY s.name NULLS LAST, o.name`,
    // Waiting now: each LIS once per specialty and receiving trust, waiting since their registration date.
    client.$queryRaw<{ specialty: string | null; receiving: string | null; waiting: Num; median: Num; longest: Num }[]>`
      WITH w AS (
        SELECT sp."personId", s.name AS specialty, o.name AS receiving, ${today}::date - min(r."registeredOn") AS days
        FROM "Spesialiseringsperiode" sp
        JOIN "Fagavtale" f ON f.id = sp."fagavtaleId"
        JOIN "FeRegistration" r ON r.id = sp."feRegistrationId"
        JOIN "Specialty" s ON s.id = sp."specialtyId"
        JOIN "Organisation" o ON o.id = sp."receivingOrganisationId"
        WHERE f."homeOrganisationId" = ANY(${ids}::text[]) AND sp.status::text = ANY(${active}::text[])
        GROUP BY sp."personId", s.name, o.name
      )
      SELECT specialty, receiving, count(DISTINCT "personId") AS waiting,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median, max(days) AS longest
      FROM w GROUP BY GROUPING SETS ((specialty, receiving), ())
      ORDER BY specialty NULLS LAST, receiving`,
    client.$queryRaw<{ id: string; unit: CapacityUnit; count: number; valid_from: Date; valid_to: Date | null; arena: string; home: string; partner: string; specialty: string }[]>`
      SELECT f.id, f."capacityUnit"::text AS unit, f."capacityCount" AS count, f."validFrom" AS valid_from, f."validTo" AS valid_to,
        f."arenaName" AS arena, h."shortName" AS home, p."shortName" AS partner, s.name AS specialty
      FROM "Fagavtale" f
      JOIN "Organisation" h ON h.id = f."homeOrganisationId"
      JOIN "Organisation" p ON p.id = f."partnerOrganisationId"
      JOIN "Specialty" s ON s.id = f."specialtyId"
      WHERE f."homeOrganisationId" = ANY(${ids}::text[]) AND (f."validTo" IS NULL OR f."validTo" > ${today}::date)
      ORDER BY s.name, h."shortName", p."shortName", f."arenaName", f.id`,
    // Capacity: used (agreed periods by their start's term, and accepted offers' places, each period
    // once), reserved (open offers' places) and requested (queued wishes by desired start's term).
    client.$queryRaw<{ fagavtale_id: string; term: string; kind: "used" | "reserved" | "requested"; n: Num }[]>`
      WITH fa AS (
        SELECT f.id, f."capacityUnit"::text AS unit FROM "Fagavtale" f
        WHERE f."homeOrganisationId" = ANY(${ids}::text[]) AND (f."validTo" IS NULL OR f."validTo" > ${today}::date)
      ),
      periods AS (
        SELECT sp.id, sp."fagavtaleId", sp.status::text AS status, coalesce(sp."agreedStart", sp."desiredStart") AS start_date, sp."desiredStart", fa.unit
        FROM "Spesialiseringsperiode" sp JOIN fa ON fa.id = sp."fagavtaleId"
      ),
      used AS (
        SELECT "fagavtaleId" AS fagavtale_id,
          CASE WHEN unit = 'PER_AR' THEN to_char(start_date, 'YYYY') ELSE to_char(start_date, 'YYYY') || CASE WHEN extract(month FROM start_date) <= 6 THEN '-V' ELSE '-H' END END AS term,
          id AS period_id
        FROM periods WHERE status = ANY(${agreed}::text[])
        UNION
        SELECT cu."fagavtaleId", cu.term, o."spesialiseringsperiodeId"
        FROM "CapacityUse" cu JOIN fa ON fa.id = cu."fagavtaleId" JOIN "Offer" o ON o.id = cu."offerId"
        WHERE o.status = 'AKSEPTERT'
      )
      SELECT fagavtale_id, term, 'used' AS kind, count(DISTINCT period_id) AS n FROM used GROUP BY fagavtale_id, term
      UNION ALL
      SELECT cu."fagavtaleId", cu.term, 'reserved', count(*)
      FROM "CapacityUse" cu JOIN fa ON fa.id = cu."fagavtaleId" JOIN "Offer" o ON o.id = cu."offerId"
      WHERE o.status = 'TILBUDT' GROUP BY cu."fagavtaleId", cu.term
      UNION ALL
      SELECT "fagavtaleId",
        CASE WHEN unit = 'PER_AR' THEN to_char("desiredStart", 'YYYY') ELSE to_char("desiredStart", 'YYYY') || CASE WHEN extract(month FROM "desiredStart") <= 6 THEN '-V' ELSE '-H' END END,
        'requested', count(*)
      FROM periods WHERE status = ANY(${queued}::text[]) GROUP BY 1, 2`,
    client.$queryRaw<{ status: OfferStatusKey; n: Num; deviated: Num }[]>`
      SELECT ${offerStatusShownSql("o", now)} AS status, count(*) AS n, count(*) FILTER (WHERE o."rankAtOffer" > 1) AS deviated
      FROM "Offer" o
      JOIN "Spesialiseringsperiode" sp ON sp.id = o."spesialiseringsperiodeId"
      JOIN "Fagavtale" f ON f.id = sp."fagavtaleId"
      WHERE f."homeOrganisationId" = ANY(${ids}::text[])
      GROUP BY 1`,
    // Forecast (lib/domain/indicators/forecast.ts): each LIS once per specialty and semester, by the
    // surest source (1 agreed, 2 wished or queued, 3 a need or a planned period of the current approved
    // plan not yet linked to a period). Not-yet-agreed starts before the window count in its first term.
    client.$queryRaw<{ specialty: string; term: string; agreed: Num; wished: Num; planned: Num }[]>`
      WITH src AS (
        SELECT sp."personId" AS person_id, sp."specialtyId" AS specialty_id,
          CASE WHEN sp.status::text = ANY(${agreed}::text[]) THEN sp."agreedStart" ELSE sp."desiredStart" END AS start_date,
          CASE WHEN sp.status::text = ANY(${agreed}::text[]) THEN 1 WHEN sp.status::text = ANY(${active}::text[]) THEN 2 ELSE 3 END AS source
        FROM "Spesialiseringsperiode" sp
        JOIN "Fagavtale" f ON f.id = sp."fagavtaleId"
        WHERE f."homeOrganisationId" = ANY(${ids}::text[])
          AND (sp.status::text = ANY(${agreed}::text[]) OR sp.status::text = ANY(${active}::text[]) OR sp.status::text = ${need})
        UNION ALL
        SELECT p."personId", f."specialtyId", pp."startDate", 3
        FROM "Employment" e
        JOIN "Plan" p ON p."employmentId" = e.id
        JOIN "PlanVersion" v ON v."planId" = p.id AND v.status = 'GODKJENT'
        JOIN "PlanPeriod" pp ON pp."versionId" = v.id AND pp.kind = 'SPESIALISERINGSPERIODE'
        JOIN "Fagavtale" f ON f.id = pp."fagavtaleId"
        WHERE e."organisationId" = ANY(${ids}::text[]) AND e."startDate" <= ${today}::date AND (e."endDate" IS NULL OR e."endDate" > ${today}::date)
          AND NOT EXISTS (SELECT 1 FROM "Spesialiseringsperiode" sp WHERE sp."planPeriodId" = pp.id)
      ),
      placed AS (
        SELECT person_id, specialty_id, source,
          CASE WHEN source = 1 THEN start_date ELSE greatest(start_date, ${isoDay(window.start)}::date) END AS start_date
        FROM src
        WHERE start_date < ${isoDay(window.end)}::date AND (source > 1 OR start_date >= ${isoDay(window.start)}::date)
      ),
      counted AS (
        SELECT DISTINCT ON (person_id, specialty_id, term) specialty_id, term, source
        FROM (SELECT *, to_char(start_date, 'YYYY') || CASE WHEN extract(month FROM start_date) <= 6 THEN '-V' ELSE '-H' END AS term FROM placed) t
        ORDER BY person_id, specialty_id, term, source
      )
      SELECT s.name AS specialty, c.term,
        count(*) FILTER (WHERE c.source = 1) AS agreed, count(*) FILTER (WHERE c.source = 2) AS wished, count(*) FILTER (WHERE c.source = 3) AS planned
      FROM counted c JOIN "Specialty" s ON s.id = c.specialty_id
      GROUP BY s.name, c.term`,
  ]);

  const planFacts = (orgId: string): PlanFacts => {
    const row = plans.find((r) => r.org_id === orgId);
    return {
      GYLDIG: n(row?.gyldig ?? null),
      UTLOPER_SNART: n(row?.snart ?? null),
      UTLOPT: n(row?.utlopt ?? null),
      MANGLER_OVER_FRIST: n(row?.over ?? null),
      MANGLER_INNEN_FRIST: n(row?.innen ?? null),
      approvedTotal: n(row?.approved ?? null),
      approvedWithinDeadline: n(row?.within ?? null),
    };
  };

  const countOf = new Map(counts.map((c) => [`${c.fagavtale_id}|${c.term}|${c.kind}`, n(c.n)]));
  const todayDate = new Date(`${today}T00:00:00.000Z`);
  const capacity: CapacityFact[] = fagavtaler.flatMap((f) =>
    indicatorTerms({ today: todayDate, unit: f.unit, count: f.count, validFrom: f.valid_from, validTo: f.valid_to }).map(({ term, capacity: places }) => ({
      home: f.home,
      partner: f.partner,
      specialty: f.specialty,
      arena: f.arena,
      term,
      balance: capacityBalance(places, {
        used: countOf.get(`${f.id}|${term}|used`) ?? 0,
        reserved: countOf.get(`${f.id}|${term}|reserved`) ?? 0,
        requested: countOf.get(`${f.id}|${term}|requested`) ?? 0,
      }),
    })),
  );

  return {
    plans: scope.trusts.map((t) => ({ trust: t.name, facts: planFacts(t.id) })),
    queueTime: queueTime.map((r) => ({ specialty: r.specialty, receiving: r.receiving, agreed: n(r.agreed), medianDays: nOrNull(r.median), p90Days: nOrNull(r.p90) })),
    waiting: waiting.map((r) => ({ specialty: r.specialty, receiving: r.receiving, waiting: n(r.waiting), medianDays: nOrNull(r.median), longestDays: nOrNull(r.longest) })),
    capacity,
    forecast: buildForecast({
      terms,
      demand: forecast.map((r) => ({ specialty: r.specialty, term: r.term, agreed: n(r.agreed), wished: n(r.wished), planned: n(r.planned) })),
      agreements: fagavtaler.map((f) => ({ specialty: f.specialty, unit: f.unit, count: f.count, validFrom: f.valid_from, validTo: f.valid_to })),
      compare: compareNb,
    }),
    offers: {
      byStatus: Object.fromEntries(offers.map((o) => [o.status, n(o.n)])),
      deviated: offers.reduce((s, o) => s + n(o.deviated), 0),
    },
  };
}
