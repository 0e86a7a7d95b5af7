import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { ACTIVE_WISH_STATUSES } from "@/lib/domain/period-status";
import { ELIGIBILITY_PERIOD_STATUSES } from "@/lib/domain/eligibility-facts";

/**
 * The FE registrations among `registrationIds` whose LIS is (or, with eligible false, is not) eligible
 * for a gjennomstrømningsstilling, in the ids' order, in ONE statement that returns only the matching
 * ids: the registry's eligibility filter (`?eligible=ja|nei`) counts and pages on it without loading
 * every LIS's facts into the server (issue 9 §3). Access is the caller's: the ids come from a query
 * under the scope's where.
 *
 * This is `assessEligibility` (lib/domain/eligibility-facts.ts) with its default target, written as SQL:
 * the target is the earliest active wish, else the earliest need (ties by id); the home trust is the
 * target's fagavtale's home, else the trust of the earliest active FE registration (ties by id); the
 * counting employment is an open one at the home trust, FAST first, started first, latest start, then id;
 * the plan is valid when the first GODKJENT version (by version number) with an expiry expires after now.
 * Then criteria 1–4 as `checkEligibility`. Dates are compared as UTC midnights, as Prisma reads them.
 * tests/integration/fe-registry-flat-read.test.ts and eligibility-consistency.test.ts hold it equal to
 * `assessEligibility` for every registration, at several dates; change both together.
 */
export async function eligibleRegistrationIds(client: Tx, registrationIds: readonly string[], options: { now: Date; eligible: boolean }): Promise<string[]> {
  if (registrationIds.length === 0) return [];
  const rows = await client.$queryRaw<{ id: string }[]>(eligibleRegistrationsSql(registrationIds, options));
  return rows.map((r) => r.id);
}

/** The statement of eligibleRegistrationIds (exported for EXPLAIN in scripts/bench). */
export function eligibleRegistrationsSql(registrationIds: readonly string[], options: { now: Date; eligible: boolean }): Prisma.Sql {
  // An ISO instant with its zone: the same moment whatever the session's time zone.
  const now = Prisma.sql`${options.now.toISOString()}::timestamptz`;
  const utc = (column: Prisma.Sql) => Prisma.sql`(${column}::timestamp AT TIME ZONE 'UTC')`;
  return Prisma.sql`
    SELECT k."id"
      FROM unnest(${[...registrationIds]}::text[]) WITH ORDINALITY AS k("id", "ord")
      JOIN "FeRegistration" r ON r."id" = k."id"
      LEFT JOIN LATERAL (
        SELECT x."id", x."receivingOrganisationId", x."specialtyId", x."desiredStart", x."fagavtaleId",
               f."homeOrganisationId", f."validFrom", f."validTo"
          FROM "Spesialiseringsperiode" x JOIN "Fagavtale" f ON f."id" = x."fagavtaleId"
         WHERE x."personId" = r."personId" AND x."status"::text = ANY(${[...ELIGIBILITY_PERIOD_STATUSES]}::text[])
         ORDER BY (x."status" = 'BEHOV'), x."desiredStart", x."id"
         LIMIT 1
      ) t ON TRUE
      LEFT JOIN LATERAL (
        SELECT fr."organisationId" FROM "FeRegistration" fr
         WHERE fr."personId" = r."personId" AND fr."endedOn" IS NULL
         ORDER BY fr."registeredOn", fr."id"
         LIMIT 1
      ) fe0 ON TRUE
      CROSS JOIN LATERAL (SELECT COALESCE(t."homeOrganisationId", fe0."organisationId") AS "home") h
      LEFT JOIN LATERAL (
        SELECT e."id", e."organisationId", e."type", e."specialtyId" FROM "Employment" e
         WHERE e."personId" = r."personId"
           AND (e."endDate" IS NULL OR ${utc(Prisma.sql`e."endDate"`)} > ${now})
           AND (h."home" IS NULL OR e."organisationId" = h."home")
         ORDER BY (e."type" <> 'FAST'), (${utc(Prisma.sql`e."startDate"`)} > ${now}), e."startDate" DESC, e."id"
         LIMIT 1
      ) em ON TRUE
     WHERE COALESCE((
           em."id" IS NOT NULL AND em."type" = 'FAST'
       AND (t."id" IS NULL OR em."specialtyId" = t."specialtyId")
       AND COALESCE(h."home", em."organisationId") = em."organisationId"
       AND EXISTS (SELECT 1 FROM "FeRegistration" fr WHERE fr."personId" = r."personId" AND fr."endedOn" IS NULL AND fr."organisationId" = COALESCE(h."home", em."organisationId"))
       AND COALESCE((
             SELECT v."expiresAt" > ${now} FROM "Plan" pl JOIN "PlanVersion" v ON v."planId" = pl."id"
              WHERE pl."employmentId" = em."id" AND v."status" = 'GODKJENT' AND v."expiresAt" IS NOT NULL
              ORDER BY v."versionNumber" LIMIT 1
           ), FALSE)
       AND NOT EXISTS (
             SELECT 1 FROM "Spesialiseringsperiode" o
              WHERE o."personId" = r."personId" AND o."status"::text = ANY(${[...ACTIVE_WISH_STATUSES]}::text[])
                AND o."id" IS DISTINCT FROM t."id" AND o."receivingOrganisationId" IS DISTINCT FROM t."receivingOrganisationId")
       AND (t."id" IS NULL OR (
             ${utc(Prisma.sql`t."validFrom"`)} <= GREATEST(${utc(Prisma.sql`t."desiredStart"`)}, ${now})
             AND (t."validTo" IS NULL OR GREATEST(${utc(Prisma.sql`t."desiredStart"`)}, ${now}) < ${utc(Prisma.sql`t."validTo"`)})
             AND NOT EXISTS (
               SELECT 1 FROM "FagavtaleLearningGoal" fl
                WHERE fl."fagavtaleId" = t."fagavtaleId" AND fl."role" = 'FORKUNNSKAP'
                  AND NOT EXISTS (SELECT 1 FROM "AchievedLearningGoal" a WHERE a."personId" = r."personId" AND a."learningGoalId" = fl."learningGoalId"))))
     ), FALSE) = ${options.eligible}
     ORDER BY k."ord"`;
}
