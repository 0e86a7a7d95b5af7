// The scope builders of plans, intake forms, notifications, people and trusts (issue 8 §1): each
// reaches its own object and finds an object of a foreign scope (other LIS, other department, other
// trust, other region) not at all.
import { beforeAll, describe, expect, it } from "vitest";
import { scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { planEmploymentWhere, planVersionWhere, planWhere } from "@/lib/server/scope/plan-where";
import { employmentWhere } from "@/lib/server/scope/employment-where";
import { intakeFormWhere, intakePeriodWhere } from "@/lib/server/scope/intake-form-where";
import { notificationWhere } from "@/lib/server/scope/notification-where";
import { personWhere } from "@/lib/server/scope/person-where";
import { organisationWhere } from "@/lib/server/scope/organisation-where";

const db = () => testDb();
const email = (key: string) =>
  ({
    ida: "ida.karlsen@eksempel.no", // LIS NLSH nevrologi
    thomas: "thomas.andreassen@eksempel.no", // LIS NLSH nevrologi, approved plan
    magnus: "magnus.larsen@eksempel.no", // LIS Finnmark anestesi, draft plan
    sara: "sara.mortensen@eksempel.no", // LIS UNN plastikkirurgi, wish at Helse Bergen
    lars: "lars.nordby@eksempel.no", // LIS UNN plastikkirurgi
    kari: "kari.johnsen@eksempel.no", // leder NLSH nevrologi
    bjorn: "bjorn.olsen@eksempel.no", // leder NLSH medisin
    astrid: "astrid.haugen@eksempel.no", // leder UNN plastikkirurgi
    kristoffer: "kristoffer.lund@eksempel.no", // leder UNN gastroenterologisk kirurgi
    hilde: "hilde.pedersen@eksempel.no", // lokal koordinator NLSH
    anders: "anders.haetta@eksempel.no", // lokal koordinator Finnmark
    siri: "siri.mikkelsen@eksempel.no", // lokal koordinator UNN, regional Helse Nord
    tor: "tor.henriksen@eksempel.no", // regional koordinator Helse Nord
  })[key]!;

const THOMAS_EMPLOYMENT = "seed-employment-thomas";
const THOMAS_VERSION = "seed-plan-thomas-v1";
const MAGNUS_VERSION = "seed-plan-magnus-v1";
const SARA_PERIOD = "seed-periode-sara-helse-bergen";
let saraForm: string;
let aboutThomas: string;
let toMagnus: string;

beforeAll(async () => {
  await seedDemo();
  const sara = await db().person.findUniqueOrThrow({ where: { email: email("sara") } });
  saraForm = (await db().intakeForm.create({ data: { spesialiseringsperiodeId: SARA_PERIOD, content: {}, filledById: sara.id } })).id;
  aboutThomas = (
    await db().notification.create({
      data: { kind: "plan-endret", subject: "Endret plan", body: "…", recipientOrganisationId: "seed-org-st-olavs", entityType: "PlanVersion", entityId: THOMAS_VERSION, planVersionId: THOMAS_VERSION },
    })
  ).id;
  const magnus = await db().person.findUniqueOrThrow({ where: { email: email("magnus") } });
  toMagnus = (await db().notification.create({ data: { kind: "plan-godkjent", subject: "Til Magnus", body: "…", recipientPersonId: magnus.id } })).id;
});

describe("plan builders", () => {
  it.each([
    ["the LIS themself", "thomas", "LIS", true],
    ["another LIS", "ida", "LIS", false],
    ["the leader of the department", "kari", "LEDER", true],
    ["a leader of another department in the same trust", "bjorn", "LEDER", false],
    ["the trust's local coordinator", "hilde", "LOKAL_KOORDINATOR", true],
    ["another trust's local coordinator", "anders", "LOKAL_KOORDINATOR", false],
  ] as const)("%s: found %s", async (_who, key, role, found) => {
    const scope = await scopeByEmail(email(key), "plan:read", role);
    expect(await db().employment.count({ where: { AND: [planEmploymentWhere(scope), { id: THOMAS_EMPLOYMENT }] } })).toBe(found ? 1 : 0);
    expect(await db().plan.count({ where: { AND: [planWhere(scope), { employmentId: THOMAS_EMPLOYMENT }] } })).toBe(found ? 1 : 0);
    expect(await db().planVersion.count({ where: { AND: [planVersionWhere(scope), { id: THOMAS_VERSION }] } })).toBe(found ? 1 : 0);
  });

  it("reaches no plan in the region: a regional coordinator's scope (for another capability) finds none", async () => {
    const scope = await scopeByEmail(email("tor"), "fe:read", "REGIONAL_KOORDINATOR");
    expect(await db().planVersion.count({ where: planVersionWhere(scope) })).toBe(0);
    expect(await db().employment.count({ where: planEmploymentWhere(scope) })).toBe(0);
    // while the region's employments as such are the region's
    expect(await db().employment.count({ where: { AND: [employmentWhere(scope), { id: THOMAS_EMPLOYMENT }] } })).toBe(1);
  });

  it("gives a leader of two departments both, and nothing else", async () => {
    const scope = await scopeByEmail("ragnhild.johansen@eksempel.no", "plan:read", "LEDER");
    const departments = new Set((await db().employment.findMany({ where: planEmploymentWhere(scope), select: { departmentId: true } })).map((e) => e.departmentId));
    expect(departments.size).toBeGreaterThan(0);
    for (const d of departments) expect(["seed-dept-finnmark-anestesi", "seed-dept-finnmark-kirurgi"]).toContain(d);
    expect(await db().planVersion.count({ where: { AND: [planVersionWhere(scope), { id: THOMAS_VERSION }] } })).toBe(0);
    expect(await db().planVersion.count({ where: { AND: [planVersionWhere(scope), { id: MAGNUS_VERSION }] } })).toBe(1);
  });
});

describe("intakeFormWhere", () => {
  it.each([
    ["the LIS themself", "sara", "LIS", true],
    ["another LIS", "lars", "LIS", false],
    ["the leader of the LIS's department", "astrid", "LEDER", true],
    ["a leader of another department in the same trust", "kristoffer", "LEDER", false],
    ["the home trust's local coordinator", "siri", "LOKAL_KOORDINATOR", true],
    ["another trust's local coordinator", "hilde", "LOKAL_KOORDINATOR", false],
  ] as const)("%s: found %s", async (_who, key, role, found) => {
    const scope = await scopeByEmail(email(key), "intake:read", role);
    expect(await db().intakeForm.count({ where: { AND: [intakeFormWhere(scope), { id: saraForm }] } })).toBe(found ? 1 : 0);
    expect(await db().spesialiseringsperiode.count({ where: { AND: [intakePeriodWhere(scope), { id: SARA_PERIOD }] } })).toBe(found ? 1 : 0);
  });

  it("reaches no intake form in the region", async () => {
    const scope = await scopeByEmail(email("tor"), "fe:read", "REGIONAL_KOORDINATOR");
    expect(await db().intakeForm.count({ where: intakeFormWhere(scope) })).toBe(0);
  });

  it("reaches a leader only while the LIS is employed in their department", async () => {
    const scope = await scopeByEmail(email("astrid"), "intake:read", "LEDER");
    const beforeEmployment = new Date(Date.UTC(1990, 0, 1));
    expect(await db().intakeForm.count({ where: { AND: [intakeFormWhere(scope, beforeEmployment), { id: saraForm }] } })).toBe(0);
    expect(await db().intakeForm.count({ where: { AND: [intakeFormWhere(scope), { id: saraForm }] } })).toBe(1);
  });
});

describe("notificationWhere", () => {
  it.each([
    ["the LIS the plan is about", "thomas", "LIS", "plan:read", true, false],
    ["another LIS (who reads their own)", "magnus", "LIS", "plan:read", false, true],
    ["the leader of the plan's department", "kari", "LEDER", "plan:read", true, false],
    ["a leader of another department", "bjorn", "LEDER", "plan:read", false, false],
    ["the plan's trust's local coordinator", "hilde", "LOKAL_KOORDINATOR", "plan:read", true, false],
    ["another trust's local coordinator", "anders", "LOKAL_KOORDINATOR", "plan:read", false, false],
    ["a regional coordinator", "tor", "REGIONAL_KOORDINATOR", "fe:read", false, false],
  ] as const)("%s: about Thomas's plan %s, Magnus's own %s", async (_who, key, role, capability, aboutPlan, own) => {
    const scope = await scopeByEmail(email(key), capability, role);
    expect(await db().notification.count({ where: { AND: [notificationWhere(scope), { id: aboutThomas }] } })).toBe(aboutPlan ? 1 : 0);
    expect(await db().notification.count({ where: { AND: [notificationWhere(scope), { id: toMagnus }] } })).toBe(own ? 1 : 0);
  });
});

describe("personWhere and organisationWhere", () => {
  it("gives the LIS themself only", async () => {
    const scope = await scopeByEmail(email("sara"), "person:read", "LIS");
    const people = await db().person.findMany({ where: personWhere(scope), select: { email: true } });
    expect(people.map((p) => p.email)).toEqual([email("sara")]);
  });

  it.each([
    ["the trust's local coordinator", "hilde", "LOKAL_KOORDINATOR", ["seed-org-nlsh"], ["seed-org-unn"]],
    ["a regional coordinator: the region's trusts, not another region's", "tor", "REGIONAL_KOORDINATOR", ["seed-org-nlsh", "seed-org-unn"], ["seed-org-helse-bergen", "seed-org-st-olavs"]],
  ] as const)("%s", async (_who, key, role, inside, outside) => {
    const scope = await scopeByEmail(email(key), "organisation:read", role);
    const ids = new Set((await db().organisation.findMany({ where: organisationWhere(scope), select: { id: true } })).map((o) => o.id));
    for (const id of inside) expect(ids.has(id), id).toBe(true);
    for (const id of outside) expect(ids.has(id), id).toBe(false);
  });
});
