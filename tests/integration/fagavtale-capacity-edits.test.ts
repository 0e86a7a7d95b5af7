import { beforeAll, describe, expect, it, vi } from "vitest";

process.env.DB_POOL_MAX = "20";

import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { termLabel, termOf } from "@/lib/domain/capacity";
import { monthStartIso } from "../helpers/dates";
import { saveFagavtale as saveFagavtaleService } from "@/lib/server/fagavtaler/save-fagavtale";
import { makeOffer as makeOfferService } from "@/lib/server/allocation/make-offer";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { saveFagavtale } = await import("@/lib/actions/fagavtaler/save-fagavtale");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");

/**
 * Issue 11 §4, the attack as filed: with one place used in spring 2027 the agreement was saved with
 * capacity 0, then switched to "per år" with 1 place; the usage stayed keyed "2027-V", "2027" looked
 * empty, and a second LIS got an offer for 2027. Dates follow the clock (today: spring 2027 is
 * `START`'s term); the terms are named from START so the test means the same thing any day.
 */
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland (home party)
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";
const START = monthStartIso(4);
const START_DAY = new Date(`${START}T00:00:00Z`);
const SEMESTER = termOf(START_DAY, "PER_SEMESTER"); // e.g. "2027-V"
const YEAR = termOf(START_DAY, "PER_AR"); // e.g. "2027"
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const db = () => testDb();

let fagavtaleId = "";
let leaderEmail = "";
const periods: string[] = [];
const names: string[] = [];

const form = {
  as: "LOKAL_KOORDINATOR",
  homeOrganisationId: "seed-org-helgeland",
  partnerOrganisationId: "seed-org-unn",
  specialtyId: "seed-specialty-genkir",
  arenaName: "Gastroenterologisk kirurgi, testavtale",
  normertTidMonths: "6",
  capacityCount: "1",
  capacityUnit: "PER_SEMESTER",
  intakeProcedure: "HELSE_NORD_TILDELING",
  validFrom: monthStartIso(-1),
  dekkes: "GENKIR-02",
  forkunnskap: "GENKIR-01",
};

async function addLis(k: string): Promise<string> {
  const personId = `cap-lis-${k}`;
  const name = `Kapasitet LIS ${k}`;
  await db().person.create({ data: { id: personId, name, email: `cap.lis.${k}@eksempel.no` } });
  await db().roleAssignment.create({ data: { personId, role: "LIS", organisationId: "seed-org-helgeland", validFrom: day("2024-01-01") } });
  const employment = await db().employment.create({
    data: { personId, organisationId: "seed-org-helgeland", departmentId: "seed-dept-helgeland-kirurgi", specialtyId: "seed-specialty-genkir", type: "FAST", part: "DEL3", title: "LIS generell kirurgi", startDate: day("2024-01-01") },
  });
  const plan = await db().plan.create({ data: { personId, employmentId: employment.id } });
  const version = await db().planVersion.create({
    data: { planId: plan.id, versionNumber: 1, status: "GODKJENT", createdById: personId, approvedAt: day(monthStartIso(-5)), expiresAt: day(monthStartIso(7)) },
  });
  const fe = await db().feRegistration.create({ data: { personId, organisationId: "seed-org-helgeland", employmentId: employment.id, basedOnPlanVersionId: version.id, registeredOn: day(monthStartIso(-5)) } });
  await db().achievedLearningGoal.create({ data: { personId, learningGoalId: "seed-goal-genkir-01", achievedOn: day("2025-01-01") } });
  const period = await db().spesialiseringsperiode.create({
    data: { personId, feRegistrationId: fe.id, fagavtaleId, receivingOrganisationId: "seed-org-unn", specialtyId: "seed-specialty-genkir", status: "I_KO", desiredStart: START_DAY, durationMonths: 6 },
  });
  periods.push(period.id);
  names.push(name);
  return period.id;
}

async function newVacancy(posts: number): Promise<string> {
  actAs(await actorByEmail(leaderEmail));
  const r = await createVacancy({ departmentId: GASTRO, startDate: START, posts: String(posts), startWindowDays: "90" });
  if (!r.ok) throw new Error(r.message);
  return r.data.id;
}

async function offer(vacancyId: string, periodId: string) {
  actAs(await actorByEmail(leaderEmail));
  return makeOffer({ vacancyId, periodId, deviationReason: "Testkandidat for kapasitetsendringer." });
}

