import { beforeAll, describe, expect, it } from "vitest";
import { ownerDb, seedDemo, testDb } from "../helpers/db";

// The database itself refuses rows that break the invariants (the end of prisma/migrations/*_init/migration.sql),
// whatever the application code does.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function fixtures() {
  const db = testDb();
  const lis = await db.employment.findFirstOrThrow({ where: { type: "FAST" }, include: { organisation: true } });
  const fagavtaler = await db.fagavtale.findMany({ orderBy: { id: "asc" } });
  const differentPartners = fagavtaler.filter((f) => f.partnerOrganisationId !== fagavtaler[0]!.partnerOrganisationId);
  return { db, lis, first: fagavtaler[0]!, other: differentPartners[0]! };
}

async function newPlanVersion(personId: string, employmentId: string) {
  const db = testDb();
  const plan = await db.plan.upsert({ where: { employmentId }, create: { personId, employmentId }, update: {} });
  const max = await db.planVersion.aggregate({ where: { planId: plan.id }, _max: { versionNumber: true } });
  await db.planVersion.updateMany({ where: { planId: plan.id, status: { in: ["UTKAST", "TIL_GODKJENNING", "RETURNERT"] } }, data: { status: "FORKASTET" } });
  return db.planVersion.create({ data: { planId: plan.id, versionNumber: (max._max.versionNumber ?? 0) + 1, createdById: personId } });
}

