// Fixtures for the authorization matrix (issue 8, "Done when" 1): on top of the demo seed, one object
// of every kind at every scope level *outside* a home cell, and in-scope "home" objects for controls.
//
// The home cell is Kirurgisk avdeling at Helgelandssykehuset (Helse Nord): the home actors are
// Jonas Eriksen (LIS there), Eirik Strand (its leader), Marit Sørensen (Helgeland's local coordinator)
// and Tor Henriksen (Helse Nord's regional coordinator), each holding only that one role.
// An object "foreign at level L" lies outside the home cell at exactly that level, in every dimension
// the builders look at (person, department, trust, region), and inside it above:
//   own         another LIS of the same department (Emma Solheim, Ingrid Nilsen, Vilde Nilsen)
//   department  another department of Helgeland (Medisinsk avdeling: Nora Lie, leader Solveig Moe)
//   trust       another Helse Nord trust Helgeland sends no LIS to (Finnmark), or Helgeland is no party of
//   region      Helse Midt-Norge: two trusts created here (Helse Møre og Romsdal sends, Helse
//               Nord-Trøndelag receives), neither a party of any Helse Nord fagavtale
// Ids are deterministic ("fx-…"); the demo's own rows keep their "seed-…" ids.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ScopeLevel } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";
import { addMonths, osloToday } from "@/lib/domain/calendar";
import { FAGAVTALE } from "@/lib/seed/demo-data";
import { ORG, SPEC } from "@/lib/seed/reference-data";

export type Level = ScopeLevel;
export const LEVELS: readonly Level[] = ["own", "department", "trust", "region"];

/** The home actors: each holds only the one role (see the demo's README table). */
export const HOME_ACTOR: Record<Role, string> = {
  LIS: "jonas.eriksen@eksempel.no",
  LEDER: "eirik.strand@eksempel.no",
  LOKAL_KOORDINATOR: "marit.sorensen@eksempel.no",
  REGIONAL_KOORDINATOR: "tor.henriksen@eksempel.no",
};

const REGION_HMN = "seed-region-hmn";
// Helse Midt-Norge's trusts are reference data (lib/seed/reference-data.ts).
const HMR = "seed-org-helse-more-og-romsdal";
const HNT = "seed-org-helse-nord-trondelag";
const DEPT = {
  helgelandKirurgi: "seed-dept-helgeland-kirurgi",
  helgelandMedisin: "seed-dept-helgeland-medisin",
  finnmarkKirurgi: "seed-dept-finnmark-kirurgi",
  unnGastkir: "seed-dept-unn-gastroenterologisk-kirurgi",
  hmrNevrologi: "fx-dept-hmr-nevrologi",
  hntNevrologi: "fx-dept-hnt-nevrologi",
} as const;
const PERSON = {
  jonas: "seed-person-jonas-eriksen",
  emma: "seed-person-emma-solheim",
  ingrid: "seed-person-ingrid-nilsen",
  nora: "seed-person-nora-lie",
  thomas: "seed-person-thomas-andreassen",
  sara: "seed-person-sara-mortensen",
  henrik: "seed-person-henrik-berg",
  eirik: "seed-person-eirik-strand",
  solveig: "seed-person-solveig-moe",
  ragnhild: "seed-person-ragnhild-johansen",
  astrid: "seed-person-astrid-haugen",
  kristoffer: "seed-person-kristoffer-lund",
  marit: "seed-person-marit-sorensen",
  r2Lis: "fx-person-kaja-brekke",
  r2Leder: "fx-person-per-vik",
  r2ReceivingLeder: "fx-person-guro-lien",
  r2Lokal: "fx-person-lene-aune",
  r2Regional: "fx-person-rune-saetre",
} as const;

type ByLevel = Record<Level, string>;
type AboveOwn = Omit<ByLevel, "own">;
type TrustAndRegion = Pick<ByLevel, "trust" | "region">;

