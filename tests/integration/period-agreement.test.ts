import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { addDays, addMonths, isoDay, osloToday } from "@/lib/domain/calendar";
import { formatPeriod } from "@/lib/format";
import { monthStartIso } from "../helpers/dates";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { recordPeriodAgreement } = await import("@/lib/actions/fe/record-period-agreement");
const { cancelAgreedPeriod } = await import("@/lib/actions/fe/cancel-agreed-period");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");
const { savePlan } = await import("@/lib/actions/plans/save-plan");
const { signPlan } = await import("@/lib/actions/plans/sign-plan");
const { approvePlan } = await import("@/lib/actions/plans/approve-plan");
const { listFeRegistry } = await import("@/lib/server/fe/list-fe-registry");
const { getPlanWorkspace } = await import("@/lib/server/plans/get-plan-workspace");

const SIRI = "siri.mikkelsen@eksempel.no"; // lokal koordinator, UNN (and regional, Helse Nord)
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland: another trust
const ANDERS = "anders.haetta@eksempel.no"; // lokal koordinator, Finnmark
const SARA = "sara.mortensen@eksempel.no"; // LIS plastikkirurgi, UNN; wish at Helse Bergen (own procedure)
const LARS = "lars.nordby@eksempel.no"; // LIS plastikkirurgi, UNN; need at Helse Bergen
const ASTRID = "astrid.haugen@eksempel.no"; // leder, Plastikkirurgisk avdeling UNN
const KRISTOFFER = "kristoffer.lund@eksempel.no"; // leder, Gastroenterologisk kirurgi UNN (receiving)
const MATHIAS = "mathias.hansen@eksempel.no"; // LIS, Finnmark; in the queue at UNN generell kirurgi
const SARA_BERGEN = "seed-periode-sara-helse-bergen";
const LARS_BERGEN = "seed-periode-lars-helse-bergen";
const MATHIAS_UNN = "seed-periode-mathias-unn";
const BERGEN_FAGAVTALE = "seed-fagavtale-unn-helse-bergen-plastikkirurgi";
const db = () => testDb();
const today = osloToday(new Date());

async function as(email: string) {
  actAs(await actorByEmail(email));
}

function form(values: Record<string, string | number | object>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, typeof v === "object" ? JSON.stringify(v) : String(v));
  return data;
}

async function snapshot() {
  const [periods, uses, forms, notifications, audits] = await Promise.all([
    db().spesialiseringsperiode.findMany({ orderBy: { id: "asc" } }),
    db().capacityUse.findMany({ orderBy: { id: "asc" } }),
    db().intakeForm.findMany({ orderBy: { id: "asc" } }),
    db().notification.count(),
    db().auditLog.count(),
  ]);
  return JSON.stringify({ periods, uses, forms, notifications, audits });
}

const registryPeriod = async (email: string, periodId: string) => {
  const rows = await listFeRegistry({ scope: await scopeByEmail(email, "fe:read", "LOKAL_KOORDINATOR") });
  return rows.flatMap((r) => r.periods).find((p) => p.id === periodId);
};

let spring: Date;

