import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { addDays, addMonths } from "@/lib/domain/calendar";
import { isOneReceivingTrustViolation } from "@/lib/server/wishes/one-receiving-trust";
import { listFeRegistry } from "@/lib/server/fe/list-fe-registry";
import { listFeWorklist } from "@/lib/server/fe/list-fe-worklist";
import { listSendingGroups } from "@/lib/server/fe/list-sending-groups";
import { feRegistrationWhere } from "@/lib/server/scope/fe-registration-where";
import { spesialiseringsperiodeWhere } from "@/lib/server/scope/spesialiseringsperiode-where";
import type { AccessScope } from "@/lib/domain/access-scope";
import { compareNb } from "@/lib/format";
import { addDaysIso, monthStartIso } from "../helpers/dates";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { registerLis } = await import("@/lib/actions/fe/register-lis");
const { correctRegistrationDate } = await import("@/lib/actions/fe/correct-registration-date");
const { endRegistration } = await import("@/lib/actions/fe/end-registration");
const { setSendingOrder } = await import("@/lib/actions/fe/set-sending-order");
const { activateWish } = await import("@/lib/actions/wishes/activate-wish");
const { withdrawWish } = await import("@/lib/actions/wishes/withdraw-wish");
const { GET: exportLocal } = await import("@/app/koordinator/fiktiv-enhet/eksport/route");
const { GET: exportRegional } = await import("@/app/regional/fiktiv-enhet/eksport/route");

const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland
const ANDERS = "anders.haetta@eksempel.no"; // lokal koordinator, Finnmark
const HILDE = "hilde.pedersen@eksempel.no"; // lokal koordinator, NLSH
const VILDE = "vilde.nilsen@eksempel.no"; // LIS, Helgeland: approved plan, not in the FE
// Seniority dates must lie between the employment's start and today (seed: Vilde from 10 months ago,
// Jonas from 30 months ago), so they move with the clock like the seed does.
const VILDE_REGISTERED_ON = addDaysIso(monthStartIso(-8), 1);
const JONAS_CORRECTED_ON = addDaysIso(monthStartIso(-20), 14);
const TOR = "tor.henriksen@eksempel.no"; // regional koordinator, Helse Nord
const db = () => testDb();
const worklistOf = async (email: string) => listFeWorklist({ scope: await scopeByEmail(email, "fe:register", "LOKAL_KOORDINATOR") });
const localRegistry = async (email: string) => listFeRegistry({ scope: await scopeByEmail(email, "fe:read", "LOKAL_KOORDINATOR") });
/** The same person's scope with one role's ids swapped for another region's, to stand for a coordinator elsewhere. */
const inRegion = (scope: AccessScope, regionId: string): AccessScope => ({ ...scope, roles: scope.roles.map((r) => ({ ...r, regionIds: [regionId] })) });

/** Gives Henrik (Finnmark, vikariat 4 months, no plan) an approved plan so only the vikariat rule decides. */
async function henrikWithApprovedPlan(endAfterMonths?: number) {
  const employment = await db().employment.findUniqueOrThrow({ where: { id: "seed-employment-henrik" } });
  if (endAfterMonths !== undefined) {
    await db().employment.update({ where: { id: employment.id }, data: { endDate: addMonths(employment.startDate, endAfterMonths) } });
  }
  const plan = await db().plan.upsert({ where: { employmentId: employment.id }, create: { personId: employment.personId, employmentId: employment.id }, update: {} });
  const approvedAt = addDays(new Date(), -1);
  await db().planVersion.upsert({
    where: { planId_versionNumber: { planId: plan.id, versionNumber: 1 } },
    create: { planId: plan.id, versionNumber: 1, status: "GODKJENT", createdById: employment.personId, approvedAt, expiresAt: addMonths(approvedAt, 12) },
    update: {},
  });
  return employment;
}

// One seeded database for the file (the seed is idempotent and does not undo changes): the tests
// below run in order and each uses people the earlier ones leave alone, or states they set up.
beforeAll(async () => {
  await seedDemo();
});