/** Objects outside the home cell, by kind and level. A kind no LIS-level role reaches has no "own" object. */
export const FOREIGN = {
  person: { own: PERSON.emma, department: PERSON.nora, trust: "seed-person-mathias-hansen", region: PERSON.r2Lis },
  /** Another person's role assignment (role:switch). */
  roleAssignment: { own: "seed-role-emma-lis", department: "seed-role-solveig-leder-helgeland-medisin", trust: "seed-role-anders-lokal-finnmark", region: "fx-role-r2-regional" },
  employment: { own: "seed-employment-emma", department: "seed-employment-nora", trust: "seed-employment-mathias", region: "fx-employment-r2" },
  /** Employments a work list would show if it were not scoped: expired (Thomas, NLSH), awaiting approval (region). */
  planWorkEmployment: { own: "seed-employment-emma", department: "seed-employment-nora", trust: "seed-employment-thomas", region: "fx-employment-r2" },
  /** Employments the FE work list would show unscoped: Henrik (Finnmark, given an approved plan here), the region's LIS (registered on a replaced version). */
  feWorklistEmployment: { own: "seed-employment-vilde", department: "seed-employment-nora", trust: "seed-employment-henrik", region: "fx-employment-r2" },
  /** Plan versions; the region's is awaiting approval, so an unscoped approval would succeed. */
  planVersion: { own: "seed-plan-emma-v1", department: "seed-plan-nora-v1", trust: "seed-plan-mathias-v2", region: "fx-plan-r2-v3" },
  feRegistration: { own: "seed-fe-emma", department: "seed-fe-nora", trust: "seed-fe-mathias", region: "fx-fe-r2" },
  /** Spesialiseringsperioder (wishes): Emma's active wish, Nora's (offered), Mathias's queued one, the region's (offered). */
  period: { own: "seed-periode-emma-unn", department: "seed-periode-nora-nlsh", trust: "seed-periode-mathias-unn", region: "fx-periode-r2" },
  /** Needs (BEHOV), so an unscoped activation would succeed: Vilde's, Nora's second, Lars's (UNN), the region's second. */
  need: { own: "seed-periode-vilde-unn", department: "fx-periode-nora-need", trust: "seed-periode-lars-helse-bergen", region: "fx-periode-r2-need" },
  /** Live sessions of the foreign people (session ids are ≥ 22 characters). */
  session: { own: "fx-session-own-emma-aaaaaaaa", department: "fx-session-department-nora", trust: "fx-session-trust-mathias-aa", region: "fx-session-region-kaja-aaaa" },
  intakeForm: { own: "fx-intake-own", department: "fx-intake-department", trust: "fx-intake-trust", region: "fx-intake-region" },
  offer: { own: "fx-offer-own", department: "fx-offer-department", trust: "fx-offer-trust", region: "fx-offer-region" },
  notification: { own: "fx-notification-own", department: "fx-notification-department", trust: "fx-notification-trust", region: "fx-notification-region" },
  /** Trusts (a department-level foreign trust does not exist). */
  organisation: { trust: ORG.finnmark, region: HMR } satisfies TrustAndRegion,
  department: { department: DEPT.helgelandMedisin, trust: DEPT.finnmarkKirurgi, region: DEPT.hntNevrologi } satisfies AboveOwn,
  /** Department level: Helgeland→NLSH indremedisin touches neither Eirik's department nor its specialty. */
  fagavtale: { department: FAGAVTALE.helgelandNlshMedisin, trust: FAGAVTALE.finnmarkUnnKirurgi, region: "fx-fagavtale-r2" } satisfies AboveOwn,
  vacancy: { department: "fx-vacancy-department", trust: "fx-vacancy-trust", region: "fx-vacancy-region" } satisfies AboveOwn,
  conflict: { department: "fx-conflict-department", trust: "fx-conflict-trust", region: "fx-conflict-region" } satisfies AboveOwn,
} as const;

/**
 * Objects inside the home cell (every home actor reaches them), each in a state where the action
 * refuses for a reason *after* the scope check (already done, wrong state, stale): the controls show
 * that a probe reaches real objects, so a NOT_FOUND elsewhere is the scope speaking, not a typo.
 */
