import "server-only";
import { policyOf } from "@/lib/server/organisation-policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlDate, sqlDateOrNull, sqlJson } from "@/lib/server/sql-json";
import type { Tx } from "@/lib/server/db";
import { ELIGIBILITY_PERIOD_STATUSES, type EligibilityFacts, type FactEmployment, type FactPeriod } from "@/lib/domain/eligibility-facts";

/**
 * The eligibility facts of a set of LIS in ONE flat statement whatever their number: per LIS, its
 * employments with their trust's policy and plan versions, active FE registrations, achieved learning
 * goals, and needs and active wishes with their fagavtale's prerequisites, each as a JSON array (each
 * table read once for all the ids; Prisma's nested reads cost one statement per level and most of the
 * server's CPU at national volume). Turn them into an answer with `assessEligibility`
 * (lib/domain/eligibility-facts.ts). Access is the caller's: pass only ids the actor may see.
 * Employments come by start (latest first), registrations by date, periods by desired start, each tie
 * broken by id; dates in the JSON are read with sqlDate (lib/server/sql-json.ts).
 * tests/integration/fe-registry-flat-read.test.ts holds the result equal to the four Prisma reads it replaced.
 */
type Json<T> = T | string;
type FactsSql = {
  personId: string;
  employments: Json<
    {
      id: string;
      organisationId: string;
      departmentId: string;
      specialtyId: string;
      type: "FAST" | "VIKARIAT";
      startDate: string;
      endDate: string | null;
      policyOverride: string | null;
      planDeadlineWeeks: number | null;
      policyKey: string | null;
      versions: { status: string; approvedAt: string | null; expiresAt: string | null }[];
    }[]
  >;
  registrations: Json<{ organisationId: string; registeredOn: string }[]>;
  achieved: Json<{ learningGoalId: string; specialtyId: string | null }[]>;
  periods: Json<
    {
      id: string;
      status: FactPeriod["status"];
      desiredStart: string;
      receivingOrganisationId: string;
      receivingName: string;
      specialtyId: string;
      fagavtaleId: string;
      homeOrganisationId: string;
      validFrom: string;
      validTo: string | null;
      goals: { id: string; code: string; title: string }[];
    }[]
  >;
};

const json = sqlJson;
const dateOrNull = sqlDateOrNull;

