// The flat raw-SQL reads of the FE registry rows (lib/server/fe/load-registry-rows.ts) and of the
// eligibility facts (lib/server/eligibility/load-eligibility-facts.ts) return exactly what the Prisma
// reads they replaced returned: every field, every date to the millisecond, in the same order, with the
// Node process in a time zone that is not UTC (dates nested as JSON must not be read as local time).
// The reference reads below are the replaced Prisma selects, kept here as the definition.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, ownerDb, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { multiplyLis } from "../helpers/multiply-lis";
import { CANCELLED_AGREED_PREFIX } from "@/lib/domain/period-record";
import { ELIGIBILITY_PERIOD_STATUSES, type EligibilityFacts } from "@/lib/domain/eligibility-facts";
import { LIVE_STATUSES } from "@/lib/domain/period-status";
import { policyOfOrganisation } from "@/lib/domain/region-policy";
import type { RegistrationRow } from "@/lib/server/fe/load-registry-rows";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { loadRegistrationRows } = await import("@/lib/server/fe/load-registry-rows");
const { loadEligibilityFacts } = await import("@/lib/server/eligibility/load-eligibility-facts");
const { eligibleRegistrationIds } = await import("@/lib/server/eligibility/eligible-in-sql");
const { assessEligibility } = await import("@/lib/domain/eligibility-facts");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");

const ZONES = ["Europe/Oslo", "Pacific/Auckland", "America/St_Johns"] as const;
const zone = process.env.TZ;

/** The registry rows as the Prisma select before the flat read loaded them (ties by id, as the flat read breaks them). */
async function prismaRegistrationRows(ids: string[]): Promise<RegistrationRow[]> {
  const rows = await testDb().feRegistration.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      personId: true,
      organisationId: true,
      registeredOn: true,
      person: {
        select: {
          name: true,
          spesialiseringsperioder: {
            where: { status: { in: [...LIVE_STATUSES, "AVBRUTT"] } },
            select: {
              id: true,
              status: true,
              receivingOrganisationId: true,
              specialtyId: true,
              desiredStart: true,
              durationMonths: true,
              queueDate: true,
              sendingRank: true,
              sendingRankReason: true,
              agreedStart: true,
              agreedEnd: true,
              agreedWith: true,
              agreedOn: true,
              statusReason: true,
              receivingOrganisation: { select: { name: true, regionId: true } },
              specialty: { select: { name: true } },
              fagavtale: { select: { homeOrganisationId: true, intakeProcedure: true, homeOrganisation: { select: { regionId: true } } } },
              offers: {
                where: { status: { in: ["AVSLATT", "TRUKKET", "UTLOPT"] } },
                select: { status: true, offeredAt: true, respondedAt: true, responseReason: true, vacancy: { select: { department: { select: { name: true } }, organisation: { select: { shortName: true } } } } },
                orderBy: [{ offeredAt: "asc" }, { id: "asc" }],
              },
            },
            orderBy: [{ desiredStart: "asc" }, { id: "asc" }],
          },
        },
      },
      organisation: { select: { name: true, policyOverride: true, planDeadlineWeeks: true, region: { select: { policyKey: true } } } },
      employment: { select: { type: true, specialtyId: true, startDate: true, specialty: { select: { name: true } }, plan: { select: { versions: { select: { status: true, approvedAt: true, expiresAt: true }, orderBy: { versionNumber: "asc" } } } } } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id)!;
    return {
      id: r.id,
      personId: r.personId,
      organisationId: r.organisationId,
      registeredOn: r.registeredOn,
      name: r.person.name,
      organisationName: r.organisation.name,
      organisationPolicy: { policyOverride: r.organisation.policyOverride, planDeadlineWeeks: r.organisation.planDeadlineWeeks, region: r.organisation.region },
      employmentType: r.employment.type,
      specialtyId: r.employment.specialtyId,
      specialtyName: r.employment.specialty.name,
      employmentStart: r.employment.startDate,
      planVersions: r.employment.plan?.versions ?? [],
      periods: r.person.spesialiseringsperioder.map(({ receivingOrganisation, specialty, fagavtale, offers, ...p }) => ({
        ...p,
        partner: receivingOrganisation.name,
        partnerRegionId: receivingOrganisation.regionId,
        specialty: specialty.name,
        homeOrganisationId: fagavtale.homeOrganisationId,
        homeRegionId: fagavtale.homeOrganisation.regionId,
        intakeProcedure: fagavtale.intakeProcedure,
        offers: offers.map(({ vacancy, ...o }) => ({ ...o, place: `${vacancy.department.name}, ${vacancy.organisation.shortName}` })),
      })),
    };
  });
}

