import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ParsedMail } from "mailparser";
import { startLocalSmtp, type LocalSmtp } from "../helpers/smtp";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { AppError } from "@/lib/server/errors";
import { addDays, addMonths, isoDay, osloToday } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { savePlan } = await import("@/lib/actions/plans/save-plan");
const { signPlan } = await import("@/lib/actions/plans/sign-plan");
const { returnPlan } = await import("@/lib/actions/plans/return-plan");
const { approvePlan } = await import("@/lib/actions/plans/approve-plan");
const { getPlanWorkspace } = await import("@/lib/server/plans/get-plan-workspace");
const { listCoordinatorPlanWork, listLeaderPlanWork } = await import("@/lib/server/plans/list-plan-work");
const { deliverPendingNotifications } = await import("@/lib/server/notifications/deliver-notifications");
const { listFeWorklist } = await import("@/lib/server/fe/list-fe-worklist");

const EMAIL = {
  magnus: "magnus.larsen@eksempel.no",
  ragnhild: "ragnhild.johansen@eksempel.no",
  anders: "anders.haetta@eksempel.no",
  ida: "ida.karlsen@eksempel.no",
  kari: "kari.johnsen@eksempel.no",
  hilde: "hilde.pedersen@eksempel.no",
};
const IDA_EMPLOYMENT = "seed-employment-ida";
const MAGNUS_EMPLOYMENT = "seed-employment-magnus";
const UNN_NEVROLOGI = "seed-fagavtale-nlsh-unn-nevrologi";
const SMTP_PORT = 2613;

const today = osloToday(new Date());
const iso = isoDay;
const day = (months: number, days = 0) => isoDay(addDays(addMonths(today, months), days));

function form(values: Record<string, string | number | object>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, typeof v === "object" ? JSON.stringify(v) : String(v));
  return data;
}

async function as(email: string) {
  actAs(await actorByEmail(email));
}

async function openVersion(employmentId: string) {
  return testDb().planVersion.findFirstOrThrow({ where: { plan: { employmentId }, status: { in: ["UTKAST", "TIL_GODKJENNING", "RETURNERT"] } } });
}

const idaPeriods = (awayStart = day(6)) => [
  { kind: "HJEMME", departmentId: "seed-dept-nlsh-nevrologi", startDate: day(-1), endDate: day(6, -1), learningActivities: "Klinisk tjeneste" },
  { kind: "SPESIALISERINGSPERIODE", fagavtaleId: UNN_NEVROLOGI, startDate: awayStart, durationMonths: 6, learningActivities: "Nevrologisk avdeling, UNN" },
];

/** A refusal: a service throws an AppError with the code; an action answers { ok: false, code }. */
async function expectThrowsCode(promise: Promise<unknown>, code: string) {
  const outcome = await promise.then(
    (value) => value,
    (e: unknown) => e,
  );
  if (outcome instanceof AppError) expect(outcome.code).toBe(code);
  else expect(outcome).toMatchObject({ ok: false, code });
}