async function edit(changes: Record<string, string>) {
  actAs(await actorByEmail(MARIT));
  const current = await db().fagavtale.findUniqueOrThrow({ where: { id: fagavtaleId } });
  return saveFagavtale({ ...form, id: fagavtaleId, expectedVersion: String(current.version), reason: "Endret kapasitet i testen.", ...changes });
}

const uses = () => db().capacityUse.findMany({ where: { fagavtaleId }, orderBy: [{ term: "asc" }, { slot: "asc" }] });
const auditCount = () => db().auditLog.count({ where: { entityType: "Fagavtale", entityId: fagavtaleId } });

beforeAll(async () => {
  await seedDemo();
  actAs(await actorByEmail(MARIT));
  const created = await saveFagavtale(form);
  if (!created.ok) throw new Error(created.message);
  fagavtaleId = created.data.id;
  leaderEmail = "cap.leder@eksempel.no";
  await db().person.create({ data: { id: "cap-leder", name: "Kapasitet Leder", email: leaderEmail } });
  await db().roleAssignment.create({ data: { personId: "cap-leder", role: "LEDER", departmentId: GASTRO, validFrom: day("2024-01-01") } });
  for (const k of ["a", "b", "c"]) await addLis(k);
});

describe("issue 11 §4: the capacity sequence from the attack", () => {
  let vacancyId = "";

  it("one place used in the spring term: capacity 0 is refused, naming the term and the LIS, and nothing is written", async () => {
    vacancyId = await newVacancy(3);
    const offered = await offer(vacancyId, periods[0]!);
    if (!offered.ok || offered.data.kind !== "TILBUD") throw new Error(offered.ok ? "konflikt" : offered.message);
    actAs(await actorByEmail("cap.lis.a@eksempel.no"));
    expect(await respondOffer({ offerId: offered.data.offerId, answer: "AKSEPTER" })).toMatchObject({ ok: true });
    expect((await uses()).map((u) => [u.term, u.slot])).toEqual([[SEMESTER, 1]]);

    const before = await db().fagavtale.findUniqueOrThrow({ where: { id: fagavtaleId } });
    const audits = await auditCount();
    const refused = await edit({ capacityCount: "0" });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.code).toBe("VALIDATION");
    expect(refused.message).toContain(`${termLabel(SEMESTER)} får 0 plasser, men 1 brukt (${names[0]})`);
    expect(refused.fieldErrors?.capacityCount?.[0]).toContain(names[0]);
    expect(await db().fagavtale.findUniqueOrThrow({ where: { id: fagavtaleId } })).toEqual(before);
    expect(await db().fagavtaleVersion.count({ where: { fagavtaleId, version: { gt: before.version } } })).toBe(0);
    expect(await auditCount()).toBe(audits);
  });

  it("switching to per år with 1 place re-keys the semester's place into the year, audited", async () => {
    const audits = await auditCount();
    const saved = await edit({ capacityUnit: "PER_AR", capacityCount: "1" });
    expect(saved).toMatchObject({ ok: true });
    expect((await uses()).map((u) => [u.term, u.slot])).toEqual([[YEAR, 1]]);
    expect(await auditCount()).toBe(audits + 1);
    const last = await db().auditLog.findFirstOrThrow({ where: { entityType: "Fagavtale", entityId: fagavtaleId }, orderBy: { at: "desc" } });
    expect(last.action).toBe("fagavtale-endret");
  });

  it("so the year is full: a second LIS cannot get an offer for it", async () => {
    const second = await offer(vacancyId, periods[1]!);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.message).toMatch(new RegExp(`brukt opp for ${YEAR} \\(1 plass\\)`));
    expect(await db().offer.count({ where: { spesialiseringsperiodeId: periods[1]!, status: "TILBUDT" } })).toBe(0);
    expect(await uses()).toHaveLength(1);
  });

  it("allowed edits succeed and are audited: raising the capacity, then a unit change with room", async () => {
    const audits = await auditCount();
    expect(await edit({ capacityUnit: "PER_AR", capacityCount: "2" })).toMatchObject({ ok: true });
    const second = await offer(vacancyId, periods[1]!);
    expect(second).toMatchObject({ ok: true, data: { kind: "TILBUD" } });
    expect((await uses()).map((u) => [u.term, u.slot])).toEqual([
      [YEAR, 1],
      [YEAR, 2],
    ]);

    // Back to 1 per semester would put both places (one used, one reserved) in one semester.
    const tooSmall = await edit({ capacityUnit: "PER_SEMESTER", capacityCount: "1" });
    expect(tooSmall.ok).toBe(false);
    if (!tooSmall.ok) {
      expect(tooSmall.message).toContain(`${termLabel(SEMESTER)} får 1 plass, men 1 brukt og 1 reservert (${names[0]}, ${names[1]})`);
    }
    expect((await uses()).map((u) => u.term)).toEqual([YEAR, YEAR]);

    expect(await edit({ capacityUnit: "PER_SEMESTER", capacityCount: "2" })).toMatchObject({ ok: true });
    expect((await uses()).map((u) => [u.term, u.slot])).toEqual([
      [SEMESTER, 1],
      [SEMESTER, 2],
    ]);
    expect(await auditCount()).toBe(audits + 2);
    const versions = await db().fagavtaleVersion.findMany({ where: { fagavtaleId }, orderBy: { version: "desc" }, take: 1 });
    expect(versions[0]!.snapshot).toMatchObject({ capacityUnit: "PER_SEMESTER", capacityCount: 2 });
  });

  it("an edit of something else than the capacity is not refused for it", async () => {
    expect(await edit({ capacityUnit: "PER_SEMESTER", capacityCount: "2", notes: "Kontaktperson byttes i vår." })).toMatchObject({ ok: true });
  });
});

