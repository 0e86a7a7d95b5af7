import "server-only";
import { db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDate, sqlDateOrNull, sqlJson } from "@/lib/server/sql-json";
import { LIVE_STATUSES } from "@/lib/domain/period-status";
import type { PlanVersionLike } from "@/lib/domain/plan-status";
import type { OrganisationPolicyRow } from "@/lib/domain/region-policy";

/** The offer statuses that leave a note on the period's record (periodRecordNotes). */
const RECORD_OFFER_STATUSES = ["AVSLATT", "TRUKKET", "UTLOPT"] as const;

/** One period of a registry row as the flat read returns it (dates revived from JSON). */
export type RegistryPeriodRow = {
  id: string;
  status: string;
  receivingOrganisationId: string;
  specialtyId: string;
  desiredStart: Date;
  durationMonths: number;
  queueDate: Date | null;
  sendingRank: number | null;
  sendingRankReason: string | null;
  agreedStart: Date | null;
  agreedEnd: Date | null;
  agreedWith: string | null;
  agreedOn: Date | null;
  statusReason: string | null;
  partner: string;
  partnerRegionId: string | null;
  specialty: string;
  homeOrganisationId: string;
  homeRegionId: string | null;
  intakeProcedure: string;
  offers: { status: string; offeredAt: Date; respondedAt: Date | null; responseReason: string | null; place: string }[];
};

/** One registration of the registry, with what its row shows and its policy needs. */
export type RegistrationRow = {
  id: string;
  personId: string;
  organisationId: string;
  registeredOn: Date;
  name: string;
  organisationName: string;
  organisationPolicy: OrganisationPolicyRow;
  employmentType: "FAST" | "VIKARIAT";
  specialtyId: string;
  specialtyName: string;
  employmentStart: Date;
  planVersions: PlanVersionLike[];
  /** Live periods and AVBRUTT ones (a cancelled agreement stays on the row), by desired start. */
  periods: RegistryPeriodRow[];
};

type Sql = {
  id: string;
  personId: string;
  organisationId: string;
  registeredOn: Date;
  name: string;
  organisationName: string;
  policyOverride: string | null;
  planDeadlineWeeks: number | null;
  policyKey: string | null;
  employmentType: "FAST" | "VIKARIAT";
  specialtyId: string;
  specialtyName: string;
  employmentStart: Date;
  versions: { status: string; approvedAt: string | null; expiresAt: string | null }[] | string;
  periods: (Omit<RegistryPeriodRow, "desiredStart" | "queueDate" | "agreedStart" | "agreedEnd" | "agreedOn" | "offers"> & {
    desiredStart: string;
    queueDate: string | null;
    agreedStart: string | null;
    agreedEnd: string | null;
    agreedOn: string | null;
    offers: { status: string; offeredAt: string; respondedAt: string | null; responseReason: string | null; place: string }[];
  })[] | string;
};

const date = sqlDate;
const dateOrNull = sqlDateOrNull;
const json = sqlJson;

/**
 * The registrations with these ids, in the ids' order, in ONE flat statement: each row's person, trust
 * and policy, employment, plan versions and periods (with partner, fagavtale and record offers) as JSON
 * per row. Access is the caller's: the ids come from a query under the scope's where (registryWhere).
 * Periods come by desired start, offers by offeredAt, each tie broken by id (so the order is the same on
 * every read; tests/integration/fe-registry-flat-read.test.ts holds it equal to the Prisma select it
 * replaced). Dates in the JSON are read with sqlDate (lib/server/sql-json.ts), never `new Date(text)`.
 */