/** The eligibility facts as the four Prisma reads before the flat read loaded them. */
async function prismaEligibilityFacts(ids: string[]): Promise<Map<string, EligibilityFacts>> {
  const db = testDb();
  const [employments, registrations, achieved, periods] = await Promise.all([
    db.employment.findMany({
      where: { personId: { in: ids } },
      select: {
        id: true,
        personId: true,
        organisationId: true,
        departmentId: true,
        specialtyId: true,
        type: true,
        startDate: true,
        endDate: true,
        organisation: { select: { policyOverride: true, planDeadlineWeeks: true, region: { select: { policyKey: true } } } },
        plan: { select: { versions: { select: { status: true, approvedAt: true, expiresAt: true }, orderBy: { versionNumber: "asc" } } } },
      },
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
    }),
    db.feRegistration.findMany({ where: { personId: { in: ids }, endedOn: null }, select: { personId: true, organisationId: true, registeredOn: true }, orderBy: [{ registeredOn: "asc" }, { id: "asc" }] }),
    db.achievedLearningGoal.findMany({ where: { personId: { in: ids } }, select: { personId: true, learningGoalId: true, learningGoal: { select: { specialtyId: true } } }, orderBy: { learningGoalId: "asc" } }),
    db.spesialiseringsperiode.findMany({
      where: { personId: { in: ids }, status: { in: [...ELIGIBILITY_PERIOD_STATUSES] } },
      select: {
        id: true,
        personId: true,
        status: true,
        desiredStart: true,
        receivingOrganisationId: true,
        specialtyId: true,
        receivingOrganisation: { select: { name: true } },
        fagavtale: {
          select: {
            id: true,
            homeOrganisationId: true,
            validFrom: true,
            validTo: true,
            learningGoals: { where: { role: "FORKUNNSKAP" }, select: { learningGoal: { select: { id: true, code: true, title: true } } }, orderBy: { learningGoal: { code: "asc" } } },
          },
        },
      },
      orderBy: [{ desiredStart: "asc" }, { id: "asc" }],
    }),
  ]);
  const out = new Map<string, EligibilityFacts>(ids.map((id) => [id, { personId: id, employments: [], feRegistrations: [], achievedGoals: [], periods: [] }]));
  for (const e of employments)
    (out.get(e.personId)!.employments as unknown[]).push({
      id: e.id,
      organisationId: e.organisationId,
      departmentId: e.departmentId,
      specialtyId: e.specialtyId,
      type: e.type,
      startDate: e.startDate,
      endDate: e.endDate,
      planDeadlineWeeks: policyOfOrganisation(e.organisation).planDeadlineWeeks,
      planVersions: e.plan?.versions ?? [],
    });
  for (const r of registrations) (out.get(r.personId)!.feRegistrations as unknown[]).push({ organisationId: r.organisationId, registeredOn: r.registeredOn });
  for (const a of achieved) (out.get(a.personId)!.achievedGoals as unknown[]).push({ learningGoalId: a.learningGoalId, specialtyId: a.learningGoal.specialtyId });
  for (const p of periods)
    (out.get(p.personId)!.periods as unknown[]).push({
      id: p.id,
      status: p.status,
      desiredStart: p.desiredStart,
      receivingOrganisationId: p.receivingOrganisationId,
      receivingName: p.receivingOrganisation.name,
      specialtyId: p.specialtyId,
      fagavtale: { id: p.fagavtale.id, homeOrganisationId: p.fagavtale.homeOrganisationId, validFrom: p.fagavtale.validFrom, validTo: p.fagavtale.validTo, prerequisiteGoals: p.fagavtale.learningGoals.map((g) => g.learningGoal) },
    });
  return out;
}

/** Every Date in a value, as ISO text (to see a shifted date by its text in a failure). */
function isoDates(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (Array.isArray(value)) return value.map(isoDates);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, isoDates(v)]));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isoDates(v)]));
  return value;
}

let registrationIds: string[] = [];
let personIds: string[] = [];