describe("gjennomføringsplan", () => {
  const received: ParsedMail[] = [];
  let smtp: LocalSmtp;

  beforeAll(async () => {
    await seedDemo();
    smtp = await startLocalSmtp(SMTP_PORT, received);
  });

  afterAll(async () => {
    delete process.env.SMTP_URL;
    await smtp.close();
  });

  it("scopes the work lists to the leader's departments and the coordinator's trust", async () => {
    const hilde = await listCoordinatorPlanWork({ scope: await scopeByEmail(EMAIL.hilde, "plan:read", "LOKAL_KOORDINATOR") });
    expect(hilde.overdue.map((r) => r.lisName)).toContain("Ida Karlsen");
    expect(hilde.expired.map((r) => r.lisName)).toContain("Thomas Andreassen");
    const everyone = [...hilde.awaitingApproval, ...hilde.expiringSoon, ...hilde.expired, ...hilde.overdue].map((r) => r.lisName);
    expect(everyone).not.toContain("Magnus Larsen"); // Finnmark
    const kari = await listLeaderPlanWork({ scope: await scopeByEmail(EMAIL.kari, "plan:read", "LEDER") });
    expect(kari.needsAction.map((r) => r.lisName)).toEqual(expect.arrayContaining(["Ida Karlsen", "Thomas Andreassen"]));
    expect(kari.needsAction.find((r) => r.lisName === "Ida Karlsen")?.missing).toEqual(["Planen er ikke opprettet."]);
    const ragnhild = await listLeaderPlanWork({ scope: await scopeByEmail(EMAIL.ragnhild, "plan:read", "LEDER") });
    expect(ragnhild.all.map((r) => r.lisName)).not.toContain("Ida Karlsen");
    expect(ragnhild.needsAction.find((r) => r.lisName === "Magnus Larsen")?.missing).toEqual(["Mangler signatur fra LIS.", "Mangler signatur fra leder."]);
  });

  it("gives each viewer the flags of their area's role, from the capability table and the plan's state", async () => {
    const flags = async (email: string, role: "LIS" | "LEDER" | "LOKAL_KOORDINATOR") => {
      const ws = await getPlanWorkspace({ scope: await scopeByEmail(email, "plan:read", role), employmentId: MAGNUS_EMPLOYMENT });
      return { viewer: ws.viewer, can: ws.can };
    };
    const draft = { edit: true, sign: true, approve: false, return: false, print: false };
    expect(await flags(EMAIL.magnus, "LIS")).toEqual({ viewer: { signsAs: "LIS", approves: false }, can: draft });
    expect(await flags(EMAIL.ragnhild, "LEDER")).toEqual({ viewer: { signsAs: "LEDER", approves: false }, can: draft });
    expect(await flags(EMAIL.anders, "LOKAL_KOORDINATOR")).toEqual({ viewer: { signsAs: null, approves: true }, can: { ...draft, edit: false, sign: false } });
  });

  it("lets no LIS read or edit another LIS's plan", async () => {
    await as(EMAIL.ida);
    await expectThrowsCode(getPlanWorkspace({ scope: await scopeByEmail(EMAIL.ida, "plan:read", "LIS"), employmentId: MAGNUS_EMPLOYMENT }), "NOT_FOUND");
    const magnusDraft = await openVersion(MAGNUS_EMPLOYMENT);
    expect(
      await savePlan(null, form({ employmentId: MAGNUS_EMPLOYMENT, basedOnVersionId: magnusDraft.id, lockVersion: magnusDraft.lockVersion, courses: "", notes: "", periods: idaPeriods() })),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await signPlan(null, form({ versionId: magnusDraft.id, lockVersion: magnusDraft.lockVersion }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await testDb().planSignature.count({ where: { versionId: magnusDraft.id } })).toBe(0);
  });

  it("lets no leader act on another department's LIS", async () => {
    await as(EMAIL.ragnhild); // Finnmark anestesi/kirurgi, not NLSH nevrologi
    expect(await savePlan(null, form({ employmentId: IDA_EMPLOYMENT, basedOnVersionId: "", lockVersion: 0, courses: "", notes: "", periods: idaPeriods() }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await expectThrowsCode(getPlanWorkspace({ scope: await scopeByEmail(EMAIL.ragnhild, "plan:read", "LEDER"), employmentId: IDA_EMPLOYMENT }), "NOT_FOUND");
    expect(await testDb().plan.count({ where: { employmentId: IDA_EMPLOYMENT } })).toBe(0);
  });

  it("returns every field error in Norwegian and saves nothing", async () => {
    await as(EMAIL.kari);
    const empty = await savePlan(
      null,
      form({
        employmentId: IDA_EMPLOYMENT,
        basedOnVersionId: "",
        lockVersion: 0,
        courses: "",
        notes: "",
        periods: [
          { kind: "HJEMME", departmentId: "", startDate: "", endDate: "" },
          { kind: "SPESIALISERINGSPERIODE", fagavtaleId: "", startDate: "2027-02-30", durationMonths: "" },
        ],
      }),
    );
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.code).toBe("VALIDATION");
    expect(empty.fieldErrors).toEqual({
      "periods.0.startDate": ["Oppgi fra-dato."],
      "periods.0.departmentId": ["Velg læringsarena."],
      "periods.0.endDate": ["Oppgi til og med-dato."],
      "periods.1.startDate": ["Datoen finnes ikke. Sjekk dag og måned."],
      "periods.1.fagavtaleId": ["Velg fagavtale."],
      "periods.1.durationMonths": ["Oppgi varighet i hele måneder (1–60)."],
    });

    // Well-formed but against the domain rules: overlap, another trust's fagavtale, too short without a reason.
    const rules = await savePlan(
      null,
      form({
        employmentId: IDA_EMPLOYMENT,
        basedOnVersionId: "",
        lockVersion: 0,
        courses: "",
        notes: "",
        periods: [
          { kind: "HJEMME", departmentId: "seed-dept-nlsh-nevrologi", startDate: day(0), endDate: day(8) },
          { kind: "SPESIALISERINGSPERIODE", fagavtaleId: UNN_NEVROLOGI, startDate: day(7), durationMonths: 4 },
          { kind: "SPESIALISERINGSPERIODE", fagavtaleId: "seed-fagavtale-finnmark-unn-anestesiologi", startDate: day(20), durationMonths: 6 },
        ],
      }),
    );
    expect(rules.ok).toBe(false);
    if (rules.ok) return;
    expect(Object.keys(rules.fieldErrors ?? {}).sort()).toEqual(["periods.1.shortDurationReason", "periods.1.startDate", "periods.2.fagavtaleId"]);
    expect(rules.fieldErrors?.["periods.1.startDate"]).toEqual(["Perioden overlapper med periode 1."]);
    expect(await testDb().plan.count({ where: { employmentId: IDA_EMPLOYMENT } })).toBe(0);
    expect(await testDb().auditLog.count({ where: { entityType: "PlanVersion", actorId: (await actorByEmail(EMAIL.kari)).personId } })).toBe(0);
  });

  it("reports format errors and database rules together in one save, and saves nothing", async () => {
    await as(EMAIL.kari);
    const result = await savePlan(
      null,
      form({
        employmentId: IDA_EMPLOYMENT,
        basedOnVersionId: "",
        lockVersion: 0,
        courses: "",
        notes: "",
        periods: [
          // Format: no end date.
          { kind: "HJEMME", departmentId: "seed-dept-nlsh-nevrologi", startDate: day(-1), endDate: "" },
          // Rules: this pair overlaps, and the spesialiseringsperiode is shorter than normert tid without a reason.
          { kind: "HJEMME", departmentId: "seed-dept-nlsh-nevrologi", startDate: day(12), endDate: day(20) },
          { kind: "SPESIALISERINGSPERIODE", fagavtaleId: UNN_NEVROLOGI, startDate: day(19), durationMonths: 2 },
          // Format and rule in one row: no duration, another trust's fagavtale.
          { kind: "SPESIALISERINGSPERIODE", fagavtaleId: "seed-fagavtale-finnmark-unn-anestesiologi", startDate: day(30), durationMonths: "" },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.message).toBe("Skjemaet inneholder feil. Rett opp feltene som er merket.");
    expect(result.fieldErrors?.["periods.0.endDate"]).toEqual(["Oppgi til og med-dato."]);
    expect(result.fieldErrors?.["periods.2.startDate"]).toEqual(["Perioden overlapper med periode 2."]);
    expect(result.fieldErrors?.["periods.2.shortDurationReason"]?.[0]).toMatch(/^Varigheten er kortere enn normert tid \(\d+ måneder\)\. Oppgi en begrunnelse\.$/);
    expect(result.fieldErrors?.["periods.3.durationMonths"]).toEqual(["Oppgi varighet i hele måneder (1–60)."]);
    expect(result.fieldErrors?.["periods.3.fagavtaleId"]).toEqual(["Velg en fagavtale for din spesialitet og ditt helseforetak."]);
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["periods.0.endDate", "periods.2.shortDurationReason", "periods.2.startDate", "periods.3.durationMonths", "periods.3.fagavtaleId"]);
    expect(await testDb().plan.count({ where: { employmentId: IDA_EMPLOYMENT } })).toBe(0);
    expect(await testDb().auditLog.count({ where: { entityType: "PlanVersion", actorId: (await actorByEmail(EMAIL.kari)).personId } })).toBe(0);
  });

  it("refuses the second of two saves based on the same lockVersion and changes nothing", async () => {
    const draft = await openVersion(MAGNUS_EMPLOYMENT);
    const periods = await testDb().planPeriod.findMany({ where: { versionId: draft.id }, orderBy: { startDate: "asc" } });
    const asForm = periods.map((p) =>
      p.kind === "HJEMME"
        ? { kind: "HJEMME", departmentId: p.departmentId, startDate: p.startDate.toISOString().slice(0, 10), endDate: isoDay(addDays(p.endDate, -1)) }
        : { kind: "SPESIALISERINGSPERIODE", fagavtaleId: p.fagavtaleId, startDate: p.startDate.toISOString().slice(0, 10), durationMonths: 6 },
    );
    const base = { employmentId: MAGNUS_EMPLOYMENT, basedOnVersionId: draft.id, lockVersion: draft.lockVersion, notes: "", periods: asForm };

    await as(EMAIL.magnus);
    const first = await savePlan(null, form({ ...base, courses: "Grunnkurs i anestesiologi, ALS" }));
    expect(first.ok).toBe(true);

    await as(EMAIL.ragnhild);
    const second = await savePlan(null, form({ ...base, courses: "Overskrevet av leder" }));
    expect(second).toMatchObject({ ok: false, code: "CONFLICT", message: "Planen er endret av Magnus Larsen siden du åpnet den. Last inn på nytt." });

    const after = await testDb().planVersion.findUniqueOrThrow({ where: { id: draft.id }, include: { periods: true } });
    expect(after.courses).toBe("Grunnkurs i anestesiologi, ALS");
    expect(after.lockVersion).toBe(draft.lockVersion + 1);
    expect(after.periods).toHaveLength(periods.length);
  });

  it("lets no coordinator approve another trust's plan", async () => {
    const draft = await openVersion(MAGNUS_EMPLOYMENT);
    await as(EMAIL.magnus);
    expect((await signPlan(null, form({ versionId: draft.id, lockVersion: draft.lockVersion }))).ok).toBe(true);
    await as(EMAIL.ragnhild);
    expect((await signPlan(null, form({ versionId: draft.id, lockVersion: draft.lockVersion + 1 }))).ok).toBe(true);
    const submitted = await openVersion(MAGNUS_EMPLOYMENT);
    expect(submitted.status).toBe("TIL_GODKJENNING");
    const withCoordinator = await getPlanWorkspace({ scope: await scopeByEmail(EMAIL.anders, "plan:read", "LOKAL_KOORDINATOR"), employmentId: MAGNUS_EMPLOYMENT });
    expect(withCoordinator.can).toEqual({ edit: false, sign: false, approve: true, return: true, print: true });
    const frozenForLeader = await getPlanWorkspace({ scope: await scopeByEmail(EMAIL.ragnhild, "plan:read", "LEDER"), employmentId: MAGNUS_EMPLOYMENT });
    expect(frozenForLeader.can).toEqual({ edit: false, sign: false, approve: false, return: false, print: true });

    await as(EMAIL.hilde); // NLSH, not Finnmark
    expect(await approvePlan(null, form({ versionId: submitted.id, lockVersion: submitted.lockVersion }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await returnPlan(null, form({ versionId: submitted.id, lockVersion: submitted.lockVersion, comment: "Nei" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expectThrowsCode(getPlanWorkspace({ scope: await scopeByEmail(EMAIL.hilde, "plan:read"), employmentId: MAGNUS_EMPLOYMENT }), "NOT_FOUND");
    // A leader holds no approval capability at all.
    await as(EMAIL.ragnhild);
    expect(await approvePlan(null, form({ versionId: submitted.id, lockVersion: submitted.lockVersion }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await openVersion(MAGNUS_EMPLOYMENT)).status).toBe("TIL_GODKJENNING");

    await as(EMAIL.anders);
    expect((await approvePlan(null, form({ versionId: submitted.id, lockVersion: submitted.lockVersion }))).ok).toBe(true);
  });

  it("runs the whole lifecycle: draft, sign, return, fix, approve, revise; periods follow and the partner trust is e-mailed", async () => {
    const db = testDb();
    // Draft by the leader, signed by both.
    await as(EMAIL.kari);
    const saved = await savePlan(null, form({ employmentId: IDA_EMPLOYMENT, basedOnVersionId: "", lockVersion: 0, courses: "Grunnkurs i nevrologi", notes: "", periods: idaPeriods() }));
    expect(saved.ok).toBe(true);
    let v = await openVersion(IDA_EMPLOYMENT);
    await as(EMAIL.ida);
    expect((await signPlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).ok).toBe(true);
    v = await openVersion(IDA_EMPLOYMENT);
    await as(EMAIL.kari);
    expect((await signPlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).ok).toBe(true);
    v = await openVersion(IDA_EMPLOYMENT);
    expect(v.status).toBe("TIL_GODKJENNING");

    // Frozen while with the coordinator.
    const frozen = await savePlan(null, form({ employmentId: IDA_EMPLOYMENT, basedOnVersionId: v.id, lockVersion: v.lockVersion, courses: "x", notes: "", periods: idaPeriods() }));
    expect(frozen).toMatchObject({ ok: false, code: "RULE" });

    // Returned with a comment: editable again, signatures cleared.
    await as(EMAIL.hilde);
    const noComment = await returnPlan(null, form({ versionId: v.id, lockVersion: v.lockVersion, comment: "  " }));
    expect(noComment).toMatchObject({ ok: false, fieldErrors: { comment: ["Skriv en kommentar om hva som må rettes."] } });
    expect((await returnPlan(null, form({ versionId: v.id, lockVersion: v.lockVersion, comment: "Legg inn kurs i FKM." }))).ok).toBe(true);
    v = await openVersion(IDA_EMPLOYMENT);
    expect(v).toMatchObject({ status: "RETURNERT", returnComment: "Legg inn kurs i FKM." });
    expect(await db.planSignature.count({ where: { versionId: v.id } })).toBe(0);

    // The LIS fixes it; both sign again; the coordinator approves.
    await as(EMAIL.ida);
    expect((await savePlan(null, form({ employmentId: IDA_EMPLOYMENT, basedOnVersionId: v.id, lockVersion: v.lockVersion, courses: "Grunnkurs i nevrologi, FKM-kurs", notes: "", periods: idaPeriods() }))).ok).toBe(true);
    for (const email of [EMAIL.ida, EMAIL.kari]) {
      await as(email);
      v = await openVersion(IDA_EMPLOYMENT);
      expect((await signPlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).ok).toBe(true);
    }
    v = await openVersion(IDA_EMPLOYMENT);
    await as(EMAIL.hilde);
    const before = Date.now();
    expect((await approvePlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).ok).toBe(true);
    const approved = await db.planVersion.findUniqueOrThrow({ where: { id: v.id }, include: { signatures: true } });
    expect(approved.status).toBe("GODKJENT");
    expect(approved.expiresAt?.getTime()).toBe(addMonths(approved.approvedAt!, 12).getTime());
    expect(approved.approvedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(approved.signatures.map((s) => s.role).sort()).toEqual(["LEDER", "LIS", "LOKAL_KOORDINATOR"]);

    const periods = await db.spesialiseringsperiode.findMany({ where: { person: { email: EMAIL.ida } } });
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ status: "BEHOV", receivingOrganisationId: "seed-org-unn", durationMonths: 6, fagavtaleId: UNN_NEVROLOGI });
    expect(periods[0]!.desiredStart.toISOString().slice(0, 10)).toBe(day(6));

    // Revision: the approved version stays in force until the new one is approved.
    await as(EMAIL.ida);
    const revised = await savePlan(null, form({ employmentId: IDA_EMPLOYMENT, basedOnVersionId: approved.id, lockVersion: approved.lockVersion, courses: approved.courses, notes: "", periods: idaPeriods(day(8)) }));
    expect(revised).toMatchObject({ ok: true, data: { newRevision: true, versionNumber: 2 } });
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe("GODKJENT");
    for (const email of [EMAIL.ida, EMAIL.kari]) {
      await as(email);
      v = await openVersion(IDA_EMPLOYMENT);
      expect((await signPlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).ok).toBe(true);
    }
    v = await openVersion(IDA_EMPLOYMENT);
    await as(EMAIL.hilde);
    expect((await approvePlan(null, form({ versionId: v.id, lockVersion: v.lockVersion }))).ok).toBe(true);
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe("ERSTATTET");
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v.id } })).basedOnVersionId).toBe(approved.id);

    const moved = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: periods[0]!.id } });
    expect(moved.desiredStart.toISOString().slice(0, 10)).toBe(day(8));
    expect(moved.planPeriodId).not.toBe(periods[0]!.planPeriodId);

    const notices = await db.notification.findMany({ where: { kind: "plan-endret", recipientOrganisationId: "seed-org-unn", entityId: { in: [approved.id, v.id] } }, orderBy: { createdAt: "asc" } });
    expect(notices).toHaveLength(2);
    expect(notices[1]!.body).toContain("Ida Karlsen");
    expect(notices[1]!.body).toContain("Nevrologi ved Universitetssykehuset Nord-Norge HF");
    expect(notices[1]!.body).toMatch(/ønsket start .* → /);
    expect(notices[1]!.toEmail).toBe("lis-koordinator.unn@eksempel.no");

    const audit = await db.auditLog.findMany({ where: { entityType: "PlanVersion", entityId: { in: [approved.id, v.id] } }, select: { action: true } });
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(["plan-opprettet", "plan-signert", "plan-returnert", "plan-endret", "plan-godkjent", "plan-revisjon-opprettet"]));
    // Each record names the role whose grant covered the plan (issue 8 §2).
    const revisionAudit = await db.auditLog.findMany({ where: { entityType: "PlanVersion", entityId: v.id }, select: { action: true, actorRole: true } });
    expect(new Set(revisionAudit.map((a) => `${a.action} ${a.actorRole}`))).toEqual(
      new Set(["plan-revisjon-opprettet LIS", "plan-signert LIS", "plan-signert LEDER", "plan-godkjent LOKAL_KOORDINATOR"]),
    );

    // The partner trusts told: in the trust's coordinator's list and on the plan page, for nobody else.
    const subject = "Endret gjennomføringsplan for Ida Karlsen";
    const hildeWork = await listCoordinatorPlanWork({ scope: await scopeByEmail(EMAIL.hilde, "plan:read", "LOKAL_KOORDINATOR") });
    expect(hildeWork.sentNotifications.filter((n) => n.subject === subject)).toHaveLength(2);
    const andersWork = await listCoordinatorPlanWork({ scope: await scopeByEmail(EMAIL.anders, "plan:read", "LOKAL_KOORDINATOR") });
    expect(andersWork.sentNotifications.map((n) => n.subject)).not.toContain(subject);
    const kariWs = await getPlanWorkspace({ scope: await scopeByEmail(EMAIL.kari, "plan:read", "LEDER"), employmentId: IDA_EMPLOYMENT });
    expect(kariWs.versions.find((x) => x.id === v.id)?.notified.map((n) => n.organisation)).toEqual(["Universitetssykehuset Nord-Norge HF"]);

    // E-mail through a real SMTP server.
    process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
    const result = await deliverPendingNotifications();
    expect(result.failed).toBe(0);
    expect(result.sent).toBeGreaterThanOrEqual(2);
    const toUnn = received.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes("lis-koordinator.unn@eksempel.no")));
    expect(toUnn.map((m) => m.subject)).toContain("Endret gjennomføringsplan for Ida Karlsen");
    expect(toUnn.at(-1)?.text).toContain("ønsket start");
    expect(toUnn.at(-1)?.from?.text).toContain("ikke-svar@lis-koordinering.no");
    expect(await db.notification.count({ where: { kind: "plan-endret", sentAt: null, toEmail: { not: null } } })).toBe(0);
  });

  it("cancels a spesialiseringsperiode removed by a revision, leaves a completed one alone, and tells only that partner", async () => {
    const db = testDb();
    const monthStart = (n: number) => {
      const t = addMonths(today, n);
      return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
    };
    const last = (d: Date) => isoDay(addDays(d, -1));
    const v1 = await db.planVersion.findUniqueOrThrow({ where: { id: "seed-plan-thomas-v1" } });
    await as(EMAIL.kari);
    const saved = await savePlan(
      null,
      form({
        employmentId: "seed-employment-thomas",
        basedOnVersionId: v1.id,
        lockVersion: v1.lockVersion,
        courses: v1.courses,
        notes: "St. Olavs-perioden utgår; læringsmålene nås i egen avdeling.",
        periods: [
          { kind: "HJEMME", departmentId: "seed-dept-nlsh-nevrologi", startDate: iso(monthStart(-48)), endDate: last(monthStart(-12)) },
          { kind: "SPESIALISERINGSPERIODE", fagavtaleId: UNN_NEVROLOGI, startDate: iso(monthStart(-12)), durationMonths: 6 },
          { kind: "HJEMME", departmentId: "seed-dept-nlsh-nevrologi", startDate: iso(monthStart(-6)), endDate: last(monthStart(24)) },
        ],
      }),
    );
    expect(saved).toMatchObject({ ok: true, data: { newRevision: true } });
    for (const email of ["thomas.andreassen@eksempel.no", EMAIL.kari]) {
      await as(email);
      const open = await openVersion("seed-employment-thomas");
      expect((await signPlan(null, form({ versionId: open.id, lockVersion: open.lockVersion }))).ok).toBe(true);
    }
    const submitted = await openVersion("seed-employment-thomas");
    await as(EMAIL.hilde);
    expect((await approvePlan(null, form({ versionId: submitted.id, lockVersion: submitted.lockVersion }))).ok).toBe(true);

    expect((await db.planVersion.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("ERSTATTET");
    const stOlavs = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-thomas-st-olavs" } });
    expect(stOlavs.status).toBe("AVBRUTT");
    expect(stOlavs.statusReason).toBe("Fjernet fra gjennomføringsplanen (versjon 2).");
    const unn = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-thomas-unn" } });
    expect(unn).toMatchObject({ status: "GJENNOMFORT", planPeriodId: "seed-plan-thomas-v1-p2" });
    // The FE registration is not moved silently: the coordinator sees the change in the FE work list.
    const registration = await db.feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-thomas" } });
    expect(registration.basedOnPlanVersionId).not.toBe(submitted.id);
    const feWork = await listFeWorklist({ scope: await scopeByEmail(EMAIL.hilde, "fe:register", "LOKAL_KOORDINATOR") });
    expect(feWork.find((w) => w.registrationId === "seed-fe-thomas")).toMatchObject({ kind: "PLAN_ENDRET", planVersionNumber: submitted.versionNumber });

    const notices = await db.notification.findMany({ where: { kind: "plan-endret", entityId: submitted.id } });
    expect(notices.map((n) => n.recipientOrganisationId)).toEqual(["seed-org-st-olavs"]);
    expect(notices[0]!.body).toContain("Thomas Andreassen");
    expect(notices[0]!.body).toContain("er fjernet fra planen og avbrutt");

    const ws = await getPlanWorkspace({ scope: await scopeByEmail(EMAIL.hilde, "plan:read", "LOKAL_KOORDINATOR"), employmentId: "seed-employment-thomas" });
    expect(ws.standing.kind).toBe("GYLDIG");
    expect(ws.versions.find((v) => v.id === submitted.id)?.notified.map((n) => n.organisation)).toEqual(["St. Olavs hospital HF"]);
  });

  it("records a failed delivery and leaves the notification unsent", async () => {
    const db = testDb();
    const n = await db.notification.create({ data: { kind: "test", toEmail: "noen@eksempel.no", subject: "Prøve", body: "æøå" } });
    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens there
    const result = await deliverPendingNotifications();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const after = await db.notification.findUniqueOrThrow({ where: { id: n.id } });
    expect(after.sentAt).toBeNull();
    expect(after.attempts).toBe(1);
    expect(after.lastError).toBeTruthy();
    delete process.env.SMTP_URL;
    expect(await deliverPendingNotifications()).toEqual({ sent: 0, failed: 0 });
  });
});