describe("database constraints", () => {
  beforeAll(async () => {
    await seedDemo(new Date("2026-11-22T10:00:00Z"));
  });

  it("refuses a vikariat without an end date, and an end before the start", async () => {
    const { db, lis } = await fixtures();
    const base = { personId: lis.personId, organisationId: lis.organisationId, departmentId: lis.departmentId, specialtyId: lis.specialtyId, part: "DEL3" as const, title: "LIS" };
    await expect(db.employment.create({ data: { ...base, type: "VIKARIAT", startDate: day("2026-01-01") } })).rejects.toThrow(/Employment_vikariat_end_check/);
    await expect(db.employment.create({ data: { ...base, type: "FAST", startDate: day("2026-01-01"), endDate: day("2025-01-01") } })).rejects.toThrow(/Employment_dates_check/);
  });

  it("refuses a role assignment without its scope, and the same role twice", async () => {
    const { db, lis } = await fixtures();
    await expect(db.roleAssignment.create({ data: { personId: lis.personId, role: "LEDER" } })).rejects.toThrow(/RoleAssignment_scope_check/);
    await expect(db.roleAssignment.create({ data: { personId: lis.personId, role: "LIS", organisationId: lis.organisationId } })).rejects.toThrow(/RoleAssignment_person_role_scope_key|Unique constraint/);
  });

  it("refuses overlapping periods in one plan version and a second open draft", async () => {
    const { db, lis } = await fixtures();
    const version = await newPlanVersion(lis.personId, lis.id);
    await db.planPeriod.create({ data: { versionId: version.id, kind: "HJEMME", departmentId: lis.departmentId, startDate: day("2027-01-01"), endDate: day("2027-07-01") } });
    await expect(
      db.planPeriod.create({ data: { versionId: version.id, kind: "HJEMME", departmentId: lis.departmentId, startDate: day("2027-06-01"), endDate: day("2027-09-01") } }),
    ).rejects.toThrow(/PlanPeriod_no_overlap/);
    // Back to back is fine (end dates are exclusive).
    await db.planPeriod.create({ data: { versionId: version.id, kind: "HJEMME", departmentId: lis.departmentId, startDate: day("2027-07-01"), endDate: day("2027-09-01") } });
    await expect(db.planPeriod.create({ data: { versionId: version.id, kind: "SPESIALISERINGSPERIODE", startDate: day("2028-01-01"), endDate: day("2028-07-01") } })).rejects.toThrow(/PlanPeriod_kind_check/);
    await expect(db.planVersion.create({ data: { planId: version.planId, versionNumber: version.versionNumber + 1, createdById: lis.personId } })).rejects.toThrow(/PlanVersion_one_open_per_plan_key|Unique constraint/);
  });

  it("refuses an approved version without expiry, and a return without a comment", async () => {
    const { db, lis } = await fixtures();
    const version = await newPlanVersion(lis.personId, lis.id);
    await expect(db.planVersion.update({ where: { id: version.id }, data: { status: "GODKJENT" } })).rejects.toThrow(/PlanVersion_approved_check/);
    await expect(db.planVersion.update({ where: { id: version.id }, data: { status: "RETURNERT", returnComment: "  " } })).rejects.toThrow(/PlanVersion_returned_comment_check/);
  });

  it("refuses active wishes at two receiving trusts at once (seed 000 §a)", async () => {
    const { db, lis, first, other } = await fixtures();
    await db.spesialiseringsperiode.updateMany({ where: { personId: lis.personId }, data: { status: "AVBRUTT" } });
    const wish = (f: typeof first) => ({
      personId: lis.personId,
      fagavtaleId: f.id,
      receivingOrganisationId: f.partnerOrganisationId,
      specialtyId: f.specialtyId,
      status: "ONSKE" as const,
      desiredStart: day("2027-03-01"),
      durationMonths: 6,
    });
    await db.spesialiseringsperiode.create({ data: wish(first) });
    await expect(db.spesialiseringsperiode.create({ data: wish(other) })).rejects.toThrow(/Spesialiseringsperiode_one_receiving_trust/);
    // A need (BEHOV) elsewhere is allowed: only active wishes are exclusive.
    await db.spesialiseringsperiode.create({ data: { ...wish(other), status: "BEHOV" } });
  });

  it("refuses two overlapping agreed periods for one LIS", async () => {
    const { db, lis, first } = await fixtures();
    const agreed = (start: string, end: string) => ({
      personId: lis.personId,
      fagavtaleId: first.id,
      receivingOrganisationId: first.partnerOrganisationId,
      specialtyId: first.specialtyId,
      status: "AVTALT" as const,
      desiredStart: day(start),
      durationMonths: 6,
      agreedStart: day(start),
      agreedEnd: day(end),
    });
    await db.spesialiseringsperiode.create({ data: agreed("2030-01-01", "2030-07-01") });
    await expect(db.spesialiseringsperiode.create({ data: agreed("2030-06-01", "2030-12-01") })).rejects.toThrow(/Spesialiseringsperiode_no_overlap/);
    await expect(db.spesialiseringsperiode.create({ data: { ...agreed("2031-01-01", "2031-07-01"), agreedEnd: null } })).rejects.toThrow(/Spesialiseringsperiode_agreed_check/);
  });

  it("refuses a double-booked capacity slot and a fagavtale with itself", async () => {
    const { db, first } = await fixtures();
    await db.capacityUse.create({ data: { fagavtaleId: first.id, term: "2031-V", slot: 1 } });
    await expect(db.capacityUse.create({ data: { fagavtaleId: first.id, term: "2031-V", slot: 1 } })).rejects.toThrow(/Unique constraint|CapacityUse_fagavtaleId_term_slot_key/);
    await expect(db.capacityUse.create({ data: { fagavtaleId: first.id, term: "2031-V", slot: 0 } })).rejects.toThrow(/CapacityUse_slot_check/);
    await expect(
      db.fagavtale.create({
        data: {
          homeOrganisationId: first.homeOrganisationId,
          partnerOrganisationId: first.homeOrganisationId,
          specialtyId: first.specialtyId,
          arenaName: "Samme foretak",
          normertTidMonths: 6,
          capacityCount: 1,
          capacityUnit: "PER_AR",
          validFrom: day("2026-01-01"),
        },
      }),
    ).rejects.toThrow(/Fagavtale_parties_check/);
  });

  it("refuses two live offers for one post and two open offers for one LIS", async () => {
    const { db, lis, first } = await fixtures();
    const department = await db.department.findFirstOrThrow({ where: { organisationId: first.partnerOrganisationId } });
    const vacancy = await db.vacancy.create({
      data: {
        organisationId: first.partnerOrganisationId,
        departmentId: department.id,
        specialtyId: first.specialtyId,
        startDate: day("2032-01-01"),
        durationMonths: 6,
        posts: 2,
        drawSeed: "test",
        createdById: lis.personId,
      },
    });
    const period = (start: string) =>
      db.spesialiseringsperiode.create({
        data: { personId: lis.personId, fagavtaleId: first.id, receivingOrganisationId: first.partnerOrganisationId, specialtyId: first.specialtyId, status: "BEHOV", desiredStart: day(start), durationMonths: 6 },
      });
    const [p1, p2] = [await period("2032-01-01"), await period("2032-02-01")];
    const offer = (postNumber: number, periodId: string) => ({
      vacancyId: vacancy.id,
      postNumber,
      spesialiseringsperiodeId: periodId,
      personId: lis.personId,
      rankAtOffer: 1,
      deadline: new Date("2031-12-01T12:00:00Z"),
      offeredById: lis.personId,
    });
    await db.offer.create({ data: offer(1, p1.id) });
    await expect(db.offer.create({ data: offer(1, p2.id) })).rejects.toThrow(/Offer_one_live_per_post_key|Unique constraint/);
    await expect(db.offer.create({ data: offer(2, p2.id) })).rejects.toThrow(/Offer_one_open_per_person_key|Unique constraint/);
  });

  it("refuses person and row references to ids that do not exist (prisma/migrations/*_foreign_keys)", async () => {
    const db = testDb();
    const NOBODY = "finnes-ikke";
    const period = await db.spesialiseringsperiode.findFirstOrThrow({ where: { intakeForm: null } });
    await expect(db.intakeForm.create({ data: { spesialiseringsperiodeId: period.id, content: {}, filledById: NOBODY } })).rejects.toThrow(/IntakeForm_filledById_fkey/);
    const form = await db.intakeForm.create({ data: { spesialiseringsperiodeId: period.id, content: {}, filledById: period.personId } });
    await expect(db.intakeForm.update({ where: { id: form.id }, data: { leaderApprovedById: NOBODY } })).rejects.toThrow(/IntakeForm_leaderApprovedById_fkey/);
    await expect(db.intakeForm.update({ where: { id: form.id }, data: { forwardedById: NOBODY } })).rejects.toThrow(/IntakeForm_forwardedById_fkey/);

    const registration = await db.feRegistration.findFirstOrThrow();
    await expect(
      db.feRegistrationCorrection.create({ data: { registrationId: registration.id, oldDate: registration.registeredOn, newDate: day("2026-01-01"), reason: "test", byId: NOBODY } }),
    ).rejects.toThrow(/FeRegistrationCorrection_byId_fkey/);

    const version = await db.planVersion.findFirstOrThrow();
    await expect(db.planVersion.update({ where: { id: version.id }, data: { basedOnVersionId: NOBODY } })).rejects.toThrow(/PlanVersion_basedOnVersionId_fkey/);

    const vacancy = await db.vacancy.findFirstOrThrow();
    await expect(db.conflict.create({ data: { vacancyId: vacancy.id, facts: {}, resolvedPeriodId: NOBODY } })).rejects.toThrow(/Conflict_resolvedPeriodId_fkey/);
  });

  it("refuses a spesialiseringsperiode whose receiving trust or specialty is not its fagavtale's (the one-receiving-trust rule relies on it)", async () => {
    const { db, lis, first, other } = await fixtures();
    const period = {
      personId: lis.personId,
      fagavtaleId: first.id,
      receivingOrganisationId: first.partnerOrganisationId,
      specialtyId: first.specialtyId,
      status: "BEHOV" as const,
      desiredStart: day("2029-03-01"),
      durationMonths: 6,
    };
    // Claiming another trust than the fagavtale's partner would let an active wish slip past the EXCLUDE.
    await expect(db.spesialiseringsperiode.create({ data: { ...period, receivingOrganisationId: other.partnerOrganisationId } })).rejects.toThrow(
      /Spesialiseringsperiode_fagavtale_terms_fkey/,
    );
    const otherSpecialty = await db.specialty.findFirstOrThrow({ where: { id: { not: first.specialtyId } } });
    await expect(db.spesialiseringsperiode.create({ data: { ...period, specialtyId: otherSpecialty.id } })).rejects.toThrow(/Spesialiseringsperiode_fagavtale_terms_fkey/);
    await db.spesialiseringsperiode.create({ data: period });
  });

  it("keeps the audit log append-only, even for the owner role (the app role has no such rights at all: database-roles.test.ts)", async () => {
    const db = ownerDb();
    const entry = await db.auditLog.create({ data: { action: "test", entityType: "Test" } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "endret" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUnique({ where: { id: entry.id } })).toMatchObject({ action: "test" });
  });
});

describe("plausible days in the database (issue 11 §5)", () => {
  it("refuses a date outside 2000–2100 in any date column", async () => {
    const db = testDb();
    const employment = await db.employment.findFirstOrThrow({ where: { type: "FAST" } });
    await expect(db.employment.update({ where: { id: employment.id }, data: { startDate: new Date("1900-01-01T00:00:00Z") } })).rejects.toThrow(/Employment_startDate_plausible_check/);
    await expect(db.$executeRawUnsafe(`UPDATE "FeRegistration" SET "registeredOn" = DATE '0001-01-01' WHERE id = (SELECT id FROM "FeRegistration" LIMIT 1)`)).rejects.toThrow(/FeRegistration_registeredOn_plausible_check/);
    await expect(db.$executeRawUnsafe(`UPDATE "PlanPeriod" SET "endDate" = DATE '10000-01-01' WHERE id = (SELECT id FROM "PlanPeriod" LIMIT 1)`)).rejects.toThrow(/PlanPeriod_endDate_plausible_check/);
  });
});