beforeAll(async () => {
  await seedDemo();
  // Offers through the actions (UNN gastro offers Mathias and Jonas), then a copy of every LIS whose
  // copied offers are closed (UTLOPT): the rows' record notes have offers to show.
  const start = new Date();
  start.setUTCMonth(start.getUTCMonth() + 4, 1);
  actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
  const vacancy = await createVacancy({ departmentId: "seed-dept-unn-gastroenterologisk-kirurgi", startDate: start.toISOString().slice(0, 10), posts: "2", startWindowDays: "90" });
  if (!vacancy.ok) throw new Error(vacancy.message);
  for (const periodId of ["seed-periode-mathias-unn", "seed-periode-jonas-unn"]) {
    const offer = await makeOffer({ vacancyId: vacancy.data.id, periodId });
    if (!offer.ok) throw new Error(offer.message);
  }
  await multiplyLis(1);
  const owner = ownerDb();
  // A declined offer with its answer and a cancelled agreement (AVBRUTT stays on the row), at times that are not midnight.
  await owner.$executeRaw`UPDATE "Offer" SET "status" = 'AVSLATT', "respondedAt" = '2026-03-28T23:30:00.123Z', "responseReason" = 'Flytter ikke' WHERE "id" = (SELECT "id" FROM "Offer" WHERE "id" LIKE '%-x1' ORDER BY "id" LIMIT 1)`;
  await owner.$executeRaw`UPDATE "Spesialiseringsperiode" SET "status" = 'AVBRUTT', "statusReason" = ${`${CANCELLED_AGREED_PREFIX} test`}, "agreedStart" = DATE '2026-12-31', "agreedEnd" = DATE '2027-06-30', "agreedOn" = DATE '2026-01-01', "agreedWith" = 'Leder' WHERE "id" = 'seed-periode-jonas-unn-x1'`;
  const db = testDb();
  registrationIds = (await db.feRegistration.findMany({ where: { endedOn: null }, orderBy: [{ registeredOn: "desc" }, { id: "asc" }], select: { id: true } })).map((r) => r.id);
  personIds = (await db.employment.findMany({ select: { personId: true }, distinct: ["personId"], orderBy: { personId: "asc" } })).map((e) => e.personId);
});

describe("the flat registry and eligibility reads equal the Prisma reads (issue 9)", () => {
  it("the data covers what the reads nest: record offers with and without an answer, a cancelled agreement, approved plans", async () => {
    const rows = await prismaRegistrationRows(registrationIds);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const periods = rows.flatMap((r) => r.periods);
    const offers = periods.flatMap((p) => p.offers);
    expect(offers.some((o) => o.respondedAt !== null && o.responseReason !== null)).toBe(true);
    expect(offers.some((o) => o.respondedAt === null)).toBe(true);
    expect(periods.some((p) => p.status === "AVBRUTT" && p.agreedOn !== null)).toBe(true);
    expect(periods.some((p) => p.queueDate !== null)).toBe(true);
    expect(rows.some((r) => r.planVersions.some((v) => v.approvedAt !== null && v.expiresAt !== null))).toBe(true);
    const facts = await prismaEligibilityFacts(personIds);
    expect([...facts.values()].some((f) => f.achievedGoals.length > 0 && f.periods.some((p) => p.fagavtale.prerequisiteGoals.length > 0))).toBe(true);
    expect([...facts.values()].some((f) => f.employments.some((e) => e.endDate !== null))).toBe(true);
  });

  for (const tz of ZONES) {
    it(`with TZ=${tz}: every field and date of the registry rows and the facts, in order`, async () => {
      process.env.TZ = tz;
      try {
        // The zone is in force: local midnight is not UTC midnight (else this test could not fail).
        expect(new Date(2026, 0, 1).getTime()).not.toBe(Date.UTC(2026, 0, 1));
        const [flat, prisma] = [await loadRegistrationRows(registrationIds), await prismaRegistrationRows(registrationIds)];
        expect(flat.map((r) => r.id)).toEqual(registrationIds);
        expect(isoDates(flat)).toEqual(isoDates(prisma));
        const [flatFacts, prismaFacts] = [await loadEligibilityFacts(testDb(), personIds), await prismaEligibilityFacts(personIds)];
        expect(isoDates(flatFacts)).toEqual(isoDates(prismaFacts));
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
    });
  }

  it("the registry's eligibility filter in SQL agrees with assessEligibility for every registration, at several dates", async () => {
    const db = testDb();
    const persons = new Map((await db.feRegistration.findMany({ where: { id: { in: registrationIds } }, select: { id: true, personId: true } })).map((r) => [r.id, r.personId]));
    const facts = await prismaEligibilityFacts([...new Set(persons.values())]);
    const DAY = 24 * 3600 * 1000;
    const base = Date.now();
    let both = 0;
    for (const offsetDays of [-400, -30, 0, 45, 200, 400, 800]) {
      const now = new Date(base + offsetDays * DAY);
      const expected = registrationIds.filter((id) => assessEligibility(facts.get(persons.get(id)!)!, { now }).eligibility.eligible);
      const yes = await eligibleRegistrationIds(db, registrationIds, { now, eligible: true });
      const no = await eligibleRegistrationIds(db, registrationIds, { now, eligible: false });
      expect({ offsetDays, yes }).toEqual({ offsetDays, yes: expected });
      expect({ offsetDays, no }).toEqual({ offsetDays, no: registrationIds.filter((id) => !expected.includes(id)) });
      if (yes.length > 0 && no.length > 0) both++;
    }
    // Not a test that cannot fail: at most dates some LIS are eligible and some are not.
    expect(both).toBeGreaterThanOrEqual(3);
    expect(await eligibleRegistrationIds(db, [], { now: new Date(), eligible: true })).toEqual([]);
  });
});
