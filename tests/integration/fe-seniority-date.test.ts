import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { addDays, isoDay, osloToday } from "@/lib/domain/calendar";
import { registerLis as registerLisService } from "@/lib/server/fe/register-lis";
import { correctRegistrationDate as correctService } from "@/lib/server/fe/correct-registration-date";
import { formatDay } from "@/lib/format";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { registerLis } = await import("@/lib/actions/fe/register-lis");
const { correctRegistrationDate } = await import("@/lib/actions/fe/correct-registration-date");

/**
 * Issue 11 §5, the seniority attack: correctRegistrationDate accepted 0001-01-01 with reason "x"
 * (putting that trust's LIS first under criterion 6); registerLis accepted 0001-01-01 and 9999-12-31.
 * The action's day type bounds the range (2000–2100); these tests also call the services directly
 * with such dates, so the rule's own bounds (not in the future, not before the employment began,
 * a reason of substance) are what refuses them.
 */
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland
const JONAS_FE = "seed-fe-jonas"; // Helgeland, registered
const VILDE_EMPLOYMENT = "seed-employment-vilde"; // Helgeland, approved plan, not registered
const db = () => testDb();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = osloToday(new Date());
const TOMORROW = addDays(TODAY, 1);

beforeAll(async () => {
  await seedDemo();
});

const snapshot = async () => ({
  registrations: await db().feRegistration.findMany({ orderBy: { id: "asc" } }),
  corrections: await db().feRegistrationCorrection.count(),
  audits: await db().auditLog.count({ where: { entityType: "FeRegistration" } }),
});

describe("registerLis: the seniority date keeps the rule's bounds", () => {
  it("refuses 0001-01-01 and 9999-12-31 (action and service), a future date and a date before the employment began, writing nothing", async () => {
    actAs(await actorByEmail(MARIT));
    const scope = await scopeByEmail(MARIT, "fe:register", "LOKAL_KOORDINATOR");
    const employment = await db().employment.findUniqueOrThrow({ where: { id: VILDE_EMPLOYMENT } });
    const before = await snapshot();

    for (const text of ["0001-01-01", "9999-12-31"]) {
      expect(await registerLis({ employmentId: VILDE_EMPLOYMENT, registeredOn: text })).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    await expect(registerLisService({ scope, employmentId: VILDE_EMPLOYMENT, registeredOn: day("0001-01-01") })).rejects.toThrow(
      `Registreringsdatoen kan ikke være før ansettelsen i foretaket begynte (${formatDay(employment.startDate)}).`,
    );
    await expect(registerLisService({ scope, employmentId: VILDE_EMPLOYMENT, registeredOn: day("9999-12-31") })).rejects.toThrow(/kan ikke være frem i tid/);

    const future = await registerLis({ employmentId: VILDE_EMPLOYMENT, registeredOn: isoDay(TOMORROW) });
    expect(future).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { registeredOn: [`Registreringsdatoen kan ikke være frem i tid (i dag er ${formatDay(TODAY)}).`] } });
    const early = await registerLis({ employmentId: VILDE_EMPLOYMENT, registeredOn: isoDay(addDays(employment.startDate, -1)) });
    expect(early).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(early.ok ? "" : early.message).toContain("før ansettelsen i foretaket begynte");

    expect(await snapshot()).toEqual(before);
  });

  it("accepts the day the employment began and today", async () => {
    actAs(await actorByEmail(MARIT));
    const employment = await db().employment.findUniqueOrThrow({ where: { id: VILDE_EMPLOYMENT } });
    expect(await registerLis({ employmentId: VILDE_EMPLOYMENT, registeredOn: isoDay(employment.startDate) })).toMatchObject({ ok: true });
    const registration = await db().feRegistration.findFirstOrThrow({ where: { employmentId: VILDE_EMPLOYMENT, endedOn: null } });
    expect(registration.registeredOn).toEqual(employment.startDate);
  });
});

describe("correctRegistrationDate: bounds and a reason of substance", () => {
  it("refuses 0001-01-01 with reason 'x' (the attack), through the action and the service, writing nothing", async () => {
    actAs(await actorByEmail(MARIT));
    const scope = await scopeByEmail(MARIT, "fe:register", "LOKAL_KOORDINATOR");
    const before = await snapshot();

    expect(await correctRegistrationDate({ registrationId: JONAS_FE, newDate: "0001-01-01", reason: "x" })).toMatchObject({ ok: false, code: "VALIDATION" });
    // A plausible date with "x" is refused for the reason alone.
    const thin = await correctRegistrationDate({ registrationId: JONAS_FE, newDate: "2025-01-15", reason: "x" });
    expect(thin).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(thin.ok ? {} : thin.fieldErrors).toHaveProperty("reason");
    for (const reason of ["xxxxxxxxxxxx", "          ", "ab ab ab ab ab"]) {
      expect(await correctRegistrationDate({ registrationId: JONAS_FE, newDate: "2025-01-15", reason })).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    // The service refuses 0001-01-01 on its own, even with a proper reason.
    await expect(correctService({ scope, registrationId: JONAS_FE, newDate: day("0001-01-01"), reason: "Feil dato ved første registrering." })).rejects.toThrow(/før ansettelsen i foretaket begynte/);
    await expect(correctService({ scope, registrationId: JONAS_FE, newDate: day("0001-01-01"), reason: "x" })).rejects.toThrow(/minst 10 tegn/);

    expect(await snapshot()).toEqual(before);
  });

  it("refuses a future date and a date before the employment began", async () => {
    actAs(await actorByEmail(MARIT));
    const registration = await db().feRegistration.findUniqueOrThrow({ where: { id: JONAS_FE }, include: { employment: true } });
    const before = await snapshot();
    const reason = "Feil dato ved første registrering.";
    const future = await correctRegistrationDate({ registrationId: JONAS_FE, newDate: isoDay(TOMORROW), reason });
    expect(future).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { newDate: [`Registreringsdatoen kan ikke være frem i tid (i dag er ${formatDay(TODAY)}).`] } });
    const early = await correctRegistrationDate({ registrationId: JONAS_FE, newDate: isoDay(addDays(registration.employment.startDate, -1)), reason });
    expect(early).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { newDate: [`Registreringsdatoen kan ikke være før ansettelsen i foretaket begynte (${formatDay(registration.employment.startDate)}).`] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("accepts a valid correction and audits it with the old and new date and the reason", async () => {
    actAs(await actorByEmail(MARIT));
    const registration = await db().feRegistration.findUniqueOrThrow({ where: { id: JONAS_FE }, include: { employment: true } });
    const newDate = addDays(registration.employment.startDate, 10);
    const reason = "Datoen ble registrert fra feil plan; rettet etter e-post fra HR.";
    expect(await correctRegistrationDate({ registrationId: JONAS_FE, newDate: isoDay(newDate), reason })).toMatchObject({ ok: true });
    expect((await db().feRegistration.findUniqueOrThrow({ where: { id: JONAS_FE } })).registeredOn).toEqual(newDate);
    expect(await db().feRegistrationCorrection.findFirstOrThrow({ where: { registrationId: JONAS_FE } })).toMatchObject({ oldDate: registration.registeredOn, newDate, reason });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "fe-ansiennitet-korrigert", entityId: JONAS_FE } });
    expect(audit.data).toMatchObject({ fra: isoDay(registration.registeredOn), til: isoDay(newDate), begrunnelse: reason });
  });
});