export const HOME = {
  person: PERSON.jonas,
  roleAssignment: "seed-role-jonas-lis",
  employment: "seed-employment-jonas",
  /** Expiring within 30 days: on the coordinator's plan work list. */
  planWorkEmployment: "seed-employment-emma",
  /** Approved plan, not in the FE: on the FE work list. */
  feWorklistEmployment: "seed-employment-vilde",
  /** Approved: cannot be signed, approved or returned (RULE). */
  planVersion: "seed-plan-jonas-v2",
  feRegistration: "seed-fe-jonas",
  /** Jonas's queued wish at UNN. */
  period: "seed-periode-jonas-unn",
  /** Emma's active wish at UNN, in the same sending group as Jonas's. */
  periodSameGroup: "seed-periode-emma-unn",
  /** Jonas's completed period at Nordlys: neither a need nor an active wish. */
  periodDone: "fx-periode-home-done",
  /** Vilde's need (BEHOV): not an active wish. */
  periodNeed: "seed-periode-vilde-nordlys",
  /** Approved by Eirik and forwarded by Marit. */
  intakeForm: "fx-intake-home",
  /** Declined by Jonas. */
  offer: "fx-offer-home",
  notification: "fx-notification-home",
  organisation: ORG.helgeland,
  department: DEPT.helgelandKirurgi,
  /** Helgeland → UNN generell kirurgi: Eirik's department's specialty, Helgeland home party. */
  fagavtale: FAGAVTALE.helgelandUnnKirurgi,
  /** Withdrawn (TRUKKET). */
  vacancy: "fx-vacancy-home",
  /** Open, at UNN, with Jonas among its candidates: what a coordinator's ranking list shows. */
  vacancyOpen: "fx-vacancy-unn",
  /** Decided (LOST). */
  conflict: "fx-conflict-home",
} as const;

/** Names used by probes that read text (CSV): the person behind each FE registration. */
export const FOREIGN_NAME: ByLevel = { own: "Emma Solheim", department: "Nora Lie", trust: "Mathias Hansen", region: "Kaja Brekke" };
export const HOME_NAME = "Jonas Eriksen";

const firstOfMonth = (d: Date, months: number) => addMonths(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)), months);

const intakeContent = (desiredStart: Date) => ({
  motivasjon: "Ønsker bred erfaring før spesialistgodkjenning.",
  onsketOppstart: desiredStart.toISOString().slice(0, 10),
  oppnaddeLaeringsmal: "Læringsmålene i del 1.",
  kontaktinfo: "telefon 900 00 000",
});