describe("registration in the fiktiv enhet", () => {

  it("registers a LIS from the approved plan, links their periods, audits it, and empties the work list", async () => {
    actAs(await actorByEmail(MARIT));
    const before = await worklistOf(MARIT);
    expect(before.find((w) => w.personName === "Vilde Nilsen")).toMatchObject({ kind: "NY", can: { register: true } });
    const result = await registerLis({ employmentId: "seed-employment-vilde", registeredOn: VILDE_REGISTERED_ON });
    expect(result).toMatchObject({ ok: true });
    const registration = await db().feRegistration.findFirstOrThrow({ where: { person: { email: VILDE }, endedOn: null } });
    expect(registration.registeredOn.toISOString().slice(0, 10)).toBe(VILDE_REGISTERED_ON);
    expect(registration.basedOnPlanVersionId).toBe("seed-plan-vilde-v1");
    const periods = await db().spesialiseringsperiode.findMany({ where: { person: { email: VILDE } } });
    expect(periods.length).toBe(2);
    expect(periods.every((p) => p.feRegistrationId === registration.id)).toBe(true);
    expect(await db().auditLog.count({ where: { action: "fe-registrert", entityId: registration.id } })).toBe(1);
    const after = await worklistOf(MARIT);
    expect(after.map((w) => w.personName)).not.toContain("Vilde Nilsen");
    // Registering twice on the same plan is refused.
    expect(await registerLis({ employmentId: "seed-employment-vilde" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a vikariat under 6 months and creates nothing", async () => {
    await henrikWithApprovedPlan();
    actAs(await actorByEmail(ANDERS));
    const result = await registerLis({ employmentId: "seed-employment-henrik" });
    expect(result).toMatchObject({ ok: false, code: "RULE" });
    expect(result.ok ? "" : result.message).toMatch(/kortere enn 6 måneder/);
    expect(await db().feRegistration.count({ where: { employmentId: "seed-employment-henrik" } })).toBe(0);
  });

  it("registers a vikar of exactly 6 months, who then shows as not eligible for gjennomstrømningsstilling", async () => {
    await henrikWithApprovedPlan(6);
    const anders = await actorByEmail(ANDERS);
    actAs(anders);
    expect(await registerLis({ employmentId: "seed-employment-henrik" })).toMatchObject({ ok: true });
    const rows = await localRegistry(ANDERS);
    const henrik = rows.find((r) => r.name === "Henrik Berg");
    expect(henrik?.employmentType).toBe("VIKARIAT");
    expect(henrik?.eligibility.eligible).toBe(false);
    expect(henrik?.eligibility.reasons.map((r) => r.code)).toContain("IKKE_FAST_STILLING");
  });

  it("changes a seniority date only with a reason, writing a correction and an audit record", async () => {
    actAs(await actorByEmail(MARIT));
    const before = await db().feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-jonas" } });
    const refused = await correctRegistrationDate({ registrationId: "seed-fe-jonas", newDate: JONAS_CORRECTED_ON, reason: "  " });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(refused.ok ? {} : refused.fieldErrors).toHaveProperty("reason");
    expect((await db().feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-jonas" } })).registeredOn).toEqual(before.registeredOn);
    expect(await db().feRegistrationCorrection.count()).toBe(0);

    expect(await correctRegistrationDate({ registrationId: "seed-fe-jonas", newDate: JONAS_CORRECTED_ON, reason: "Feil dato ved første registrering." })).toMatchObject({ ok: true });
    const after = await db().feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-jonas" } });
    expect(after.registeredOn.toISOString().slice(0, 10)).toBe(JONAS_CORRECTED_ON);
    const correction = await db().feRegistrationCorrection.findFirstOrThrow({ where: { registrationId: "seed-fe-jonas" } });
    expect(correction).toMatchObject({ oldDate: before.registeredOn, reason: "Feil dato ved første registrering." });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "fe-ansiennitet-korrigert", entityId: "seed-fe-jonas" } });
    expect(audit.data).toMatchObject({ til: JONAS_CORRECTED_ON, begrunnelse: "Feil dato ved første registrering." });
  });

  it("ends a registration with a reason and keeps it as history", async () => {
    actAs(await actorByEmail(MARIT));
    expect(await endRegistration({ registrationId: "seed-fe-nora", endedOn: "2026-12-01", endReason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await endRegistration({ registrationId: "seed-fe-nora", endedOn: "2030-12-01", endReason: "Vikariatet er slutt." })).toMatchObject({ ok: true });
    const nora = await db().feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-nora" } });
    expect(nora.endReason).toBe("Vikariatet er slutt.");
    expect(await db().auditLog.count({ where: { action: "fe-avsluttet", entityId: "seed-fe-nora" } })).toBe(1);
  });
});

describe("a coordinator cannot see or change another trust's fiktiv enhet", () => {

  it("refuses every write on NLSH's FE from Helgeland's coordinator, and changes nothing", async () => {
    const marit = await actorByEmail(MARIT);
    actAs(marit);
    const snapshot = async () => ({
      registrations: await db().feRegistration.findMany({ orderBy: { id: "asc" } }),
      periods: await db().spesialiseringsperiode.findMany({ orderBy: { id: "asc" } }),
      corrections: await db().feRegistrationCorrection.count(),
    });
    const before = await snapshot();
    expect(await registerLis({ employmentId: "seed-employment-sofie" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await correctRegistrationDate({ registrationId: "seed-fe-sofie", newDate: "2020-01-01", reason: "Forsøk" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await endRegistration({ registrationId: "seed-fe-sofie", endedOn: "2030-01-01", endReason: "Forsøk" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Finnmark's Mathias and Helgeland's Jonas wait for the same UNN place, but Marit may only order her own.
    expect(await setSendingOrder({ ranks: { "seed-periode-mathias-unn": 1, "seed-periode-jonas-unn": 2 }, reason: "Forsøk" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await activateWish({ periodId: "seed-periode-thomas-st-olavs" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);

    const rows = await localRegistry(MARIT);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.organisation === "Helgelandssykehuset HF")).toBe(true);
    expect((await worklistOf(MARIT)).map((w) => w.personName)).not.toContain("Sofie Dahl");
  });

  it("refuses a LIS and a leader the coordinator's FE actions", async () => {
    const before = await db().feRegistration.count();
    const ranks = await db().spesialiseringsperiode.findMany({ where: { sendingRank: { not: null } }, orderBy: { id: "asc" } });
    actAs(await actorByEmail(VILDE));
    expect(await registerLis({ employmentId: "seed-employment-vilde" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await actorByEmail("eirik.strand@eksempel.no"));
    expect(await setSendingOrder({ ranks: { "seed-periode-jonas-unn": 2, "seed-periode-emma-unn": 1 }, reason: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().feRegistration.count()).toBe(before);
    expect(await db().spesialiseringsperiode.findMany({ where: { sendingRank: { not: null } }, orderBy: { id: "asc" } })).toEqual(ranks);
  });
});

describe("the FE builders reach nothing of a foreign scope", () => {
  const registration = (scope: AccessScope, id: string) => db().feRegistration.findFirst({ where: { AND: [feRegistrationWhere(scope), { id }] } });
  const period = (scope: AccessScope, id: string) => db().spesialiseringsperiode.findFirst({ where: { AND: [spesialiseringsperiodeWhere(scope), { id }] } });

  it("feRegistrationWhere: other LIS, other department, other trust, other region are not found", async () => {
    const jonas = await scopeByEmail("jonas.eriksen@eksempel.no", "fe:read");
    expect(await registration(jonas, "seed-fe-jonas")).not.toBeNull();
    expect(await registration(jonas, "seed-fe-emma")).toBeNull(); // another LIS, same trust
    // A leader's department (the builder's LEDER case; fe:* grants leaders nothing, plan:read is at department scope).
    const eirik = await scopeByEmail("eirik.strand@eksempel.no", "plan:read");
    expect(await registration(eirik, "seed-fe-jonas")).not.toBeNull(); // Kirurgisk avdeling, Helgeland
    expect(await registration(eirik, "seed-fe-nora")).toBeNull(); // Medisinsk avdeling, same trust
    const marit = await scopeByEmail(MARIT, "fe:read", "LOKAL_KOORDINATOR");
    expect(await registration(marit, "seed-fe-nora")).not.toBeNull();
    expect(await registration(marit, "seed-fe-sofie")).toBeNull(); // NLSH
    const tor = await scopeByEmail(TOR, "fe:read", "REGIONAL_KOORDINATOR");
    expect(await registration(tor, "seed-fe-sofie")).not.toBeNull();
    expect(await db().feRegistration.count({ where: feRegistrationWhere(inRegion(tor, "seed-region-hv")) })).toBe(0); // Helse Vest: no Helse Nord trust
  });

  it("spesialiseringsperiodeWhere (wishes): other LIS, other department, other trust, other region are not found", async () => {
    const jonas = await scopeByEmail("jonas.eriksen@eksempel.no", "wish:manage");
    expect(await period(jonas, "seed-periode-jonas-unn")).not.toBeNull();
    expect(await period(jonas, "seed-periode-emma-unn")).toBeNull();
    const eirik = await scopeByEmail("eirik.strand@eksempel.no", "plan:read");
    expect(await period(eirik, "seed-periode-emma-unn")).not.toBeNull();
    expect(await period(eirik, "seed-periode-nora-nlsh")).toBeNull(); // Medisinsk avdeling
    const marit = await scopeByEmail(MARIT, "wish:manage", "LOKAL_KOORDINATOR");
    expect(await period(marit, "seed-periode-nora-nlsh")).not.toBeNull();
    expect(await period(marit, "seed-periode-mathias-unn")).toBeNull(); // Finnmark's LIS at the same partner
    const tor = await scopeByEmail(TOR, "fe:read", "REGIONAL_KOORDINATOR");
    expect(await period(tor, "seed-periode-mathias-unn")).not.toBeNull();
    expect(await db().spesialiseringsperiode.count({ where: spesialiseringsperiodeWhere(inRegion(tor, "seed-region-hv")) })).toBe(0);
  });

  it("returns can flags from the capability table: the local coordinator may act on their rows, a LIS's own view acts on nothing of the FE", async () => {
    const rows = await localRegistry(MARIT);
    const jonas = rows.find((r) => r.name === "Jonas Eriksen")!;
    expect(jonas.can).toEqual({ correctDate: true, end: true });
    expect(jonas.periods.find((p) => p.id === "seed-periode-jonas-unn")?.can).toEqual({ activateWish: false, withdrawWish: true, recordAgreement: false, cancelAgreement: false, changeAgreement: false });
    // UNN is inside the region and allocates by offers: no agreement is recorded in the FE for it (issue 14 §1).
    const groups = await listSendingGroups({ scope: await scopeByEmail(MARIT, "fe:prioritise", "LOKAL_KOORDINATOR") });
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.can.prioritise)).toBe(true);
    // The LIS's own fe:read reaches only their own registration, and gives no FE write.
    const own = await listFeRegistry({ scope: await scopeByEmail("jonas.eriksen@eksempel.no", "fe:read") });
    expect(own.map((r) => r.name)).toEqual(["Jonas Eriksen"]);
    expect(own[0]!.can).toEqual({ correctDate: false, end: false });
    // …but wish:manage is theirs: they may withdraw their own wish.
    expect(own[0]!.periods.find((p) => p.id === "seed-periode-jonas-unn")?.can.withdrawWish).toBe(true);
  });
});

describe("sending-trust priority", () => {

  it("reorders two LIS of the same trust with a reason, audited; refuses a rank used twice", async () => {
    actAs(await actorByEmail(MARIT));
    expect(await setSendingOrder({ ranks: { "seed-periode-jonas-unn": 1, "seed-periode-emma-unn": 1 }, reason: "x" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await setSendingOrder({ ranks: { "seed-periode-jonas-unn": 2, "seed-periode-emma-unn": 1 }, reason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await setSendingOrder({ ranks: { "seed-periode-jonas-unn": 2, "seed-periode-emma-unn": 1 }, reason: "Emma har planlagt oppstart tidligst." })).toMatchObject({ ok: true });
    const periods = await db().spesialiseringsperiode.findMany({ where: { id: { in: ["seed-periode-jonas-unn", "seed-periode-emma-unn"] } } });
    expect(Object.fromEntries(periods.map((p) => [p.id, p.sendingRank]))).toEqual({ "seed-periode-jonas-unn": 2, "seed-periode-emma-unn": 1 });
    expect(periods.every((p) => p.sendingRankReason === "Emma har planlagt oppstart tidligst.")).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "fe-prioritering-endret" } });
    expect(audit.data).toMatchObject({ begrunnelse: "Emma har planlagt oppstart tidligst." });
  });
});

describe("wishes at one receiving trust at a time", () => {

  it("turns a need into a wish, refuses a second wish at another trust naming the first, and the database backs it", async () => {
    actAs(await actorByEmail(VILDE));
    expect(await activateWish({ periodId: "seed-periode-vilde-unn" })).toMatchObject({ ok: true });
    const refused = await activateWish({ periodId: "seed-periode-vilde-nordlys" });
    expect(refused).toMatchObject({ ok: false, code: "RULE" });
    expect(refused.ok ? "" : refused.message).toMatch(/allerede et aktivt ønske ved Universitetssykehuset Nord-Norge HF/);
    expect((await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-vilde-nordlys" } })).status).toBe("BEHOV");

    // A race past the service check meets the exclusion constraint, which the service recognises.
    const error = await db()
      .spesialiseringsperiode.update({ where: { id: "seed-periode-vilde-nordlys" }, data: { status: "ONSKE" } })
      .then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(isOneReceivingTrustViolation(error)).toBe(true);
    expect(isOneReceivingTrustViolation(new Error("noe annet"))).toBe(false);

    // Withdrawing the first wish frees the LIS to wish elsewhere.
    expect(await withdrawWish({ periodId: "seed-periode-vilde-unn" })).toMatchObject({ ok: true });
    expect(await activateWish({ periodId: "seed-periode-vilde-nordlys" })).toMatchObject({ ok: true });
  });

  it("does not let one LIS manage another's wishes", async () => {
    actAs(await actorByEmail("jonas.eriksen@eksempel.no"));
    expect(await activateWish({ periodId: "seed-periode-vilde-unn" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await withdrawWish({ periodId: "seed-periode-emma-unn" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("CSV export of the fiktiv enhet", () => {

  it("is UTF-8 with BOM, ;-separated, nb-NO dates, Norwegian letters intact, formulas neutralised, own trust only", async () => {
    await db().person.update({ where: { email: "emma.solheim@eksempel.no" }, data: { name: "=HYPERLINK(\"http://x\") Emma Solheim" } });
    actAs(await actorByEmail(MARIT));
    const response = await exportLocal(new Request("http://localhost/koordinator/fiktiv-enhet/eksport"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="fiktiv-enhet-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Navn;Foretak;Spesialitet;Stilling;Ansiennitetsdato;Plan;Ønsker og perioder;Tildelbar;Begrunnelse");
    expect(text).toContain("Helgelandssykehuset HF");
    expect(text).toContain("Ønske");
    expect(text).toMatch(/;\d{2}\.\d{2}\.\d{4};/);
    expect(text).toContain(`"'=HYPERLINK(""http://x"") Emma Solheim"`);
    expect(text).not.toMatch(/(^|;)=/m);
    expect(text).not.toContain("Nordlandssykehuset HF;");
    expect(text).not.toContain("Sofie Dahl");
  });

  it("refuses without login and for a role without access", async () => {
    actAs(null);
    expect((await exportLocal(new Request("http://localhost/koordinator/fiktiv-enhet/eksport"))).status).toBe(401);
    actAs(await actorByEmail(VILDE));
    expect((await exportLocal(new Request("http://localhost/koordinator/fiktiv-enhet/eksport"))).status).toBe(403);
    actAs(await actorByEmail(HILDE));
    const text = await (await exportLocal(new Request("http://localhost/koordinator/fiktiv-enhet/eksport"))).text();
    expect(text).toContain("Sofie Dahl");
    expect(text).not.toContain("Jonas Eriksen");
  });
});

describe("keeping the FE up to date and the regional view", () => {
  it("lists a registration whose plan was replaced as 'plan endret', and moves it to the new approved version", async () => {
    const approvedAt = new Date(Date.now() - 3_600_000);
    await db().planVersion.update({ where: { id: "seed-plan-sofie-v1" }, data: { status: "ERSTATTET" } });
    await db().planVersion.create({
      data: {
        id: "test-plan-sofie-v2",
        planId: "seed-plan-sofie",
        versionNumber: 2,
        status: "GODKJENT",
        createdById: "seed-person-sofie-dahl",
        approvedAt,
        expiresAt: addMonths(approvedAt, 12),
      },
    });
    const hilde = await actorByEmail(HILDE);
    actAs(hilde);
    const item = (await worklistOf(HILDE)).find((w) => w.personName === "Sofie Dahl");
    expect(item).toMatchObject({ kind: "PLAN_ENDRET", registeredVersionNumber: 1, planVersionNumber: 2, registrationId: "seed-fe-sofie", can: { register: true } });
    const before = await db().feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-sofie" } });
    expect(await registerLis({ employmentId: "seed-employment-sofie" })).toMatchObject({ ok: true, data: { updated: true } });
    const after = await db().feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-sofie" } });
    expect(after.basedOnPlanVersionId).toBe("test-plan-sofie-v2");
    expect(after.registeredOn).toEqual(before.registeredOn); // seniority is kept
    expect((await worklistOf(HILDE)).find((w) => w.personName === "Sofie Dahl")).toBeUndefined();
  });

  it("lets the local coordinator turn their LIS's need into a wish, audited as the role that may", async () => {
    // Siri is also regional coordinator, a role without wish:manage: the record names the local one.
    actAs(await actorByEmail("siri.mikkelsen@eksempel.no"));
    expect(await activateWish({ periodId: "seed-periode-lars-helse-bergen" })).toMatchObject({ ok: true });
    expect((await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-lars-helse-bergen" } })).status).toBe("ONSKE");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "onske-aktivert", entityId: "seed-periode-lars-helse-bergen" } });
    expect(audit.actorRole).toBe("LOKAL_KOORDINATOR");
  });

  it("shows the regional coordinator every Helse Nord trust's FE, filterable by trust and eligibility", async () => {
    const tor = await scopeByEmail(TOR, "fe:read", "REGIONAL_KOORDINATOR");
    const rows = await listFeRegistry({ scope: tor });
    expect(new Set(rows.map((r) => r.organisation)).size).toBeGreaterThanOrEqual(4);
    // Read only: the regional coordinator holds neither fe:register nor wish:manage.
    expect(rows.every((r) => !r.can.correctDate && !r.can.end && r.periods.every((p) => !p.can.activateWish && !p.can.withdrawWish))).toBe(true);
    const helgeland = await listFeRegistry({ scope: tor, filter: { organisationId: "seed-org-helgeland", sort: "navn" } });
    expect(helgeland.length).toBeGreaterThan(0);
    expect(helgeland.every((r) => r.organisationId === "seed-org-helgeland")).toBe(true);
    expect(helgeland.map((r) => r.name)).toEqual([...helgeland.map((r) => r.name)].sort((a, b) => compareNb(a, b)));
    const notEligible = await listFeRegistry({ scope: tor, filter: { eligible: "nei" } });
    expect(notEligible.map((r) => r.name)).toContain("Thomas Andreassen"); // expired plan
    expect(notEligible.every((r) => !r.eligibility.eligible)).toBe(true);
    // The local coordinator role does not give the regional view (nor its export).
    await expect(scopeByEmail(MARIT, "fe:read", "REGIONAL_KOORDINATOR")).rejects.toThrow(/does not hold/);
    actAs(await actorByEmail(MARIT));
    expect((await exportRegional(new Request("http://localhost/regional/fiktiv-enhet/eksport"))).status).toBe(403);
    actAs(await actorByEmail(TOR));
    const regional = await (await exportRegional(new Request("http://localhost/regional/fiktiv-enhet/eksport"))).text();
    expect(regional).toContain("Sofie Dahl");
    expect(regional).toContain("Jonas Eriksen");
  });
});