export async function loadEligibilityFacts(client: Tx, personIds: readonly string[]): Promise<Map<string, EligibilityFacts>> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return new Map();
  const rows = await client.$queryRaw<FactsSql[]>(Prisma.sql`
    WITH k AS (SELECT DISTINCT unnest(${ids}::text[]) AS "id")
    SELECT k."id" AS "personId",
           COALESCE(em."list", '[]'::json) AS "employments",
           COALESCE(fr."list", '[]'::json) AS "registrations",
           COALESCE(ag."list", '[]'::json) AS "achieved",
           COALESCE(pe."list", '[]'::json) AS "periods"
      FROM k
      LEFT JOIN (
        SELECT e."personId", json_agg(json_build_object(
                 'id', e."id", 'organisationId', e."organisationId", 'departmentId', e."departmentId", 'specialtyId', e."specialtyId",
                 'type', e."type", 'startDate', e."startDate", 'endDate', e."endDate",
                 'policyOverride', o."policyOverride", 'planDeadlineWeeks', o."planDeadlineWeeks", 'policyKey', rg."policyKey",
                 'versions', COALESCE((
                   SELECT json_agg(json_build_object('status', v."status", 'approvedAt', v."approvedAt", 'expiresAt', v."expiresAt") ORDER BY v."versionNumber")
                     FROM "Plan" pl JOIN "PlanVersion" v ON v."planId" = pl."id"
                    WHERE pl."employmentId" = e."id"
                 ), '[]'::json)
               ) ORDER BY e."startDate" DESC, e."id") AS "list"
          FROM "Employment" e
          JOIN "Organisation" o ON o."id" = e."organisationId"
          LEFT JOIN "Region" rg ON rg."id" = o."regionId"
         WHERE e."personId" = ANY(${ids}::text[])
         GROUP BY e."personId"
      ) em ON em."personId" = k."id"
      LEFT JOIN (
        SELECT r."personId", json_agg(json_build_object('organisationId', r."organisationId", 'registeredOn', r."registeredOn") ORDER BY r."registeredOn", r."id") AS "list"
          FROM "FeRegistration" r
         WHERE r."personId" = ANY(${ids}::text[]) AND r."endedOn" IS NULL
         GROUP BY r."personId"
      ) fr ON fr."personId" = k."id"
      LEFT JOIN (
        SELECT a."personId", json_agg(json_build_object('learningGoalId', a."learningGoalId", 'specialtyId', lg."specialtyId") ORDER BY a."learningGoalId") AS "list"
          FROM "AchievedLearningGoal" a JOIN "LearningGoal" lg ON lg."id" = a."learningGoalId"
         WHERE a."personId" = ANY(${ids}::text[])
         GROUP BY a."personId"
      ) ag ON ag."personId" = k."id"
      LEFT JOIN (
        SELECT x."personId", json_agg(json_build_object(
                 'id', x."id", 'status', x."status", 'desiredStart', x."desiredStart", 'receivingOrganisationId', x."receivingOrganisationId",
                 'receivingName', ro."name", 'specialtyId', x."specialtyId",
                 'fagavtaleId', f."id", 'homeOrganisationId', f."homeOrganisationId", 'validFrom', f."validFrom", 'validTo', f."validTo",
                 'goals', COALESCE((
                   SELECT json_agg(json_build_object('id', lg."id", 'code', lg."code", 'title', lg."title") ORDER BY lg."code")
                     FROM "FagavtaleLearningGoal" fl JOIN "LearningGoal" lg ON lg."id" = fl."learningGoalId"
                    WHERE fl."fagavtaleId" = f."id" AND fl."role" = 'FORKUNNSKAP'
                 ), '[]'::json)
               ) ORDER BY x."desiredStart", x."id") AS "list"
          FROM "Spesialiseringsperiode" x
          JOIN "Organisation" ro ON ro."id" = x."receivingOrganisationId"
          JOIN "Fagavtale" f ON f."id" = x."fagavtaleId"
         WHERE x."personId" = ANY(${ids}::text[]) AND x."status"::text = ANY(${[...ELIGIBILITY_PERIOD_STATUSES]}::text[])
         GROUP BY x."personId"
      ) pe ON pe."personId" = k."id"`);

  type Building = {
    personId: string;
    employments: FactEmployment[];
    feRegistrations: EligibilityFacts["feRegistrations"][number][];
    achievedGoals: EligibilityFacts["achievedGoals"][number][];
    periods: FactPeriod[];
  };
  const building = new Map<string, Building>();
  const facts = (personId: string): Building => {
    let f = building.get(personId);
    if (!f) building.set(personId, (f = { personId, employments: [], feRegistrations: [], achievedGoals: [], periods: [] }));
    return f;
  };
  for (const id of ids) facts(id);
  for (const row of rows) {
    const f = facts(row.personId);
    for (const e of json(row.employments)) {
      f.employments.push({
        id: e.id,
        organisationId: e.organisationId,
        departmentId: e.departmentId,
        specialtyId: e.specialtyId,
        type: e.type,
        startDate: sqlDate(e.startDate),
        endDate: dateOrNull(e.endDate),
        planDeadlineWeeks: policyOf({ policyOverride: e.policyOverride, planDeadlineWeeks: e.planDeadlineWeeks, region: e.policyKey === null ? null : { policyKey: e.policyKey } }).planDeadlineWeeks,
        planVersions: e.versions.map((v) => ({ status: v.status, approvedAt: dateOrNull(v.approvedAt), expiresAt: dateOrNull(v.expiresAt) })),
      });
    }
    for (const r of json(row.registrations)) f.feRegistrations.push({ organisationId: r.organisationId, registeredOn: sqlDate(r.registeredOn) });
    for (const a of json(row.achieved)) f.achievedGoals.push({ learningGoalId: a.learningGoalId, specialtyId: a.specialtyId });
    for (const p of json(row.periods)) {
      f.periods.push({
        id: p.id,
        status: p.status,
        desiredStart: sqlDate(p.desiredStart),
        receivingOrganisationId: p.receivingOrganisationId,
        receivingName: p.receivingName,
        specialtyId: p.specialtyId,
        fagavtale: { id: p.fagavtaleId, homeOrganisationId: p.homeOrganisationId, validFrom: sqlDate(p.validFrom), validTo: dateOrNull(p.validTo), prerequisiteGoals: p.goals },
      });
    }
  }
  return building;
}