export async function loadRegistrationRows(ids: readonly string[]): Promise<RegistrationRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Sql[]>(Prisma.sql`
    SELECT r."id", r."personId", r."organisationId", r."registeredOn",
           p."name",
           o."name" AS "organisationName", o."policyOverride", o."planDeadlineWeeks", rg."policyKey",
           e."type"::text AS "employmentType", e."specialtyId", e."startDate" AS "employmentStart", s."name" AS "specialtyName",
           COALESCE(pv."versions", '[]'::json) AS "versions",
           COALESCE(sp."periods", '[]'::json) AS "periods"
      FROM unnest(${[...ids]}::text[]) WITH ORDINALITY AS k("id", "ord")
      JOIN "FeRegistration" r ON r."id" = k."id"
      JOIN "Person" p ON p."id" = r."personId"
      JOIN "Organisation" o ON o."id" = r."organisationId"
      LEFT JOIN "Region" rg ON rg."id" = o."regionId"
      JOIN "Employment" e ON e."id" = r."employmentId"
      JOIN "Specialty" s ON s."id" = e."specialtyId"
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('status', v."status", 'approvedAt', v."approvedAt", 'expiresAt', v."expiresAt") ORDER BY v."versionNumber") AS "versions"
          FROM "Plan" pl JOIN "PlanVersion" v ON v."planId" = pl."id"
         WHERE pl."employmentId" = e."id"
      ) pv ON TRUE
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object(
                 'id', x."id", 'status', x."status", 'receivingOrganisationId', x."receivingOrganisationId", 'specialtyId', x."specialtyId",
                 'desiredStart', x."desiredStart", 'durationMonths', x."durationMonths", 'queueDate', x."queueDate",
                 'sendingRank', x."sendingRank", 'sendingRankReason', x."sendingRankReason",
                 'agreedStart', x."agreedStart", 'agreedEnd', x."agreedEnd", 'agreedWith', x."agreedWith", 'agreedOn', x."agreedOn",
                 'statusReason', x."statusReason",
                 'partner', ro."name", 'partnerRegionId', ro."regionId", 'specialty', xs."name",
                 'homeOrganisationId', f."homeOrganisationId", 'homeRegionId', ho."regionId", 'intakeProcedure', f."intakeProcedure",
                 'offers', COALESCE((
                   SELECT json_agg(json_build_object('status', of."status", 'offeredAt', of."offeredAt", 'respondedAt', of."respondedAt",
                                                     'responseReason', of."responseReason", 'place', d."name" || ', ' || vo."shortName")
                                   ORDER BY of."offeredAt", of."id")
                     FROM "Offer" of
                     JOIN "Vacancy" va ON va."id" = of."vacancyId"
                     JOIN "Department" d ON d."id" = va."departmentId"
                     JOIN "Organisation" vo ON vo."id" = va."organisationId"
                    WHERE of."personId" = x."personId" AND of."spesialiseringsperiodeId" = x."id"
                      AND of."status"::text = ANY(${[...RECORD_OFFER_STATUSES]}::text[])
                 ), '[]'::json)
               ) ORDER BY x."desiredStart", x."id") AS "periods"
          FROM "Spesialiseringsperiode" x
          JOIN "Organisation" ro ON ro."id" = x."receivingOrganisationId"
          JOIN "Specialty" xs ON xs."id" = x."specialtyId"
          JOIN "Fagavtale" f ON f."id" = x."fagavtaleId"
          JOIN "Organisation" ho ON ho."id" = f."homeOrganisationId"
         WHERE x."personId" = r."personId"
           AND (x."status"::text = ANY(${[...LIVE_STATUSES]}::text[]) OR x."status" = 'AVBRUTT')
      ) sp ON TRUE
     ORDER BY k."ord"`);
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    organisationId: r.organisationId,
    registeredOn: r.registeredOn,
    name: r.name,
    organisationName: r.organisationName,
    organisationPolicy: { policyOverride: r.policyOverride, planDeadlineWeeks: r.planDeadlineWeeks, region: r.policyKey === null ? null : { policyKey: r.policyKey } },
    employmentType: r.employmentType,
    specialtyId: r.specialtyId,
    specialtyName: r.specialtyName,
    employmentStart: r.employmentStart,
    planVersions: json(r.versions).map((v) => ({ status: v.status, approvedAt: dateOrNull(v.approvedAt), expiresAt: dateOrNull(v.expiresAt) })),
    periods: json(r.periods).map((p) => ({
      ...p,
      desiredStart: date(p.desiredStart),
      queueDate: dateOrNull(p.queueDate),
      agreedStart: dateOrNull(p.agreedStart),
      agreedEnd: dateOrNull(p.agreedEnd),
      agreedOn: dateOrNull(p.agreedOn),
      offers: p.offers.map((o) => ({ ...o, offeredAt: date(o.offeredAt), respondedAt: dateOrNull(o.respondedAt) })),
    })),
  }));
}