describe("issue 11 §4: an edit and an offer at the same time never overbook", () => {
  const ROUNDS = 6;

  it(`${ROUNDS} rounds of a capacity cut (or unit change) racing an offer for the last place: exactly one wins`, async () => {
    const marit = await scopeByEmail(MARIT, "fagavtale:manage", "LOKAL_KOORDINATOR");
    const leader = await scopeByEmail(leaderEmail, "vacancy:manage");
    const vacancyId = await newVacancy(ROUNDS + 1);
    const input = {
      homeOrganisationId: form.homeOrganisationId,
      partnerOrganisationId: form.partnerOrganisationId,
      specialtyId: form.specialtyId,
      arenaName: form.arenaName,
      normertTidMonths: 6,
      intakeProcedure: "HELSE_NORD_TILDELING" as const,
      validFrom: day(form.validFrom),
      dekkes: ["GENKIR-02"],
      forkunnskap: ["GENKIR-01"],
    };
    for (let round = 0; round < ROUNDS; round++) {
      // One free place in the semester: capacity = places taken + 1 (set through the service, which re-keys).
      const taken = (await uses()).length;
      const current = await db().fagavtale.findUniqueOrThrow({ where: { id: fagavtaleId } });
      await saveFagavtaleService({ scope: marit, id: fagavtaleId, expectedVersion: current.version, reason: "Oppsett for runden.", input: { ...input, capacityUnit: "PER_SEMESTER", capacityCount: taken + 1 } });
      const version = current.version + 1;
      const candidate = await addLis(`race-${round}`);

      // Even rounds cut the semester to the places taken; odd rounds switch to per år with that many.
      const unit = round % 2 === 0 ? ("PER_SEMESTER" as const) : ("PER_AR" as const);
      const [offered, edited] = await Promise.allSettled([
        makeOfferService({ scope: leader, vacancyId, periodId: candidate, deviationReason: `Kappløp runde ${round}.` }),
        saveFagavtaleService({ scope: marit, id: fagavtaleId, expectedVersion: version, reason: `Kutter kapasiteten, runde ${round}.`, input: { ...input, capacityUnit: unit, capacityCount: taken } }),
      ]);
      const outcome = [offered.status, edited.status];
      expect(outcome.filter((s) => s === "fulfilled")).toHaveLength(1);
      if (offered.status === "rejected") expect(String(offered.reason.message)).toMatch(/Kapasiteten i fagavtalen med .* er brukt opp/);
      if (edited.status === "rejected") {
        expect(String(edited.reason.message)).toContain("færre plasser enn det som allerede er brukt eller reservert");
        expect(String(edited.reason.message)).toContain(names.at(-1)!);
      }

      const after = await db().fagavtale.findUniqueOrThrow({ where: { id: fagavtaleId } });
      const rows = await uses();
      const term = termOf(START_DAY, after.capacityUnit);
      expect(rows.every((r) => r.term === term)).toBe(true);
      expect(rows.length).toBeLessThanOrEqual(after.capacityCount);
      expect(new Set(rows.map((r) => r.slot)).size).toBe(rows.length);
      expect(Math.max(...rows.map((r) => r.slot))).toBeLessThanOrEqual(after.capacityCount);
    }
  });
});
