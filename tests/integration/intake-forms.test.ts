import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { addMonths, firstOfMonth, isoDay, osloToday } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveIntakeForm } = await import("@/lib/actions/intake/save-intake-form");
const { approveIntakeForm } = await import("@/lib/actions/intake/approve-intake-form");
const { forwardIntakeForm } = await import("@/lib/actions/intake/forward-intake-form");
const { recordIntakeReceived } = await import("@/lib/actions/intake/record-intake-received");
const { listIntakeForms } = await import("@/lib/server/intake/list-intake-forms");

const SARA = "sara.mortensen@eksempel.no"; // LIS plastikkirurgi, UNN; wish at Helse Bergen (EGET_SKJEMA)
const ASTRID = "astrid.haugen@eksempel.no"; // leder, Plastikkirurgisk avdeling UNN
const SIRI = "siri.mikkelsen@eksempel.no"; // lokal koordinator, UNN
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland
const PERIOD = "seed-periode-sara-helse-bergen";
const db = () => testDb();

const content = { periodId: PERIOD, motivasjon: "Mikrokirurgi og rekonstruksjon.", oppnaddeLaeringsmal: "PLAST-01, PLAST-02", kontaktinfo: "sara@eksempel.no, 900 00 000" };

beforeAll(async () => {
  await seedDemo();
});