/** Writes the fixtures. Run once per test file, after `seedDemo()`. Valid against every CHECK/EXCLUDE of the schema. */
export async function seedForeignScope(db: PrismaClient, now: Date = new Date()): Promise<void> {
  const today = osloToday(now);
  const start = firstOfMonth(today, 4);
  const deadline = new Date(now.getTime() + 14 * 86_400_000);
  const past = (days: number) => new Date(now.getTime() - days * 86_400_000);

  // ─── Region level: Helse Midt-Norge ───
  // The reference trusts, with the fiktiv enhet the scenario needs (HNT: none).
  await db.organisation.update({ where: { id: HMR }, data: { feUnitName: "EXE LIS Helse Møre og Romsdal HF" } });
  await db.organisation.update({ where: { id: HNT }, data: { feUnitName: null } });
  await db.department.createMany({
    data: [
      { id: DEPT.hmrNevrologi, organisationId: HMR, name: "Nevrologisk avdeling", specialtyId: SPEC.nevrologi },
      { id: DEPT.hntNevrologi, organisationId: HNT, name: "Nevrologisk avdeling", specialtyId: SPEC.nevrologi },
    ],
  });
  await db.person.createMany({
    data: [
      { id: PERSON.r2Lis, name: "Kaja Brekke", email: "kaja.brekke@eksempel.no" },
      { id: PERSON.r2Leder, name: "Per Vik", email: "per.vik@eksempel.no" },
      { id: PERSON.r2ReceivingLeder, name: "Guro Lien", email: "guro.lien@eksempel.no" },
      { id: PERSON.r2Lokal, name: "Lene Aune", email: "lene.aune@eksempel.no" },
      { id: PERSON.r2Regional, name: "Rune Sætre", email: "rune.saetre@eksempel.no" },
    ],
  });
  const validFrom = addMonths(today, -30);
  await db.roleAssignment.createMany({
    data: [
      { id: "fx-role-r2-lis", personId: PERSON.r2Lis, role: "LIS", organisationId: HMR, validFrom },
      { id: "fx-role-r2-leder", personId: PERSON.r2Leder, role: "LEDER", departmentId: DEPT.hmrNevrologi, validFrom },
      { id: "fx-role-r2-leder-hnt", personId: PERSON.r2ReceivingLeder, role: "LEDER", departmentId: DEPT.hntNevrologi, validFrom },
      { id: "fx-role-r2-lokal", personId: PERSON.r2Lokal, role: "LOKAL_KOORDINATOR", organisationId: HMR, validFrom },
      { id: "fx-role-r2-regional", personId: PERSON.r2Regional, role: "REGIONAL_KOORDINATOR", regionId: REGION_HMN, validFrom },
    ],
  });
  const employmentStart = firstOfMonth(today, -24);
  await db.employment.create({
    data: {
      id: "fx-employment-r2",
      personId: PERSON.r2Lis,
      organisationId: HMR,
      departmentId: DEPT.hmrNevrologi,
      specialtyId: SPEC.nevrologi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i nevrologi",
      startDate: employmentStart,
    },
  });
  await db.fagavtale.create({
    data: {
      id: "fx-fagavtale-r2",
      homeOrganisationId: HMR,
      partnerOrganisationId: HNT,
      specialtyId: SPEC.nevrologi,
      partnerDepartmentId: DEPT.hntNevrologi,
      arenaName: "Nevrologisk avdeling",
      normertTidMonths: 6,
      capacityCount: 1,
      capacityUnit: "PER_AR",
      intakeProcedure: "EGET_SKJEMA",
      contactEmail: "lis@hnt.eksempel.no",
      validFrom: addMonths(today, -12),
    },
  });
  // v1 replaced by v2 (the FE registration still names v1: on the HMR work list), v3 awaiting approval.
  await db.plan.create({ data: { id: "fx-plan-r2", personId: PERSON.r2Lis, employmentId: "fx-employment-r2", createdAt: employmentStart } });
  const homePeriod = (versionId: string) => ({ id: `${versionId}-p1`, versionId, kind: "HJEMME" as const, departmentId: DEPT.hmrNevrologi, startDate: employmentStart, endDate: addMonths(employmentStart, 48) });
  await db.planVersion.createMany({
    data: [
      { id: "fx-plan-r2-v1", planId: "fx-plan-r2", versionNumber: 1, status: "ERSTATTET", createdById: PERSON.r2Leder, approvedAt: past(400), expiresAt: past(35) },
      { id: "fx-plan-r2-v2", planId: "fx-plan-r2", versionNumber: 2, status: "GODKJENT", basedOnVersionId: "fx-plan-r2-v1", createdById: PERSON.r2Leder, approvedAt: past(60), expiresAt: addMonths(past(60), 12) },
      { id: "fx-plan-r2-v3", planId: "fx-plan-r2", versionNumber: 3, status: "TIL_GODKJENNING", basedOnVersionId: "fx-plan-r2-v2", createdById: PERSON.r2Leder, submittedAt: past(2) },
    ],
  });
  await db.planPeriod.createMany({ data: ["fx-plan-r2-v1", "fx-plan-r2-v2", "fx-plan-r2-v3"].map(homePeriod) });
  await db.planSignature.createMany({
    data: [
      { id: "fx-plan-r2-v3-lis", versionId: "fx-plan-r2-v3", personId: PERSON.r2Lis, role: "LIS", signedAt: past(3) },
      { id: "fx-plan-r2-v3-leder", versionId: "fx-plan-r2-v3", personId: PERSON.r2Leder, role: "LEDER", signedAt: past(2) },
    ],
  });
  await db.feRegistration.create({
    data: { id: "fx-fe-r2", personId: PERSON.r2Lis, organisationId: HMR, employmentId: "fx-employment-r2", basedOnPlanVersionId: "fx-plan-r2-v1", registeredOn: osloToday(past(400)) },
  });
  await db.spesialiseringsperiode.create({
    data: {
      id: "fx-periode-r2",
      personId: PERSON.r2Lis,
      feRegistrationId: "fx-fe-r2",
      fagavtaleId: "fx-fagavtale-r2",
      receivingOrganisationId: HNT,
      specialtyId: SPEC.nevrologi,
      status: "TILBUDT",
      desiredStart: start,
      durationMonths: 6,
      queueDate: osloToday(past(90)),
    },
  });
  await db.spesialiseringsperiode.create({
    data: {
      id: "fx-periode-r2-need",
      personId: PERSON.r2Lis,
      feRegistrationId: "fx-fe-r2",
      fagavtaleId: "fx-fagavtale-r2",
      receivingOrganisationId: HNT,
      specialtyId: SPEC.nevrologi,
      desiredStart: addMonths(start, 12),
      durationMonths: 6,
    },
  });
  await db.vacancy.create({
    data: { id: "fx-vacancy-region", organisationId: HNT, departmentId: DEPT.hntNevrologi, specialtyId: SPEC.nevrologi, startDate: start, durationMonths: 6, posts: 2, drawSeed: "fx-region", createdById: PERSON.r2ReceivingLeder },
  });

  // ─── Helse Nord: department, trust and own level, and the home cell ───
  await db.vacancy.createMany({
    data: [
      // Department level: Helgeland's Medisinsk avdeling (Solveig Moe).
      { id: "fx-vacancy-department", organisationId: ORG.helgeland, departmentId: DEPT.helgelandMedisin, specialtyId: SPEC.indremedisin, startDate: start, durationMonths: 3, drawSeed: "fx-department", createdById: PERSON.solveig },
      // Trust level: Finnmark, which no Helgeland fagavtale sends LIS to (Ragnhild Johansen).
      { id: "fx-vacancy-trust", organisationId: ORG.finnmark, departmentId: DEPT.finnmarkKirurgi, specialtyId: SPEC.generellKirurgi, startDate: start, durationMonths: 6, posts: 2, drawSeed: "fx-trust", createdById: PERSON.ragnhild },
      // Home: withdrawn, at Eirik's own department.
      { id: "fx-vacancy-home", organisationId: ORG.helgeland, departmentId: DEPT.helgelandKirurgi, specialtyId: SPEC.generellKirurgi, startDate: start, durationMonths: 6, status: "TRUKKET", drawSeed: "fx-home", createdById: PERSON.eirik },
      // Home control for coordinators' rankings: open at UNN, where Jonas queues.
      { id: "fx-vacancy-unn", organisationId: ORG.unn, departmentId: DEPT.unnGastkir, specialtyId: SPEC.generellKirurgi, startDate: start, durationMonths: 6, drawSeed: "fx-unn", createdById: PERSON.kristoffer },
    ],
  });
  // Jonas's completed period at Nordlys (a control: not a need, not an active wish).
  await db.spesialiseringsperiode.create({
    data: {
      id: "fx-periode-home-done",
      personId: PERSON.jonas,
      feRegistrationId: "seed-fe-jonas",
      fagavtaleId: FAGAVTALE.helgelandNordlysKirurgi,
      receivingOrganisationId: ORG.nordlys,
      specialtyId: SPEC.generellKirurgi,
      status: "GJENNOMFORT",
      desiredStart: firstOfMonth(today, -9),
      durationMonths: 3,
      agreedStart: firstOfMonth(today, -9),
      agreedEnd: firstOfMonth(today, -6),
    },
  });
  // Nora's second need at NLSH (her first is offered below).
  await db.spesialiseringsperiode.create({
    data: {
      id: "fx-periode-nora-need",
      personId: PERSON.nora,
      feRegistrationId: "seed-fe-nora",
      fagavtaleId: FAGAVTALE.helgelandNlshMedisin,
      receivingOrganisationId: ORG.nlsh,
      specialtyId: SPEC.indremedisin,
      desiredStart: addMonths(start, 12),
      durationMonths: 3,
    },
  });
  // Offered periods are TILBUDT, as makeOffer leaves them.
  await db.spesialiseringsperiode.updateMany({
    where: { id: { in: ["seed-periode-nora-nlsh", "seed-periode-thomas-st-olavs", "seed-periode-ingrid-unn"] } },
    data: { status: "TILBUDT" },
  });
  const offer = (id: string, vacancyId: string, postNumber: number, periodId: string, personId: string, offeredById: string) => ({
    id,
    vacancyId,
    postNumber,
    spesialiseringsperiodeId: periodId,
    personId,
    rankAtOffer: 1,
    deadline,
    offeredById,
    offeredAt: past(1),
  });
  await db.offer.createMany({
    data: [
      offer("fx-offer-own", "fx-vacancy-trust", 2, "seed-periode-ingrid-unn", PERSON.ingrid, PERSON.ragnhild),
      offer("fx-offer-department", "fx-vacancy-department", 1, "seed-periode-nora-nlsh", PERSON.nora, PERSON.solveig),
      offer("fx-offer-trust", "fx-vacancy-trust", 1, "seed-periode-thomas-st-olavs", PERSON.thomas, PERSON.ragnhild),
      offer("fx-offer-region", "fx-vacancy-region", 1, "fx-periode-r2", PERSON.r2Lis, PERSON.r2ReceivingLeder),
      { ...offer("fx-offer-home", "fx-vacancy-home", 1, "seed-periode-jonas-unn", PERSON.jonas, PERSON.eirik), status: "AVSLATT", respondedAt: past(0.5), responseReason: "Passer ikke nå." },
    ],
  });

  const facts = (candidates: { id: string; personName: string; organisationId: string; organisationName: string }[]) => ({
    candidates: candidates.map((c) => ({ ...c, sendingRank: 1, waitingSince: null, waitingMonths: null, progressMonths: null })),
    explanation: "Kandidatene står likt (testdata).",
  });
  const conflicts = [
    { id: "fx-conflict-department", vacancyId: "fx-vacancy-department", period: "seed-periode-nora-nlsh", organisationId: ORG.helgeland, person: "Nora Lie", org: "Helgelandssykehuset HF" },
    { id: "fx-conflict-trust", vacancyId: "fx-vacancy-trust", period: "seed-periode-mathias-unn", organisationId: ORG.finnmark, person: "Mathias Hansen", org: "Finnmarkssykehuset HF" },
    { id: "fx-conflict-region", vacancyId: "fx-vacancy-region", period: "fx-periode-r2", organisationId: HMR, person: "Kaja Brekke", org: "Helse Møre og Romsdal HF" },
    { id: "fx-conflict-home", vacancyId: "fx-vacancy-home", period: "seed-periode-jonas-unn", organisationId: ORG.helgeland, person: "Jonas Eriksen", org: "Helgelandssykehuset HF" },
  ];
  for (const c of conflicts) {
    const decided = c.id === "fx-conflict-home";
    await db.conflict.create({
      data: {
        id: c.id,
        vacancyId: c.vacancyId,
        facts: facts([{ id: c.period, personName: c.person, organisationId: c.organisationId, organisationName: c.org }]),
        openedAt: past(3),
        ...(decided ? { status: "LOST" as const, resolvedAt: past(1), resolvedPeriodId: c.period } : {}),
        candidates: { create: [{ spesialiseringsperiodeId: c.period, organisationId: c.organisationId }] },
        steps: { create: [{ kind: "OPPRETTET", level: "AVDELING", byRole: "LEDER", outcome: "Samtidskonflikt opprettet", reason: "Kriteriene avgjør ikke (testdata).", at: past(3) }] },
      },
    });
  }

  const intake = (id: string, periodId: string, filledById: string, desiredStart: Date, approvedById: string | null, forwardedById: string | null = null) => ({
    id,
    spesialiseringsperiodeId: periodId,
    content: intakeContent(desiredStart),
    filledById,
    filledAt: past(5),
    leaderApprovedById: approvedById,
    leaderApprovedAt: approvedById ? past(4) : null,
    forwardedById,
    forwardedAt: forwardedById ? past(2) : null,
  });
  await db.intakeForm.createMany({
    data: [
      intake("fx-intake-own", "seed-periode-emma-unn", PERSON.emma, start, null),
      intake("fx-intake-department", "seed-periode-nora-nlsh", PERSON.nora, start, PERSON.solveig),
      // Sara (UNN) to Helse Bergen, which has its own form: approved by Astrid Haugen, not yet sent.
      intake("fx-intake-trust", "seed-periode-sara-helse-bergen", PERSON.sara, start, PERSON.astrid),
      intake("fx-intake-region", "fx-periode-r2", PERSON.r2Lis, start, PERSON.r2Leder),
      intake("fx-intake-home", "seed-periode-jonas-unn", PERSON.jonas, start, PERSON.eirik, PERSON.marit),
    ],
  });

  // Partner trusts told of a changed plan (the coordinator's plan work list shows these).
  const notification = (id: string, versionId: string, recipientOrganisationId: string) => ({
    id,
    kind: "plan-endret",
    recipientOrganisationId,
    subject: "Endret gjennomføringsplan",
    body: "Planen er revidert (testdata).",
    entityType: "PlanVersion",
    entityId: versionId,
    planVersionId: versionId,
    createdAt: past(1),
  });
  await db.notification.createMany({
    data: [
      notification("fx-notification-own", "seed-plan-emma-v1", ORG.unn),
      notification("fx-notification-department", "seed-plan-nora-v1", ORG.nlsh),
      notification("fx-notification-trust", "seed-plan-mathias-v2", ORG.unn),
      notification("fx-notification-region", "fx-plan-r2-v2", HNT),
      notification("fx-notification-home", "seed-plan-jonas-v2", ORG.unn),
    ],
  });

  // Live sessions of the foreign people (logging out everywhere must leave them alone).
  const sessionPeople: ByLevel = { own: PERSON.emma, department: PERSON.nora, trust: "seed-person-mathias-hansen", region: PERSON.r2Lis };
  await db.authSession.createMany({
    data: LEVELS.map((l) => ({ id: FOREIGN.session[l], personId: sessionPeople[l], createdAt: past(0.1), lastSeenAt: past(0.05), expiresAt: new Date(now.getTime() + 8 * 3_600_000) })),
  });

  // Henrik (Finnmark, vikariat 4 months) with an approved plan: on Finnmark's FE work list (blocked).
  await db.plan.create({ data: { id: "fx-plan-henrik", personId: PERSON.henrik, employmentId: "seed-employment-henrik" } });
  await db.planVersion.create({
    data: { id: "fx-plan-henrik-v1", planId: "fx-plan-henrik", versionNumber: 1, status: "GODKJENT", createdById: PERSON.ragnhild, approvedAt: past(1), expiresAt: addMonths(past(1), 12) },
  });
}

