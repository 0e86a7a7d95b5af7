import { beforeAll, describe, expect, it, vi } from "vitest";

// Enough connections for every simultaneous transaction to hold its own (lib/db/create-client.ts).
process.env.DB_POOL_MAX = "30";

import { actorByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import type { Actor } from "@/lib/server/auth/load-actor";
import { termLabel, termOf } from "@/lib/domain/capacity";
import { addMonthsIso, monthStartIso } from "../helpers/dates";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");

const NOW = new Date();
const START = monthStartIso(4);
const TERM = termOf(new Date(`${START}T00:00:00Z`), "PER_SEMESTER");
const LATER = addMonthsIso(START, 2); // overlaps an agreed period starting at START
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";
const FAGAVTALE = "seed-fagavtale-helgeland-unn-generell-kirurgi"; // 2 places per semester
const N = 20;
const ROUNDS = 10;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const candidates: string[] = [];
const leaders: Actor[] = [];

/** N extra eligible LIS from Helgeland wishing to start at UNN on the vacancy's date, and N leaders of the receiving department. */
async function addPeople() {
  const db = testDb();
  for (let i = 1; i <= N; i++) {
    const k = String(i).padStart(2, "0");
    const personId = `test-lis-${k}`;
    await db.person.create({ data: { id: personId, name: `Test LIS ${k}`, email: `test.lis.${k}@eksempel.no` } });
    await db.roleAssignment.create({ data: { personId, role: "LIS", organisationId: "seed-org-helgeland", validFrom: day("2024-01-01") } });
    const employment = await db.employment.create({
      data: { personId, organisationId: "seed-org-helgeland", departmentId: "seed-dept-helgeland-kirurgi", specialtyId: "seed-specialty-genkir", type: "FAST", part: "DEL3", title: "LIS generell kirurgi", startDate: day("2024-01-01") },
    });
    const plan = await db.plan.create({ data: { personId, employmentId: employment.id } });
    const version = await db.planVersion.create({
      data: { planId: plan.id, versionNumber: 1, status: "GODKJENT", createdById: personId, approvedAt: day(monthStartIso(-5)), expiresAt: day(monthStartIso(7)) },
    });
    const fe = await db.feRegistration.create({ data: { personId, organisationId: "seed-org-helgeland", employmentId: employment.id, basedOnPlanVersionId: version.id, registeredOn: day(monthStartIso(-5)) } });
    await db.achievedLearningGoal.create({ data: { personId, learningGoalId: "seed-goal-genkir-01", achievedOn: day("2025-01-01") } });
    const period = await db.spesialiseringsperiode.create({
      data: { personId, feRegistrationId: fe.id, fagavtaleId: FAGAVTALE, receivingOrganisationId: "seed-org-unn", specialtyId: "seed-specialty-genkir", status: "I_KO", desiredStart: day(START), durationMonths: 6 },
    });
    candidates.push(period.id);

    const leaderId = `test-leder-${k}`;
    await db.person.create({ data: { id: leaderId, name: `Test Leder ${k}`, email: `test.leder.${k}@eksempel.no` } });
    await db.roleAssignment.create({ data: { personId: leaderId, role: "LEDER", departmentId: GASTRO, validFrom: day("2024-01-01") } });
    leaders.push(await actorByEmail(`test.leder.${k}@eksempel.no`));
  }
}

/** Withdraws this round's offers and frees their capacity and candidates (test bookkeeping, not the product). */
async function reset(vacancyIds: string[]) {
  const db = testDb();
  const offers = await db.offer.findMany({ where: { vacancyId: { in: vacancyIds }, status: "TILBUDT" } });
  await db.capacityUse.deleteMany({ where: { fagavtaleId: FAGAVTALE } });
  await db.offer.updateMany({ where: { id: { in: offers.map((o) => o.id) } }, data: { status: "TRUKKET" } });
  await db.spesialiseringsperiode.updateMany({ where: { id: { in: offers.map((o) => o.spesialiseringsperiodeId) } }, data: { status: "I_KO" } });
}

async function newVacancy(posts: number): Promise<string> {
  actAs(leaders[0]!);
  const r = await createVacancy({ departmentId: GASTRO, startDate: START, posts: String(posts), startWindowDays: "90" });
  if (!r.ok) throw new Error(r.message);
  return r.data.id;
}

describe("never overbooked: simultaneous picks by different leaders", () => {
  beforeAll(async () => {
    await seedDemo(NOW);
    await addPeople();
  });

  it(`${ROUNDS} rounds of ${N} simultaneous picks of different candidates for ONE remaining place: exactly one wins`, async () => {
    const vacancyId = await newVacancy(1);
    for (let round = 0; round < ROUNDS; round++) {
      // Even rounds: the vacancy's single post is the last place. Odd rounds: the vacancy has 3 posts,
      // but the fagavtale has one place left in the term (slot 1 is used by another allocation).
      const capacityBound = round % 2 === 1;
      await testDb().vacancy.update({ where: { id: vacancyId }, data: { posts: capacityBound ? 3 : 1 } });
      if (capacityBound) await testDb().capacityUse.create({ data: { fagavtaleId: FAGAVTALE, term: TERM, slot: 1 } });

      const results = await Promise.all(
        leaders.map((leader, i) => {
          actAs(leader);
          return makeOffer({ vacancyId, periodId: candidates[(i + round) % N]!, deviationReason: `Runde ${round}: prøver kandidat ${i}.` });
        }),
      );
      const winners = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(N - 1);
      for (const l of losers) {
        if (l.ok) continue;
        expect(l.code).toBe("CONFLICT");
        expect(l.message).toMatch(capacityBound ? new RegExp(`Kapasiteten i fagavtalen med Helgelandssykehuset HF er brukt opp for ${termLabel(TERM)}`) : /Plassen er allerede tatt/);
      }
      const live = await testDb().offer.findMany({ where: { vacancyId, status: { in: ["TILBUDT", "AKSEPTERT"] } }, include: { capacityUse: true } });
      expect(live).toHaveLength(1);
      expect(live[0]!.capacityUse).not.toBeNull();
      const uses = await testDb().capacityUse.findMany({ where: { fagavtaleId: FAGAVTALE, term: TERM, offerId: { not: null } } });
      expect(uses).toHaveLength(1);
      expect((await testDb().capacityUse.count({ where: { fagavtaleId: FAGAVTALE, term: TERM } })) <= 2).toBe(true);
      expect(await testDb().spesialiseringsperiode.count({ where: { id: { in: candidates }, status: "TILBUDT" } })).toBe(1);
      await reset([vacancyId]);
    }
  });

  it(`${N} leaders offering the SAME LIS different vacancies at once: one open offer, the rest get the clear message`, async () => {
    const vacancyIds: string[] = [];
    for (let i = 0; i < N; i++) vacancyIds.push(await newVacancy(1));
    const target = candidates[3]!;
    const results = await Promise.all(
      leaders.map((leader, i) => {
        actAs(leader);
        return makeOffer({ vacancyId: vacancyIds[i]!, periodId: target, deviationReason: "Samme kandidat fra flere ledere samtidig." });
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.message).toMatch(/Plassen er allerede tatt|står ikke lenger på listen/);
    expect(await testDb().offer.count({ where: { spesialiseringsperiodeId: target, status: "TILBUDT" } })).toBe(1);
    expect(await testDb().capacityUse.count({ where: { fagavtaleId: FAGAVTALE, offerId: { not: null } } })).toBe(1);
  });
});

describe("never overbooked: acceptances", () => {
  it("the same offer accepted 20 times at once is accepted exactly once", async () => {
    const db = testDb();
    const vacancyId = await newVacancy(1);
    actAs(leaders[0]!);
    const target = candidates[7]!;
    const offered = await makeOffer({ vacancyId, periodId: target, deviationReason: "Test av samtidige svar." });
    if (!offered.ok || offered.data.kind !== "TILBUD") throw new Error(offered.ok ? "conflict" : offered.message);
    const offerId = offered.data.offerId;
    const lis = await actorByEmail("test.lis.08@eksempel.no");
    const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");
    const results = await Promise.all(
      Array.from({ length: N }, () => {
        actAs(lis);
        return respondOffer({ offerId, answer: "AKSEPTER" });
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.message).toMatch(/allerede besvart/);
    expect(await db.auditLog.count({ where: { entityId: offerId, action: "tilbud-akseptert" } })).toBe(1);
    expect((await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: target } })).status).toBe("AVTALT");
  });

  it("a LIS cannot accept a second agreed period that overlaps the first: the exclusion constraint answers in Norwegian", async () => {
    const db = testDb();
    const lis = await actorByEmail("test.lis.08@eksempel.no"); // agreed from START for 6 months above
    await db.fagavtale.update({ where: { id: FAGAVTALE }, data: { capacityCount: 10 } }); // capacity is not what this test is about
    const extra = await db.spesialiseringsperiode.create({
      data: { personId: lis.personId, feRegistrationId: (await db.feRegistration.findFirstOrThrow({ where: { personId: lis.personId } })).id, fagavtaleId: FAGAVTALE, receivingOrganisationId: "seed-org-unn", specialtyId: "seed-specialty-genkir", status: "I_KO", desiredStart: day(LATER), durationMonths: 6 },
    });
    actAs(leaders[1]!);
    const r = await createVacancy({ departmentId: GASTRO, startDate: LATER, posts: "1", startWindowDays: "10" });
    if (!r.ok) throw new Error(r.message);
    const offered = await makeOffer({ vacancyId: r.data.id, periodId: extra.id, deviationReason: "Test av overlapp." });
    if (!offered.ok || offered.data.kind !== "TILBUD") throw new Error(offered.ok ? "conflict" : offered.message);
    const before = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: extra.id } });
    const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");
    actAs(lis);
    const answer = await respondOffer({ offerId: offered.data.offerId, answer: "AKSEPTER" });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toMatch(/allerede en avtalt spesialiseringsperiode som overlapper/);
    expect(await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: extra.id } })).toEqual(before);
    expect((await db.offer.findUniqueOrThrow({ where: { id: offered.data.offerId } })).status).toBe("TILBUDT");
  });
});