describe("intake form for a partner outside the region (own procedure)", () => {
  it("goes LIS → leader → coordinator → received, the receipt date becoming the queue date", async () => {
    const period = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: PERIOD } });
    const start = period.desiredStart.toISOString().slice(0, 10);
    actAs(await actorByEmail(SARA));
    const missing = await saveIntakeForm({ periodId: PERIOD, onsketOppstart: start });
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(Object.keys(missing.ok ? {} : (missing.fieldErrors ?? {})).sort()).toEqual(["kontaktinfo", "motivasjon", "oppnaddeLaeringsmal"]);
    expect(await saveIntakeForm({ ...content, onsketOppstart: start })).toMatchObject({ ok: true });
    const form = await db().intakeForm.findUniqueOrThrow({ where: { spesialiseringsperiodeId: PERIOD } });

    // The coordinator cannot forward before the leader has approved, and is not offered to.
    actAs(await actorByEmail(SIRI));
    expect(await forwardIntakeForm({ intakeFormId: form.id })).toMatchObject({ ok: false, code: "RULE" });
    const coordinatorRow = async () => (await listIntakeForms({ scope: await scopeByEmail(SIRI, "intake:read", "LOKAL_KOORDINATOR") })).find((f) => f.id === form.id);
    expect((await coordinatorRow())?.can).toEqual({ approve: false, forward: false, recordReceived: false });
    // Another trust's coordinator cannot touch it or see it; another department's leader neither.
    actAs(await actorByEmail(MARIT));
    expect(await forwardIntakeForm({ intakeFormId: form.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await recordIntakeReceived({ intakeFormId: form.id, receivedOn: start })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await listIntakeForms({ scope: await scopeByEmail(MARIT, "intake:read", "LOKAL_KOORDINATOR") })).map((f) => f.id)).not.toContain(form.id);
    actAs(await actorByEmail("eirik.strand@eksempel.no"));
    expect(await approveIntakeForm({ intakeFormId: form.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await listIntakeForms({ scope: await scopeByEmail("eirik.strand@eksempel.no", "intake:read", "LEDER") })).map((f) => f.id)).not.toContain(form.id);

    const leaderRow = async () => (await listIntakeForms({ scope: await scopeByEmail(ASTRID, "intake:read", "LEDER") })).find((f) => f.id === form.id);
    expect((await leaderRow())?.can).toEqual({ approve: true, forward: false, recordReceived: false });
    actAs(await actorByEmail(ASTRID));
    expect(await approveIntakeForm({ intakeFormId: form.id })).toMatchObject({ ok: true });
    expect((await leaderRow())?.can.approve).toBe(false);
    expect((await coordinatorRow())?.can).toEqual({ approve: false, forward: true, recordReceived: false });

    // Siri forwards with her regional role active: the audit names the role that may forward (issue 8 §2).
    const siri = await actorByEmail(SIRI);
    actAs({ ...siri, activeRole: siri.roles.find((r) => r.role === "REGIONAL_KOORDINATOR")! });
    expect(await forwardIntakeForm({ intakeFormId: form.id })).toMatchObject({ ok: true });
    expect(await testDb().auditLog.findFirst({ where: { action: "innmeldingsskjema-sendt", entityId: form.id } })).toMatchObject({ actorId: siri.personId, actorRole: "LOKAL_KOORDINATOR" });
    expect((await coordinatorRow())?.can).toEqual({ approve: false, forward: false, recordReceived: true });
    const forwarded = await db().intakeForm.findUniqueOrThrow({ where: { id: form.id } });
    expect(forwarded.forwardedAt).not.toBeNull();
    expect(forwarded.forwardedById).toBe((await actorByEmail(SIRI)).personId);
    expect(await db().notification.count({ where: { kind: "innmeldingsskjema", entityId: form.id } })).toBe(1);

    const receivedOn = isoDay(osloToday(new Date()));
    expect(await recordIntakeReceived({ intakeFormId: form.id, receivedOn })).toMatchObject({ ok: true });
    const queued = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: PERIOD } });
    expect(queued.queueDate?.toISOString().slice(0, 10)).toBe(receivedOn);
    expect(queued.status).toBe("I_KO");
  });

  it("marks the form 'må sendes på nytt' when the LIS moves the desired start after it was sent", async () => {
    const period = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: PERIOD } });
    const moved = isoDay(addMonths(firstOfMonth(period.desiredStart), 1));
    actAs(await actorByEmail(SARA));
    expect(await saveIntakeForm({ ...content, onsketOppstart: moved })).toMatchObject({ ok: true });
    const form = await db().intakeForm.findUniqueOrThrow({ where: { spesialiseringsperiodeId: PERIOD } });
    expect(form.needsResend).toBe(true);
    expect(form.resendReason).toMatch(/Ønsket oppstart er flyttet/);
    expect(form.leaderApprovedAt).toBeNull();
    expect((await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: PERIOD } })).desiredStart.toISOString().slice(0, 10)).toBe(moved);
    expect(await db().notification.count({ where: { kind: "innmeldingsskjema-ma-sendes-pa-nytt", entityId: form.id } })).toBeGreaterThanOrEqual(1);

    actAs(await actorByEmail(ASTRID));
    expect(await approveIntakeForm({ intakeFormId: form.id })).toMatchObject({ ok: true });
    actAs(await actorByEmail(SIRI));
    expect(await forwardIntakeForm({ intakeFormId: form.id })).toMatchObject({ ok: true });
    expect((await db().intakeForm.findUniqueOrThrow({ where: { id: form.id } })).needsResend).toBe(false);
    expect(await db().auditLog.count({ where: { action: "innmeldingsskjema-sendt-pa-nytt", entityId: form.id } })).toBe(1);
  });

  it("refuses an intake form for a partner without its own procedure, and for someone else's wish", async () => {
    actAs(await actorByEmail("jonas.eriksen@eksempel.no"));
    expect(await saveIntakeForm({ ...content, periodId: "seed-periode-jonas-unn", onsketOppstart: "2030-01-01" })).toMatchObject({ ok: false, code: "RULE" });
    // Nor one for another LIS's wish.
    expect(await saveIntakeForm({ ...content, periodId: PERIOD, onsketOppstart: "2030-01-01" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lets only the LIS fill in their intake form: not their local coordinator, though they manage wishes (intake:fill)", async () => {
    const before = await db().intakeForm.findUniqueOrThrow({ where: { spesialiseringsperiodeId: PERIOD } });
    for (const email of [SIRI, ASTRID]) {
      actAs(await actorByEmail(email));
      expect(await saveIntakeForm({ ...content, motivasjon: "Skrevet av en annen", onsketOppstart: "2030-01-01" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db().intakeForm.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);
  });
});