/**
 * An offer in Helse Midt-Norge whose answer deadline passed yesterday (to a second LIS there, on the
 * region's vacancy's second post). For "reads don't write" (issue 8 §6): a Helse Nord user's page view
 * must leave it alone. Returns its id.
 */
export async function addOverdueForeignOffer(db: PrismaClient, now: Date = new Date()): Promise<string> {
  const start = firstOfMonth(osloToday(now), 4);
  await db.person.create({ data: { id: "fx-person-ola-rones", name: "Ola Rønes", email: "ola.rones@eksempel.no" } });
  await db.spesialiseringsperiode.create({
    data: {
      id: "fx-periode-r2-overdue",
      personId: "fx-person-ola-rones",
      fagavtaleId: "fx-fagavtale-r2",
      receivingOrganisationId: HNT,
      specialtyId: SPEC.nevrologi,
      status: "TILBUDT",
      desiredStart: start,
      durationMonths: 6,
    },
  });
  const offer = await db.offer.create({
    data: {
      id: "fx-offer-region-overdue",
      vacancyId: "fx-vacancy-region",
      postNumber: 2,
      spesialiseringsperiodeId: "fx-periode-r2-overdue",
      personId: "fx-person-ola-rones",
      rankAtOffer: 2,
      deadline: new Date(now.getTime() - 86_400_000),
      offeredById: PERSON.r2ReceivingLeder,
      offeredAt: new Date(now.getTime() - 15 * 86_400_000),
    },
  });
  return offer.id;
}