describe("an agreed period with a partner with its own procedure (issue 14 §1, §3, §5)", () => {
  beforeAll(async () => {
    await seedDemo();
    spring = (await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } })).desiredStart;
  });

  it("offers the UNN coordinator 'registrer avtalt periode' on Sara's Helse Bergen wish, and no one else", async () => {
    expect((await registryPeriod(SIRI, SARA_BERGEN))?.can).toMatchObject({ recordAgreement: true, cancelAgreement: false });
    expect(await registryPeriod(MARIT, SARA_BERGEN)).toBeUndefined();
  });

  it("refuses another trust's coordinator (not found) and the LIS herself (forbidden), changing nothing", async () => {
    const input = { periodId: SARA_BERGEN, agreedStart: isoDay(spring), agreedEnd: isoDay(addDays(addMonths(spring, 6), -1)), agreedWith: "Hanne Aasen", agreedOn: isoDay(today) };
    const before = await snapshot();
    await as(MARIT);
    expect(await recordPeriodAgreement(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(SARA);
    expect(await recordPeriodAgreement(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses an end before the start, an agreement made in the future, and missing fields, in Norwegian, storing nothing", async () => {
    const before = await snapshot();
    await as(SIRI);
    const backwards = await recordPeriodAgreement({ periodId: SARA_BERGEN, agreedStart: isoDay(spring), agreedEnd: isoDay(addDays(spring, -1)), agreedWith: "Hanne Aasen", agreedOn: isoDay(today) });
    expect(backwards).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { agreedEnd: ["Siste dag må være etter startdatoen."] } });
    const future = await recordPeriodAgreement({ periodId: SARA_BERGEN, agreedStart: isoDay(spring), agreedEnd: isoDay(addMonths(spring, 5)), agreedWith: "Hanne Aasen", agreedOn: isoDay(addDays(today, 1)) });
    expect(future).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { agreedOn: ["Datoen avtalen ble gjort, kan ikke være fram i tid."] } });
    const empty = await recordPeriodAgreement({ periodId: SARA_BERGEN, agreedStart: "", agreedEnd: "31.02.2027", agreedWith: "  ", agreedOn: "" });
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(Object.keys(empty.ok ? {} : (empty.fieldErrors ?? {})).sort()).toEqual(["agreedEnd", "agreedOn", "agreedStart", "agreedWith"]);
    expect(await snapshot()).toBe(before);
  });

  it("records Sara's agreed period: AVTALT, the inclusive end stored exclusive, audited, Helse Bergen's contact and Sara told", async () => {
    const lastDay = addDays(addMonths(spring, 6), -1);
    await as(SIRI);
    const result = await recordPeriodAgreement({ periodId: SARA_BERGEN, agreedStart: isoDay(spring), agreedEnd: isoDay(lastDay), agreedWith: "Hanne Aasen", agreedOn: isoDay(today) });
    expect(result).toMatchObject({ ok: true, message: "Perioden er registrert som avtalt." });

    const period = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } });
    expect(period).toMatchObject({ status: "AVTALT", agreedWith: "Hanne Aasen", leaveAutomatic: true });
    expect(isoDay(period.agreedStart!)).toBe(isoDay(spring));
    expect(isoDay(period.agreedEnd!)).toBe(isoDay(addMonths(spring, 6)));
    expect(isoDay(period.agreedOn!)).toBe(isoDay(today));

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "periode-avtalt", entityId: SARA_BERGEN } });
    expect(audit).toMatchObject({ actorId: (await actorByEmail(SIRI)).personId, actorRole: "LOKAL_KOORDINATOR" });
    expect(audit.data).toMatchObject({ agreedStart: isoDay(spring), agreedEnd: isoDay(addMonths(spring, 6)), agreedWith: "Hanne Aasen", fraStatus: "ONSKE" });

    const notices = await db().notification.findMany({ where: { kind: "periode.avtalt", entityId: SARA_BERGEN } });
    const toContact = notices.find((n) => n.toEmail === "hanne.aasen@eksempel.no");
    expect(toContact?.recipientOrganisationId).toBe("seed-org-helse-bergen");
    expect(toContact?.body).toContain(formatPeriod(period.agreedStart!, period.agreedEnd!));
    expect(toContact?.body).toContain("Sara Mortensen");
    expect(notices.map((n) => n.toEmail)).toContain(SARA);

    // The FE registry line shows it agreed, with the same dates; it can now be cancelled, not recorded again.
    const line = await registryPeriod(SIRI, SARA_BERGEN);
    expect(line).toMatchObject({ status: "AVTALT", agreedWith: "Hanne Aasen", can: { recordAgreement: false, cancelAgreement: true } });
    expect(formatPeriod(line!.agreedStart!, line!.agreedEnd!)).toBe(formatPeriod(spring, addMonths(spring, 6)));
    // The plan page shows the same agreed period.
    const ws = await getPlanWorkspace({ scope: await scopeByEmail(SIRI, "plan:read", "LOKAL_KOORDINATOR"), employmentId: "seed-employment-sara" });
    expect(ws.spesialiseringsperioder.find((p) => p.id === SARA_BERGEN)).toMatchObject({ status: "AVTALT", agreedWith: "Hanne Aasen" });

    // Recording it again is refused.
    expect(await recordPeriodAgreement({ periodId: SARA_BERGEN, agreedStart: isoDay(spring), agreedEnd: isoDay(lastDay), agreedWith: "Hanne Aasen", agreedOn: isoDay(today) })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("refuses an agreement overlapping another agreed period of the LIS, and one that overbooks the fagavtale's term, storing nothing", async () => {
    // Lars's need becomes a queued wish; he already holds an agreed period in the autumn after.
    const lars = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: LARS_BERGEN } });
    await db().spesialiseringsperiode.update({ where: { id: LARS_BERGEN }, data: { status: "I_KO", queueDate: today } });
    const autumn = addMonths(spring, 7);
    await db().spesialiseringsperiode.create({
      data: {
        id: "test-periode-lars-agreed",
        personId: lars.personId,
        fagavtaleId: BERGEN_FAGAVTALE,
        receivingOrganisationId: lars.receivingOrganisationId,
        specialtyId: lars.specialtyId,
        status: "AVTALT",
        desiredStart: autumn,
        durationMonths: 3,
        agreedStart: autumn,
        agreedEnd: addMonths(autumn, 3),
      },
    });
    const before = await snapshot();
    await as(SIRI);
    const overlap = await recordPeriodAgreement({ periodId: LARS_BERGEN, agreedStart: isoDay(addMonths(autumn, 1)), agreedEnd: isoDay(addMonths(autumn, 4)), agreedWith: "Hanne Aasen", agreedOn: isoDay(today) });
    expect(overlap).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(overlap.ok ? "" : overlap.message).toMatch(/^Perioden overlapper en annen avtalt spesialiseringsperiode for LIS-en: Plastikkirurgi ved .*, \d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}\.$/);

    // The spring term's one place is Sara's.
    const overbooked = await recordPeriodAgreement({ periodId: LARS_BERGEN, agreedStart: isoDay(addMonths(spring, 1)), agreedEnd: isoDay(addDays(addMonths(spring, 4), -1)), agreedWith: "Hanne Aasen", agreedOn: isoDay(today) });
    expect(overbooked).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(overbooked.ok ? "" : overbooked.message).toMatch(/^Kapasiteten i fagavtalen er brukt opp for .* \(1 plass, 1 brukt og 0 reservert\)\.$/);
    expect(await snapshot()).toBe(before);

    await db().spesialiseringsperiode.delete({ where: { id: "test-periode-lars-agreed" } });
    await db().spesialiseringsperiode.update({ where: { id: LARS_BERGEN }, data: { status: lars.status, queueDate: lars.queueDate } });
  });

  it("cancels Sara's agreed period with a reason: AVBRUTT, the reason in the FE registry line and on the plan", async () => {
    await as(MARIT);
    expect(await cancelAgreedPeriod({ periodId: SARA_BERGEN, reason: "Ikke min LIS." })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(SIRI);
    const before = await snapshot();
    const noReason = await cancelAgreedPeriod({ periodId: SARA_BERGEN, reason: "  " });
    expect(noReason).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await snapshot()).toBe(before);

    expect(await cancelAgreedPeriod({ periodId: SARA_BERGEN, reason: "Helse Bergen kan likevel ikke ta imot i vårsemesteret." })).toMatchObject({ ok: true });
    const period = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } });
    expect(period).toMatchObject({ status: "AVBRUTT", leaveAutomatic: false });
    expect(period.statusReason).toContain("Helse Bergen kan likevel ikke ta imot i vårsemesteret.");
    expect(await db().auditLog.count({ where: { action: "periode-avlyst", entityId: SARA_BERGEN } })).toBe(1);

    const line = await registryPeriod(SIRI, SARA_BERGEN);
    expect(line?.status).toBe("AVBRUTT");
    expect(line?.record.map((r) => r.kind)).toEqual(["AVLYST"]);
    expect(line?.record[0]!.text).toContain("Helse Bergen kan likevel ikke ta imot i vårsemesteret.");
    const ws = await getPlanWorkspace({ scope: await scopeByEmail(SIRI, "plan:read", "LOKAL_KOORDINATOR"), employmentId: "seed-employment-sara" });
    expect(ws.spesialiseringsperioder.find((p) => p.id === SARA_BERGEN)?.record[0]?.text).toContain("Helse Bergen kan likevel ikke ta imot i vårsemesteret.");

    // Cancelling twice is refused.
    expect(await cancelAgreedPeriod({ periodId: SARA_BERGEN, reason: "Avlyses en gang til av vanvare." })).toMatchObject({ ok: false, code: "CONFLICT", message: "Bare en avtalt periode som ikke har startet, kan avlyses." });
  });

  it("shows a declined offer's reason to the home coordinator, in the FE registry line and on the plan page", async () => {
    await as(KRISTOFFER);
    const vacancy = await createVacancy({ departmentId: "seed-dept-unn-gastroenterologisk-kirurgi", startDate: monthStartIso(4), posts: "1", startWindowDays: "90" });
    if (!vacancy.ok) throw new Error(vacancy.message);
    const offered = await makeOffer({ vacancyId: vacancy.data.id, periodId: MATHIAS_UNN, deviationReason: "Testens valg." });
    if (!offered.ok || offered.data.kind !== "TILBUD") throw new Error(offered.ok ? "expected an offer" : offered.message);
    await as(MATHIAS);
    expect(await respondOffer({ offerId: offered.data.offerId, answer: "AVSLA", reason: "Familien kan ikke flytte i vår." })).toMatchObject({ ok: true });

    const line = await registryPeriod(ANDERS, MATHIAS_UNN);
    const declined = line?.record.find((r) => r.kind === "AVSLATT");
    expect(declined?.text).toMatch(/^LIS-en avslo tilbudet ved Gastroenterologisk kirurgi, UNN \d\d\.\d\d\.\d{4}: Familien kan ikke flytte i vår\.$/);
    const ws = await getPlanWorkspace({ scope: await scopeByEmail(ANDERS, "plan:read", "LOKAL_KOORDINATOR"), employmentId: "seed-employment-mathias" });
    expect(ws.spesialiseringsperioder.find((p) => p.id === MATHIAS_UNN)?.record.map((r) => r.text)).toContain(declined!.text);
    // Not to another trust's coordinator.
    expect(await registryPeriod(MARIT, MATHIAS_UNN)).toBeUndefined();
  });

  it("flags Lars's sent intake form 'må sendes på nytt' when an approved plan revision moves his desired start", async () => {
    const lars = await db().person.findUniqueOrThrow({ where: { email: LARS } });
    const sentAt = addDays(new Date(), -2);
    const intake = await db().intakeForm.create({
      data: { spesialiseringsperiodeId: LARS_BERGEN, content: { motivasjon: "Rekonstruksjon." }, filledById: lars.id, leaderApprovedAt: sentAt, forwardedAt: sentAt },
    });
    const before = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: LARS_BERGEN } });
    const approved = await db().planVersion.findFirstOrThrow({ where: { plan: { employmentId: "seed-employment-lars" }, status: "GODKJENT" }, include: { periods: { orderBy: { startDate: "asc" } } } });
    const [first, away, last] = approved.periods;
    const movedStart = addMonths(away!.startDate, 1);
    const periods = [
      { kind: "HJEMME", departmentId: first!.departmentId, startDate: isoDay(first!.startDate), endDate: isoDay(addDays(movedStart, -1)), learningActivities: "Klinisk tjeneste" },
      { kind: "SPESIALISERINGSPERIODE", fagavtaleId: BERGEN_FAGAVTALE, startDate: isoDay(movedStart), durationMonths: 6, learningActivities: "Plastikk- og rekonstruktiv kirurgi" },
      { kind: "HJEMME", departmentId: last!.departmentId, startDate: isoDay(addMonths(movedStart, 6)), endDate: isoDay(addDays(last!.endDate, -1)), learningActivities: "Klinisk tjeneste" },
    ];
    await as(LARS);
    const saved = await savePlan(null, form({ employmentId: "seed-employment-lars", basedOnVersionId: approved.id, lockVersion: approved.lockVersion, courses: approved.courses, notes: "", periods }));
    expect(saved).toMatchObject({ ok: true, data: { newRevision: true } });
    const open = () => db().planVersion.findFirstOrThrow({ where: { plan: { employmentId: "seed-employment-lars" }, status: { in: ["UTKAST", "TIL_GODKJENNING", "RETURNERT"] } } });
    for (const email of [LARS, ASTRID]) {
      await as(email);
      const v = await open();
      expect((await signPlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).ok).toBe(true);
    }
    // Not yet approved: the form is as sent.
    expect((await db().intakeForm.findUniqueOrThrow({ where: { id: intake.id } })).needsResend).toBe(false);
    await as(SIRI);
    const v = await open();
    expect(await approvePlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).toMatchObject({ ok: true });

    expect(isoDay((await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: LARS_BERGEN } })).desiredStart)).toBe(isoDay(movedStart));
    const flagged = await db().intakeForm.findUniqueOrThrow({ where: { id: intake.id } });
    expect(flagged.needsResend).toBe(true);
    expect(flagged.resendReason).toMatch(/^Ønsket oppstart er flyttet fra \d\d\.\d\d\.\d{4} til \d\d\.\d\d\.\d{4}\.$/);
    expect(isoDay(before.desiredStart)).not.toBe(isoDay(movedStart));
    expect(await db().auditLog.count({ where: { action: "innmeldingsskjema-ma-sendes-pa-nytt", entityId: intake.id } })).toBe(1);
    const told = await db().notification.findMany({ where: { kind: "innmeldingsskjema-ma-sendes-pa-nytt", entityId: intake.id } });
    expect(told.map((n) => n.toEmail)).toContain(SIRI);
    // The receiving trust's change notice says the form comes again.
    const change = await db().notification.findFirst({ where: { kind: "plan-endret", recipientOrganisationId: "seed-org-helse-bergen", entityId: v.id } });
    expect(change?.body).toContain("Innmeldingsskjemaet dere har fått, sendes på nytt med ny oppstart.");
  });
});
