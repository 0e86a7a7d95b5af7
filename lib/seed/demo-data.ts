// Invented demo data (people, plans, queues) at the real trusts of reference-data.ts.
// Every row has a deterministic id; every date is relative to `now` so the demo always looks current.
// Pure data, no Prisma runtime: safe to import DEMO_ACCOUNTS from the login page.
import { DEMO_PERSON_ID_PREFIX } from "../domain/demo-mode.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { addDays, addMonths, firstOfMonth, MS_PER_DAY, osloToday } from "../domain/calendar.ts";
import { ORG, SPEC, goalId } from "./reference-data.ts";
import { PLAN_VALIDITY_MONTHS } from "../domain/rules.ts";
import { demoEntraObjectId, demoHprNumber } from "./demo-hpr.ts";

export const DEMO_PASSWORD = "demo1234";

// ─── Dates ────────────────────────────────────────────────────────────────────

/** 1 February (spring semester start) at least 60 days after `today`. */
function nextSpringStart(today: Date): Date {
  let year = today.getUTCFullYear();
  while (Date.UTC(year, 1, 1) - today.getTime() < 60 * MS_PER_DAY) year++;
  return new Date(Date.UTC(year, 1, 1));
}

// ─── People ───────────────────────────────────────────────────────────────────

/** "Anders Hætta" → "anders.haetta@eksempel.no". */
export function demoEmail(name: string): string {
  const local = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .split(/\s+/)
    .join(".");
  return `${local}@eksempel.no`;
}

type DemoPersonSeed = { key: string; name: string; roles: string };

const person = (key: string, name: string, roles: string): DemoPersonSeed => ({ key, name, roles });

/** Everyone who can log in, with a Norwegian description of their roles. */
const PEOPLE = [
  person("siri", "Siri Mikkelsen", "Regional koordinator, Helse Nord; lokal koordinator, UNN"),
  person("tor", "Tor Henriksen", "Regional koordinator, Helse Nord"),
  person("hilde", "Hilde Pedersen", "Lokal koordinator, NLSH"),
  person("marit", "Marit Sørensen", "Lokal koordinator, Helgeland"),
  person("anders", "Anders Hætta", "Lokal koordinator, Finnmark"),
  person("kristoffer", "Kristoffer Lund", "Leder, Gastroenterologisk kirurgi, UNN (mottakende avdeling)"),
  person("olemartin", "Ole Martin Berg", "Leder, Anestesiavdelingen, UNN"),
  person("astrid", "Astrid Haugen", "Leder, Plastikkirurgisk avdeling, UNN"),
  person("eirik", "Eirik Strand", "Leder, Kirurgisk avdeling, Helgeland"),
  person("solveig", "Solveig Moe", "Leder, Medisinsk avdeling, Helgeland"),
  person("ragnhild", "Ragnhild Johansen", "Leder, Anestesiavdelingen og Kirurgisk avdeling, Finnmark"),
  person("kari", "Kari Johnsen", "Leder, Nevrologisk avdeling, NLSH"),
  person("bjorn", "Bjørn Olsen", "Leder, Medisinsk avdeling, NLSH"),
  person("jonas", "Jonas Eriksen", "LIS generell kirurgi, Helgeland (fast; i kø ved UNN, prioritet 1)"),
  person("emma", "Emma Solheim", "LIS generell kirurgi, Helgeland (fast; ønske UNN, prioritet 2; plan utløper snart)"),
  person("mathias", "Mathias Hansen", "LIS generell kirurgi, Finnmark (fast; i kø ved UNN, lengst ventetid)"),
  person("sara", "Sara Mortensen", "LIS plastikkirurgi, UNN (fast; ønske Helse Bergen, forkunnskaper oppfylt)"),
  person("lars", "Lars Nordby", "LIS plastikkirurgi, UNN (fast; behov Helse Bergen, mangler ett forkunnskapsmål)"),
  person("thomas", "Thomas Andreassen", "LIS nevrologi, NLSH (fast; plangodkjenning utløpt)"),
  person("ida", "Ida Karlsen", "LIS nevrologi, NLSH (ny, fast; mangler plan – fristen er passert)"),
  person("sofie", "Sofie Dahl", "LIS indremedisin del 2, NLSH (fast; godkjent plan)"),
  person("nora", "Nora Lie", "LIS indremedisin del 2, Helgeland (vikariat 12 mnd; i fiktiv enhet, ikke tildelbar)"),
  person("magnus", "Magnus Larsen", "LIS anestesiologi, Finnmark (fast; plan under arbeid)"),
  person("henrik", "Henrik Berg", "LIS anestesiologi, Finnmark (vikariat 4 mnd; ikke i fiktiv enhet)"),
  person("vilde", "Vilde Nilsen", "LIS generell kirurgi, Helgeland (fast; godkjent plan, ikke registrert i fiktiv enhet)"),
  person("ingrid", "Ingrid Nilsen", "LIS generell kirurgi, Helgeland (fast; i kø ved UNN høsten, likt med Even Aas)"),
  person("even", "Even Aas", "LIS generell kirurgi, Finnmark (fast; i kø ved UNN høsten, likt med Ingrid Nilsen)"),
  person("maja", "Maja Kristiansen", "LIS indremedisin del 2, Helgeland (fast; behov i generell kirurgi ved Nordlys – annen spesialitet)"),
  person("jakob", "Jakob Aune", "LIS plastikkirurgi, UNN (fast; behov OUS etter at fagavtalen utløper)"),
  // One regional coordinator for each of the other regions (issue 9 §1).
  person("ingeborg", "Ingeborg Bakke", "Regional koordinator, Helse Sør-Øst"),
  person("haakon", "Håkon Vold", "Regional koordinator, Helse Midt-Norge"),
  person("synnove", "Synnøve Grieg", "Regional koordinator, Helse Vest"),
] as const;

type PersonKey = (typeof PEOPLE)[number]["key"];

const personId = (key: PersonKey) => {
  const p = PEOPLE.find((x) => x.key === key)!;
  return `${DEMO_PERSON_ID_PREFIX}${demoEmail(p.name).split("@")[0]!.replace(/\./g, "-")}`;
};

export type DemoAccount = { email: string; name: string; roles: string; password: typeof DEMO_PASSWORD };

/** Demo logins for the login page and README; all share the password "demo1234". */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = PEOPLE.map((p) => ({
  email: demoEmail(p.name),
  name: p.name,
  roles: p.roles,
  password: DEMO_PASSWORD,
}));

// ─── Departments (læringsarenaer) ─────────────────────────────────────────────

export const DEPT = {
  unnKlinikk: "seed-dept-unn-kirurgi-klinikk",
  unnGastkir: "seed-dept-unn-gastroenterologisk-kirurgi",
  unnPlastkir: "seed-dept-unn-plastikkirurgi",
  unnAnestesi: "seed-dept-unn-anestesi",
  unnNevrologi: "seed-dept-unn-nevrologi",
  nlshNevrologi: "seed-dept-nlsh-nevrologi",
  nlshMedisin: "seed-dept-nlsh-medisin",
  nlshKirurgi: "seed-dept-nlsh-kirurgi",
  helgelandKirurgi: "seed-dept-helgeland-kirurgi",
  helgelandMedisin: "seed-dept-helgeland-medisin",
  finnmarkKirurgi: "seed-dept-finnmark-kirurgi",
  finnmarkAnestesi: "seed-dept-finnmark-anestesi",
  bergenPlastkir: "seed-dept-helse-bergen-plastikkirurgi",
  ousPlastkir: "seed-dept-ous-plastikkirurgi",
  stOlavsNevrologi: "seed-dept-st-olavs-nevrologi",
  nordlysDagkirurgi: "seed-dept-nordlys-dagkirurgi",
} as const;

/** Parents before children. */
const DEPARTMENTS: Prisma.DepartmentUncheckedCreateInput[] = [
  { id: DEPT.unnKlinikk, organisationId: ORG.unn, name: "Kirurgi-, kreft- og kvinnehelseklinikken", kind: "KLINIKK" },
  { id: DEPT.unnGastkir, organisationId: ORG.unn, name: "Gastroenterologisk kirurgi", parentId: DEPT.unnKlinikk, specialtyId: SPEC.generellKirurgi },
  { id: DEPT.unnPlastkir, organisationId: ORG.unn, name: "Plastikkirurgisk avdeling", parentId: DEPT.unnKlinikk, specialtyId: SPEC.plastikkirurgi },
  { id: DEPT.unnAnestesi, organisationId: ORG.unn, name: "Anestesiavdelingen", specialtyId: SPEC.anestesiologi },
  { id: DEPT.unnNevrologi, organisationId: ORG.unn, name: "Nevrologisk avdeling", specialtyId: SPEC.nevrologi },
  { id: DEPT.nlshNevrologi, organisationId: ORG.nlsh, name: "Nevrologisk avdeling", specialtyId: SPEC.nevrologi },
  { id: DEPT.nlshMedisin, organisationId: ORG.nlsh, name: "Medisinsk avdeling", specialtyId: SPEC.indremedisin },
  { id: DEPT.nlshKirurgi, organisationId: ORG.nlsh, name: "Kirurgisk avdeling", specialtyId: SPEC.generellKirurgi },
  { id: DEPT.helgelandKirurgi, organisationId: ORG.helgeland, name: "Kirurgisk avdeling", specialtyId: SPEC.generellKirurgi },
  { id: DEPT.helgelandMedisin, organisationId: ORG.helgeland, name: "Medisinsk avdeling", specialtyId: SPEC.indremedisin },
  { id: DEPT.finnmarkKirurgi, organisationId: ORG.finnmark, name: "Kirurgisk avdeling", specialtyId: SPEC.generellKirurgi },
  { id: DEPT.finnmarkAnestesi, organisationId: ORG.finnmark, name: "Anestesiavdelingen", specialtyId: SPEC.anestesiologi },
  { id: DEPT.bergenPlastkir, organisationId: ORG.helseBergen, name: "Plastikk- og rekonstruktiv kirurgi", specialtyId: SPEC.plastikkirurgi },
  { id: DEPT.ousPlastkir, organisationId: ORG.ous, name: "Plastikk- og rekonstruksjonskirurgi", specialtyId: SPEC.plastikkirurgi },
  { id: DEPT.stOlavsNevrologi, organisationId: ORG.stOlavs, name: "Nevrologisk avdeling", specialtyId: SPEC.nevrologi },
  { id: DEPT.nordlysDagkirurgi, organisationId: ORG.nordlys, name: "Dagkirurgisk avdeling", specialtyId: SPEC.generellKirurgi },
];

// ─── Roles ────────────────────────────────────────────────────────────────────

const LOCAL_COORDINATOR: Record<string, PersonKey> = {
  [ORG.unn]: "siri",
  [ORG.nlsh]: "hilde",
  [ORG.helgeland]: "marit",
  [ORG.finnmark]: "anders",
};

const LEADERS: { key: PersonKey; departmentId: string }[] = [
  { key: "kristoffer", departmentId: DEPT.unnGastkir },
  { key: "olemartin", departmentId: DEPT.unnAnestesi },
  { key: "astrid", departmentId: DEPT.unnPlastkir },
  { key: "eirik", departmentId: DEPT.helgelandKirurgi },
  { key: "solveig", departmentId: DEPT.helgelandMedisin },
  { key: "ragnhild", departmentId: DEPT.finnmarkAnestesi },
  { key: "ragnhild", departmentId: DEPT.finnmarkKirurgi },
  { key: "kari", departmentId: DEPT.nlshNevrologi },
  { key: "bjorn", departmentId: DEPT.nlshMedisin },
];

const leaderOf = (departmentId: string): PersonKey => {
  const l = LEADERS.find((x) => x.departmentId === departmentId);
  if (!l) throw new Error(`demo-data: no leader for ${departmentId}`);
  return l.key;
};

// ─── Fagavtaler ───────────────────────────────────────────────────────────────

export const FAGAVTALE = {
  helgelandUnnKirurgi: "seed-fagavtale-helgeland-unn-generell-kirurgi",
  finnmarkUnnKirurgi: "seed-fagavtale-finnmark-unn-generell-kirurgi",
  finnmarkUnnAnestesi: "seed-fagavtale-finnmark-unn-anestesiologi",
  nlshUnnNevrologi: "seed-fagavtale-nlsh-unn-nevrologi",
  helgelandNlshMedisin: "seed-fagavtale-helgeland-nlsh-indremedisin",
  unnBergenPlastkir: "seed-fagavtale-unn-helse-bergen-plastikkirurgi",
  nlshStOlavsNevrologi: "seed-fagavtale-nlsh-st-olavs-nevrologi",
  unnOusPlastkir: "seed-fagavtale-unn-ous-plastikkirurgi",
  helgelandNordlysKirurgi: "seed-fagavtale-helgeland-nordlys-generell-kirurgi",
  nlshNevrologpraksis: "seed-fagavtale-nlsh-nevrologpraksis-nevrologi",
} as const;

type FagavtaleSeed = Prisma.FagavtaleUncheckedCreateInput & {
  id: string;
  partnerOrganisationId: string;
  specialtyId: string;
  normertTidMonths: number;
  dekkes: string[];
  forkunnskap: string[];
};

function fagavtaler(today: Date): FagavtaleSeed[] {
  const validFrom = addMonths(firstOfMonth(today), -24);
  const common = { validFrom, createdAt: validFrom, updatedAt: validFrom };
  return [
    {
      id: FAGAVTALE.helgelandUnnKirurgi,
      homeOrganisationId: ORG.helgeland,
      partnerOrganisationId: ORG.unn,
      specialtyId: SPEC.generellKirurgi,
      partnerDepartmentId: DEPT.unnGastkir,
      arenaName: "Gastroenterologisk kirurgi",
      normertTidMonths: 6,
      capacityCount: 2,
      capacityUnit: "PER_SEMESTER",
      intakeProcedure: "HELSE_NORD_TILDELING",
      ...common,
      dekkes: ["GENKIR-02", "GENKIR-03", "GENKIR-05"],
      forkunnskap: ["GENKIR-01"],
    },
    {
      id: FAGAVTALE.finnmarkUnnKirurgi,
      homeOrganisationId: ORG.finnmark,
      partnerOrganisationId: ORG.unn,
      specialtyId: SPEC.generellKirurgi,
      partnerDepartmentId: DEPT.unnGastkir,
      arenaName: "Gastroenterologisk kirurgi",
      normertTidMonths: 6,
      capacityCount: 1,
      capacityUnit: "PER_SEMESTER",
      intakeProcedure: "HELSE_NORD_TILDELING",
      ...common,
      dekkes: ["GENKIR-02", "GENKIR-03", "GENKIR-05"],
      forkunnskap: ["GENKIR-01"],
    },
    {
      id: FAGAVTALE.finnmarkUnnAnestesi,
      homeOrganisationId: ORG.finnmark,
      partnerOrganisationId: ORG.unn,
      specialtyId: SPEC.anestesiologi,
      partnerDepartmentId: DEPT.unnAnestesi,
      arenaName: "Anestesiavdelingen",
      normertTidMonths: 6,
      capacityCount: 2,
      capacityUnit: "PER_AR",
      intakeProcedure: "HELSE_NORD_TILDELING",
      ...common,
      dekkes: ["ANE-03", "ANE-05", "ANE-06"],
      forkunnskap: [],
    },
    {
      id: FAGAVTALE.nlshUnnNevrologi,
      homeOrganisationId: ORG.nlsh,
      partnerOrganisationId: ORG.unn,
      specialtyId: SPEC.nevrologi,
      partnerDepartmentId: DEPT.unnNevrologi,
      arenaName: "Nevrologisk avdeling",
      normertTidMonths: 6,
      capacityCount: 2,
      capacityUnit: "PER_AR",
      intakeProcedure: "HELSE_NORD_TILDELING",
      ...common,
      dekkes: ["NEV-02", "NEV-04", "NEV-06"],
      forkunnskap: ["NEV-01"],
    },
    {
      id: FAGAVTALE.helgelandNlshMedisin,
      homeOrganisationId: ORG.helgeland,
      partnerOrganisationId: ORG.nlsh,
      specialtyId: SPEC.indremedisin,
      partnerDepartmentId: DEPT.nlshMedisin,
      arenaName: "Medisinsk avdeling",
      normertTidMonths: 3,
      capacityCount: 2,
      capacityUnit: "PER_AR",
      intakeProcedure: "HELSE_NORD_TILDELING",
      validTo: addMonths(firstOfMonth(today), 18),
      ...common,
      dekkes: ["MED-02", "MED-03"],
      forkunnskap: [],
    },
    {
      // seed 000 §Helse Vest: 1 LIS per spring semester for UNN, via Helse Bergen's own form.
      id: FAGAVTALE.unnBergenPlastkir,
      homeOrganisationId: ORG.unn,
      partnerOrganisationId: ORG.helseBergen,
      specialtyId: SPEC.plastikkirurgi,
      partnerDepartmentId: DEPT.bergenPlastkir,
      arenaName: "Plastikk- og rekonstruktiv kirurgi",
      normertTidMonths: 6,
      capacityCount: 1,
      capacityUnit: "VARSEMESTER",
      intakeProcedure: "EGET_SKJEMA",
      contactName: "Hanne Aasen",
      contactEmail: "hanne.aasen@eksempel.no",
      notes: "Skjema fylles ut av LIS og leder og sendes via lokal koordinator ved UNN.",
      ...common,
      dekkes: ["PLAST-03", "PLAST-04", "PLAST-05"],
      forkunnskap: ["PLAST-01", "PLAST-02"],
    },
    {
      // seed 000: St. Olavs requires an innmeldingsskjema sent to their contact person.
      id: FAGAVTALE.nlshStOlavsNevrologi,
      homeOrganisationId: ORG.nlsh,
      partnerOrganisationId: ORG.stOlavs,
      specialtyId: SPEC.nevrologi,
      partnerDepartmentId: DEPT.stOlavsNevrologi,
      arenaName: "Nevrologisk avdeling",
      normertTidMonths: 6,
      capacityCount: 1,
      capacityUnit: "PER_AR",
      intakeProcedure: "EGET_SKJEMA",
      contactName: "Eivind Rønning",
      contactEmail: "eivind.ronning@eksempel.no",
      notes: "Innmeldingsskjema sendes kontaktpersonen ved St. Olavs via lokal koordinator.",
      ...common,
      dekkes: ["NEV-03", "NEV-05", "NEV-06"],
      forkunnskap: ["NEV-01"],
    },
    {
      // OUS ranks by its own rule (Organisation.policyOverride = OUS inside Helse Sør-Øst), seed 000 §OUS.
      id: FAGAVTALE.unnOusPlastkir,
      homeOrganisationId: ORG.unn,
      partnerOrganisationId: ORG.ous,
      specialtyId: SPEC.plastikkirurgi,
      partnerDepartmentId: DEPT.ousPlastkir,
      arenaName: "Plastikk- og rekonstruksjonskirurgi",
      normertTidMonths: 6,
      capacityCount: 1,
      capacityUnit: "PER_AR",
      intakeProcedure: "HELSE_NORD_TILDELING",
      validTo: addMonths(firstOfMonth(today), 12),
      ...common,
      dekkes: ["PLAST-05", "PLAST-06"],
      forkunnskap: ["PLAST-01"],
    },
    {
      id: FAGAVTALE.helgelandNordlysKirurgi,
      homeOrganisationId: ORG.helgeland,
      partnerOrganisationId: ORG.nordlys,
      specialtyId: SPEC.generellKirurgi,
      partnerDepartmentId: DEPT.nordlysDagkirurgi,
      arenaName: "Dagkirurgisk avdeling",
      normertTidMonths: 3,
      capacityCount: 4,
      capacityUnit: "PER_AR",
      intakeProcedure: "HELSE_NORD_TILDELING",
      ...common,
      dekkes: ["GENKIR-04", "GENKIR-05"],
      forkunnskap: [],
    },
    {
      id: FAGAVTALE.nlshNevrologpraksis,
      homeOrganisationId: ORG.nlsh,
      partnerOrganisationId: ORG.nevrologpraksis,
      specialtyId: SPEC.nevrologi,
      partnerDepartmentId: null,
      arenaName: "Nevrologisk poliklinikk (avtalespesialist)",
      normertTidMonths: 3,
      capacityCount: 1,
      capacityUnit: "PER_AR",
      intakeProcedure: "HELSE_NORD_TILDELING",
      ...common,
      dekkes: ["NEV-01", "NEV-05"],
      forkunnskap: [],
    },
  ];
}

// ─── LIS: employments, plans, FE, spesialiseringsperioder ─────────────────────

type PeriodSpec =
  | { kind: "HJEMME"; departmentId: string; start: Date; end: Date; activities: string }
  | { kind: "SPESIALISERINGSPERIODE"; fagavtaleId: string; start: Date; end: Date; activities: string };

type VersionSpec = {
  n: number;
  status: "UTKAST" | "GODKJENT" | "ERSTATTET";
  /** Approval time for GODKJENT/ERSTATTET; the draft's creation time for UTKAST. */
  at: Date;
  courses: string;
  periods: PeriodSpec[];
};

type WishSpec = {
  key: string;
  fagavtaleId: string;
  status: "BEHOV" | "ONSKE" | "I_KO" | "GJENNOMFORT";
  desiredStart: Date;
  /** Index into the current version's periods of the planned spesialiseringsperiode. */
  planPeriodIndex?: number;
  queueDate?: Date;
  sendingRank?: number;
  sendingRankReason?: string;
  agreed?: { start: Date; end: Date };
  createdAt: Date;
};

type LisSpec = {
  key: PersonKey;
  organisationId: string;
  departmentId: string;
  specialtyId: string;
  type: "FAST" | "VIKARIAT";
  part: "DEL2" | "DEL3";
  title: string;
  start: Date;
  end?: Date;
  versions: VersionSpec[];
  /** FE registration (seniority) date; based on the latest approved version. */
  feRegisteredOn?: Date;
  achieved: string[];
  wishes: WishSpec[];
};

const home = (departmentId: string, start: Date, end: Date, activities = "Klinisk tjeneste, vakt og internundervisning i avdelingen."): PeriodSpec => ({
  kind: "HJEMME",
  departmentId,
  start,
  end,
  activities,
});

const away = (fagavtaleId: string, start: Date, end: Date, activities = "Gjennomstrømningsstilling med veiledet klinisk tjeneste og prosedyretrening."): PeriodSpec => ({
  kind: "SPESIALISERINGSPERIODE",
  fagavtaleId,
  start,
  end,
  activities,
});

function lisSpecs(now: Date, today: Date): LisSpec[] {
  const month = (n: number) => addMonths(today, n);
  const monthStart = (n: number) => firstOfMonth(addMonths(today, n));
  const ts = (months: number, days = 0) => addDays(addMonths(now, months), days);
  const spring = nextSpringStart(today);

  // Same desired start for Jonas (Helgeland) and Mathias (Finnmark): a samtidskonflikt in waiting.
  const kirurgiStart = monthStart(4);

  return [
    {
      key: "jonas",
      organisationId: ORG.helgeland,
      departmentId: DEPT.helgelandKirurgi,
      specialtyId: SPEC.generellKirurgi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i generell kirurgi",
      start: monthStart(-30),
      versions: [
        {
          n: 1,
          status: "ERSTATTET",
          at: ts(-14),
          courses: "Grunnkurs i generell kirurgi; ATLS",
          periods: [
            home(DEPT.helgelandKirurgi, monthStart(-30), monthStart(2)),
            away(FAGAVTALE.helgelandUnnKirurgi, monthStart(2), monthStart(8)),
            home(DEPT.helgelandKirurgi, monthStart(8), monthStart(30)),
          ],
        },
        {
          n: 2,
          status: "GODKJENT",
          at: ts(-3),
          courses: "Grunnkurs i generell kirurgi; ATLS; kurs i laparoskopi",
          periods: [
            home(DEPT.helgelandKirurgi, monthStart(-30), kirurgiStart),
            away(FAGAVTALE.helgelandUnnKirurgi, kirurgiStart, addMonths(kirurgiStart, 6)),
            home(DEPT.helgelandKirurgi, addMonths(kirurgiStart, 6), monthStart(30)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-14)),
      achieved: ["GENKIR-01", "GENKIR-04", "FKM-01", "FKM-02"],
      wishes: [
        {
          key: "unn",
          fagavtaleId: FAGAVTALE.helgelandUnnKirurgi,
          status: "I_KO",
          desiredStart: kirurgiStart,
          planPeriodIndex: 1,
          queueDate: month(-2),
          sendingRank: 1,
          sendingRankReason: "Lengst ansiennitet i fiktiv enhet ved Helgelandssykehuset.",
          createdAt: ts(-3, 5),
        },
      ],
    },
    // Ingrid (Helgeland) and Even (Finnmark): same desired start, FE registration in the same month and
    // the same progression — the criteria do not settle it: a samtidskonflikt for the regional coordinator.
    ...(["ingrid", "even"] as const).map((key): LisSpec => {
      const helgeland = key === "ingrid";
      const dept = helgeland ? DEPT.helgelandKirurgi : DEPT.finnmarkKirurgi;
      const fagavtaleId = helgeland ? FAGAVTALE.helgelandUnnKirurgi : FAGAVTALE.finnmarkUnnKirurgi;
      const tieStart = monthStart(10);
      return {
        key,
        organisationId: helgeland ? ORG.helgeland : ORG.finnmark,
        departmentId: dept,
        specialtyId: SPEC.generellKirurgi,
        type: "FAST",
        part: "DEL3",
        title: "Lege i spesialisering i generell kirurgi",
        start: monthStart(-30),
        versions: [
          {
            n: 1,
            status: "GODKJENT",
            at: ts(-3, helgeland ? 0 : 3),
            courses: "Grunnkurs i generell kirurgi; ATLS",
            periods: [
              home(dept, monthStart(-30), tieStart),
              away(fagavtaleId, tieStart, addMonths(tieStart, 6)),
              home(dept, addMonths(tieStart, 6), monthStart(30)),
            ],
          },
        ],
        feRegisteredOn: addDays(monthStart(-2), helgeland ? 2 : 9),
        achieved: ["GENKIR-01", "FKM-01"],
        wishes: [
          {
            key: "unn",
            fagavtaleId,
            status: "I_KO",
            desiredStart: tieStart,
            planPeriodIndex: 1,
            queueDate: addDays(monthStart(-1), 3),
            sendingRank: helgeland ? 3 : 2,
            sendingRankReason: helgeland ? "Ønsket start etter Jonas Eriksen og Emma Solheim." : "Ønsket start etter Mathias Hansen.",
            createdAt: ts(-1),
          },
        ],
      };
    }),
    {
      key: "emma",
      organisationId: ORG.helgeland,
      departmentId: DEPT.helgelandKirurgi,
      specialtyId: SPEC.generellKirurgi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i generell kirurgi",
      start: monthStart(-18),
      versions: [
        {
          // Approved ~11.5 months ago: expires within 30 days.
          n: 1,
          status: "GODKJENT",
          at: ts(-12, 15),
          courses: "Grunnkurs i generell kirurgi",
          periods: [
            home(DEPT.helgelandKirurgi, monthStart(-18), monthStart(5)),
            away(FAGAVTALE.helgelandUnnKirurgi, monthStart(5), monthStart(11)),
            home(DEPT.helgelandKirurgi, monthStart(11), monthStart(36)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-12, 15)),
      achieved: ["GENKIR-01", "FKM-01"],
      wishes: [
        {
          key: "unn",
          fagavtaleId: FAGAVTALE.helgelandUnnKirurgi,
          status: "ONSKE",
          desiredStart: monthStart(5),
          planPeriodIndex: 1,
          sendingRank: 2,
          sendingRankReason: "Kortere ansiennitet enn Jonas Eriksen; ønsket start er senere.",
          createdAt: ts(-1),
        },
      ],
    },
    {
      key: "mathias",
      organisationId: ORG.finnmark,
      departmentId: DEPT.finnmarkKirurgi,
      specialtyId: SPEC.generellKirurgi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i generell kirurgi",
      start: monthStart(-36),
      versions: [
        {
          n: 1,
          status: "ERSTATTET",
          at: ts(-16),
          courses: "Grunnkurs i generell kirurgi; ATLS",
          periods: [
            home(DEPT.finnmarkKirurgi, monthStart(-36), monthStart(1)),
            away(FAGAVTALE.finnmarkUnnKirurgi, monthStart(1), monthStart(7)),
            home(DEPT.finnmarkKirurgi, monthStart(7), monthStart(24)),
          ],
        },
        {
          n: 2,
          status: "GODKJENT",
          at: ts(-3, -5),
          courses: "Grunnkurs i generell kirurgi; ATLS; endoskopikurs",
          periods: [
            home(DEPT.finnmarkKirurgi, monthStart(-36), kirurgiStart),
            away(FAGAVTALE.finnmarkUnnKirurgi, kirurgiStart, addMonths(kirurgiStart, 6)),
            home(DEPT.finnmarkKirurgi, addMonths(kirurgiStart, 6), monthStart(24)),
          ],
        },
      ],
      // Registered before Jonas: Finnmark has waited longest for UNN generell kirurgi.
      feRegisteredOn: osloToday(ts(-16)),
      achieved: ["GENKIR-01", "GENKIR-04", "FKM-01", "FKM-02", "FKM-03"],
      wishes: [
        {
          key: "unn",
          fagavtaleId: FAGAVTALE.finnmarkUnnKirurgi,
          status: "I_KO",
          desiredStart: kirurgiStart,
          planPeriodIndex: 1,
          queueDate: month(-3),
          sendingRank: 1,
          createdAt: ts(-3),
        },
      ],
    },
    {
      key: "sara",
      organisationId: ORG.unn,
      departmentId: DEPT.unnPlastkir,
      specialtyId: SPEC.plastikkirurgi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i plastikkirurgi",
      start: monthStart(-40),
      versions: [
        {
          n: 1,
          status: "ERSTATTET",
          at: ts(-12, -10),
          courses: "Grunnkurs i plastikkirurgi",
          periods: [
            home(DEPT.unnPlastkir, monthStart(-40), addMonths(spring, 12)),
            away(FAGAVTALE.unnBergenPlastkir, addMonths(spring, 12), addMonths(spring, 18)),
            home(DEPT.unnPlastkir, addMonths(spring, 18), addMonths(spring, 30)),
          ],
        },
        {
          n: 2,
          status: "GODKJENT",
          at: ts(-3, 4),
          courses: "Grunnkurs i plastikkirurgi; kurs i mikrokirurgi",
          periods: [
            home(DEPT.unnPlastkir, monthStart(-40), spring),
            away(FAGAVTALE.unnBergenPlastkir, spring, addMonths(spring, 6)),
            home(DEPT.unnPlastkir, addMonths(spring, 6), addMonths(spring, 24)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-12, -10)),
      achieved: ["PLAST-01", "PLAST-02", "FKM-01", "FKM-04"],
      wishes: [
        {
          key: "helse-bergen",
          fagavtaleId: FAGAVTALE.unnBergenPlastkir,
          status: "ONSKE",
          desiredStart: spring,
          planPeriodIndex: 1,
          createdAt: ts(-2),
        },
      ],
    },
    {
      key: "lars",
      organisationId: ORG.unn,
      departmentId: DEPT.unnPlastkir,
      specialtyId: SPEC.plastikkirurgi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i plastikkirurgi",
      start: monthStart(-20),
      versions: [
        {
          n: 1,
          status: "GODKJENT",
          at: ts(-4),
          courses: "Grunnkurs i plastikkirurgi",
          periods: [
            home(DEPT.unnPlastkir, monthStart(-20), addMonths(spring, 12)),
            away(FAGAVTALE.unnBergenPlastkir, addMonths(spring, 12), addMonths(spring, 18)),
            home(DEPT.unnPlastkir, addMonths(spring, 18), addMonths(spring, 36)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-4)),
      // Lacks PLAST-02, a prerequisite of the Helse Bergen fagavtale.
      achieved: ["PLAST-01", "FKM-01"],
      wishes: [
        {
          key: "helse-bergen",
          fagavtaleId: FAGAVTALE.unnBergenPlastkir,
          status: "BEHOV",
          desiredStart: addMonths(spring, 12),
          planPeriodIndex: 1,
          createdAt: ts(-4),
        },
      ],
    },
    {
      key: "thomas",
      organisationId: ORG.nlsh,
      departmentId: DEPT.nlshNevrologi,
      specialtyId: SPEC.nevrologi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i nevrologi",
      start: monthStart(-48),
      versions: [
        {
          // Approved 13 months ago: expired a month ago.
          n: 1,
          status: "GODKJENT",
          at: ts(-13),
          courses: "Grunnkurs i nevrologi; EEG-kurs",
          periods: [
            home(DEPT.nlshNevrologi, monthStart(-48), monthStart(-12)),
            away(FAGAVTALE.nlshUnnNevrologi, monthStart(-12), monthStart(-6)),
            home(DEPT.nlshNevrologi, monthStart(-6), monthStart(10)),
            away(FAGAVTALE.nlshStOlavsNevrologi, monthStart(10), monthStart(16)),
            home(DEPT.nlshNevrologi, monthStart(16), monthStart(24)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-13)),
      achieved: ["NEV-01", "NEV-02", "NEV-04", "NEV-06", "FKM-01", "FKM-05"],
      wishes: [
        {
          key: "unn",
          fagavtaleId: FAGAVTALE.nlshUnnNevrologi,
          status: "GJENNOMFORT",
          desiredStart: monthStart(-12),
          planPeriodIndex: 1,
          queueDate: monthStart(-18),
          agreed: { start: monthStart(-12), end: monthStart(-6) },
          createdAt: ts(-20),
        },
        {
          key: "st-olavs",
          fagavtaleId: FAGAVTALE.nlshStOlavsNevrologi,
          status: "BEHOV",
          desiredStart: monthStart(10),
          planPeriodIndex: 3,
          createdAt: ts(-13),
        },
      ],
    },
    {
      // Started 5 weeks ago at NLSH with no plan: past the 4-week deadline.
      key: "ida",
      organisationId: ORG.nlsh,
      departmentId: DEPT.nlshNevrologi,
      specialtyId: SPEC.nevrologi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i nevrologi",
      start: addDays(today, -35),
      versions: [],
      achieved: [],
      wishes: [],
    },
    {
      key: "sofie",
      organisationId: ORG.nlsh,
      departmentId: DEPT.nlshMedisin,
      specialtyId: SPEC.indremedisin,
      type: "FAST",
      part: "DEL2",
      title: "Lege i spesialisering i indremedisin (del 2)",
      start: monthStart(-8),
      versions: [
        {
          n: 1,
          status: "GODKJENT",
          at: ts(-7, 3),
          courses: "Grunnkurs i indremedisin",
          periods: [home(DEPT.nlshMedisin, monthStart(-8), monthStart(28))],
        },
      ],
      feRegisteredOn: osloToday(ts(-7, 3)),
      achieved: ["MED-01"],
      wishes: [],
    },
    {
      // Vikariat of 12 months: registered in the FE for seniority, but cannot be allocated (criterion 1).
      key: "nora",
      organisationId: ORG.helgeland,
      departmentId: DEPT.helgelandMedisin,
      specialtyId: SPEC.indremedisin,
      type: "VIKARIAT",
      part: "DEL2",
      title: "Lege i spesialisering i indremedisin (del 2), vikariat",
      start: monthStart(-4),
      end: monthStart(8),
      versions: [
        {
          n: 1,
          status: "GODKJENT",
          at: ts(-3),
          courses: "Grunnkurs i indremedisin",
          periods: [
            home(DEPT.helgelandMedisin, monthStart(-4), monthStart(4)),
            away(FAGAVTALE.helgelandNlshMedisin, monthStart(4), monthStart(7)),
            home(DEPT.helgelandMedisin, monthStart(7), monthStart(8)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-3)),
      achieved: ["MED-01"],
      wishes: [
        {
          key: "nlsh",
          fagavtaleId: FAGAVTALE.helgelandNlshMedisin,
          status: "BEHOV",
          desiredStart: monthStart(4),
          planPeriodIndex: 1,
          createdAt: ts(-3),
        },
      ],
    },
    {
      key: "magnus",
      organisationId: ORG.finnmark,
      departmentId: DEPT.finnmarkAnestesi,
      specialtyId: SPEC.anestesiologi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i anestesiologi",
      start: addDays(today, -21),
      versions: [
        {
          n: 1,
          status: "UTKAST",
          at: ts(0, -7),
          courses: "Grunnkurs i anestesiologi",
          periods: [
            home(DEPT.finnmarkAnestesi, addDays(today, -21), monthStart(18)),
            away(FAGAVTALE.finnmarkUnnAnestesi, monthStart(18), monthStart(24)),
            home(DEPT.finnmarkAnestesi, monthStart(24), monthStart(48)),
          ],
        },
      ],
      achieved: [],
      wishes: [],
    },
    {
      // Approved plan, not yet registered in the FE: on the local coordinator's work list.
      key: "vilde",
      organisationId: ORG.helgeland,
      departmentId: DEPT.helgelandKirurgi,
      specialtyId: SPEC.generellKirurgi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i generell kirurgi",
      start: monthStart(-10),
      versions: [
        {
          n: 1,
          status: "GODKJENT",
          at: ts(0, -10),
          courses: "Grunnkurs i generell kirurgi",
          periods: [
            home(DEPT.helgelandKirurgi, monthStart(-10), monthStart(9)),
            away(FAGAVTALE.helgelandUnnKirurgi, monthStart(9), monthStart(15)),
            home(DEPT.helgelandKirurgi, monthStart(15), monthStart(20)),
            away(FAGAVTALE.helgelandNordlysKirurgi, monthStart(20), addMonths(monthStart(20), 3)),
            home(DEPT.helgelandKirurgi, addMonths(monthStart(20), 3), monthStart(40)),
          ],
        },
      ],
      achieved: ["GENKIR-01", "FKM-01"],
      wishes: [
        { key: "unn", fagavtaleId: FAGAVTALE.helgelandUnnKirurgi, status: "BEHOV", desiredStart: monthStart(9), planPeriodIndex: 1, createdAt: ts(0, -10) },
        { key: "nordlys", fagavtaleId: FAGAVTALE.helgelandNordlysKirurgi, status: "BEHOV", desiredStart: monthStart(20), planPeriodIndex: 3, createdAt: ts(0, -10) },
      ],
    },
    {
      // A planned period in another specialty than her post: not a gjennomstrømningsstilling (criterion 1).
      key: "maja",
      organisationId: ORG.helgeland,
      departmentId: DEPT.helgelandMedisin,
      specialtyId: SPEC.indremedisin,
      type: "FAST",
      part: "DEL2",
      title: "Lege i spesialisering i indremedisin (del 2)",
      start: monthStart(-6),
      versions: [
        {
          n: 1,
          status: "GODKJENT",
          at: ts(-2),
          courses: "Grunnkurs i indremedisin",
          periods: [
            home(DEPT.helgelandMedisin, monthStart(-6), monthStart(6)),
            away(FAGAVTALE.helgelandNordlysKirurgi, monthStart(6), monthStart(9)),
            home(DEPT.helgelandMedisin, monthStart(9), monthStart(30)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-2)),
      achieved: ["MED-01"],
      wishes: [{ key: "nordlys", fagavtaleId: FAGAVTALE.helgelandNordlysKirurgi, status: "BEHOV", desiredStart: monthStart(6), planPeriodIndex: 1, createdAt: ts(-2) }],
    },
    {
      // The OUS fagavtale ends in 12 months; his planned period there starts after that (criterion 4).
      key: "jakob",
      organisationId: ORG.unn,
      departmentId: DEPT.unnPlastkir,
      specialtyId: SPEC.plastikkirurgi,
      type: "FAST",
      part: "DEL3",
      title: "Lege i spesialisering i plastikkirurgi",
      start: monthStart(-24),
      versions: [
        {
          n: 1,
          status: "GODKJENT",
          at: ts(-5),
          courses: "Grunnkurs i plastikkirurgi",
          periods: [
            home(DEPT.unnPlastkir, monthStart(-24), monthStart(14)),
            away(FAGAVTALE.unnOusPlastkir, monthStart(14), monthStart(20)),
            home(DEPT.unnPlastkir, monthStart(20), monthStart(40)),
          ],
        },
      ],
      feRegisteredOn: osloToday(ts(-5)),
      achieved: ["PLAST-01", "FKM-01"],
      wishes: [{ key: "ous", fagavtaleId: FAGAVTALE.unnOusPlastkir, status: "BEHOV", desiredStart: monthStart(14), planPeriodIndex: 1, createdAt: ts(-5) }],
    },
    {
      // Vikariat under 6 months: not registered in the FE (seed 000 §Fiktiv enhet).
      key: "henrik",
      organisationId: ORG.finnmark,
      departmentId: DEPT.finnmarkAnestesi,
      specialtyId: SPEC.anestesiologi,
      type: "VIKARIAT",
      part: "DEL3",
      title: "Lege i spesialisering i anestesiologi, vikariat",
      start: addDays(today, -14),
      end: addMonths(addDays(today, -14), 4),
      versions: [],
      achieved: [],
      wishes: [],
    },
  ];
}

// ─── The whole demo ───────────────────────────────────────────────────────────

export type DemoPerson = { id: string; name: string; email: string; createdAt: Date; hprNumber: string | null; entraObjectId: string | null };

export type DemoData = {
  departments: Prisma.DepartmentUncheckedCreateInput[];
  persons: DemoPerson[];
  roleAssignments: (Prisma.RoleAssignmentUncheckedCreateInput & { id: string })[];
  employments: (Prisma.EmploymentUncheckedCreateInput & { id: string })[];
  achievedGoals: (Prisma.AchievedLearningGoalUncheckedCreateInput & { personId: string; learningGoalId: string })[];
  fagavtaler: (Prisma.FagavtaleUncheckedCreateInput & { id: string })[];
  fagavtaleGoals: (Prisma.FagavtaleLearningGoalUncheckedCreateInput & { fagavtaleId: string; learningGoalId: string })[];
  plans: (Prisma.PlanUncheckedCreateInput & { id: string })[];
  planVersions: (Prisma.PlanVersionUncheckedCreateInput & { id: string })[];
  planPeriods: (Prisma.PlanPeriodUncheckedCreateInput & { id: string })[];
  planSignatures: (Prisma.PlanSignatureUncheckedCreateInput & { id: string })[];
  feRegistrations: (Prisma.FeRegistrationUncheckedCreateInput & { id: string })[];
  spesialiseringsperioder: (Prisma.SpesialiseringsperiodeUncheckedCreateInput & { id: string })[];
};

/** Builds every demo row from `now`; ids are stable across runs. */
export function buildDemoData(now: Date): DemoData {
  const today = osloToday(now);
  const seededAt = addMonths(now, -30);

  const persons: DemoPerson[] = PEOPLE.map((p) => ({
    id: personId(p.key),
    name: p.name,
    email: demoEmail(p.name),
    createdAt: seededAt,
    hprNumber: demoHprNumber(p.key),
    entraObjectId: demoEntraObjectId(p.key),
  }));

  const roleAssignments: DemoData["roleAssignments"] = [
    { id: "seed-role-siri-regional-hn", personId: personId("siri"), role: "REGIONAL_KOORDINATOR", regionId: "seed-region-hn", validFrom: seededAt },
    { id: "seed-role-tor-regional-hn", personId: personId("tor"), role: "REGIONAL_KOORDINATOR", regionId: "seed-region-hn", validFrom: seededAt },
    { id: "seed-role-ingeborg-regional-hso", personId: personId("ingeborg"), role: "REGIONAL_KOORDINATOR", regionId: "seed-region-hso", validFrom: seededAt },
    { id: "seed-role-haakon-regional-hmn", personId: personId("haakon"), role: "REGIONAL_KOORDINATOR", regionId: "seed-region-hmn", validFrom: seededAt },
    { id: "seed-role-synnove-regional-hv", personId: personId("synnove"), role: "REGIONAL_KOORDINATOR", regionId: "seed-region-hv", validFrom: seededAt },
    ...Object.entries(LOCAL_COORDINATOR).map(([organisationId, key]) => ({
      id: `seed-role-${key}-lokal-${organisationId.replace("seed-org-", "")}`,
      personId: personId(key),
      role: "LOKAL_KOORDINATOR" as const,
      organisationId,
      validFrom: seededAt,
    })),
    ...LEADERS.map(({ key, departmentId }) => ({
      id: `seed-role-${key}-leder-${departmentId.replace("seed-dept-", "")}`,
      personId: personId(key),
      role: "LEDER" as const,
      departmentId,
      validFrom: seededAt,
    })),
  ];

  const fagavtaleSeeds = fagavtaler(today);
  const fagavtaleById = new Map(fagavtaleSeeds.map((f) => [f.id, f]));
  const fagavtaleRows: DemoData["fagavtaler"] = fagavtaleSeeds.map((f) => {
    const row: Prisma.FagavtaleUncheckedCreateInput & { id: string } & Partial<Pick<FagavtaleSeed, "dekkes" | "forkunnskap">> = { ...f };
    delete row.dekkes;
    delete row.forkunnskap;
    return row;
  });
  const fagavtaleGoals: DemoData["fagavtaleGoals"] = fagavtaleSeeds.flatMap((f) => [
    ...f.dekkes.map((code) => ({ fagavtaleId: f.id, learningGoalId: goalId(code), role: "DEKKES" as const })),
    ...f.forkunnskap.map((code) => ({ fagavtaleId: f.id, learningGoalId: goalId(code), role: "FORKUNNSKAP" as const })),
  ]);

  const data: DemoData = {
    departments: DEPARTMENTS,
    persons,
    roleAssignments,
    employments: [],
    achievedGoals: [],
    fagavtaler: fagavtaleRows,
    fagavtaleGoals,
    plans: [],
    planVersions: [],
    planPeriods: [],
    planSignatures: [],
    feRegistrations: [],
    spesialiseringsperioder: [],
  };

  for (const lis of lisSpecs(now, today)) {
    const pid = personId(lis.key);
    const employmentId = `seed-employment-${lis.key}`;
    const leader = personId(leaderOf(lis.departmentId));
    const coordinatorKey = LOCAL_COORDINATOR[lis.organisationId];
    if (!coordinatorKey) throw new Error(`demo-data: no local coordinator for ${lis.organisationId}`);
    const coordinator = personId(coordinatorKey);

    data.roleAssignments.push({
      id: `seed-role-${lis.key}-lis`,
      personId: pid,
      role: "LIS",
      organisationId: lis.organisationId,
      validFrom: lis.start,
    });
    data.employments.push({
      id: employmentId,
      personId: pid,
      organisationId: lis.organisationId,
      departmentId: lis.departmentId,
      specialtyId: lis.specialtyId,
      type: lis.type,
      part: lis.part,
      title: lis.title,
      startDate: lis.start,
      endDate: lis.end ?? null,
    });
    for (const [i, code] of lis.achieved.entries()) {
      data.achievedGoals.push({
        personId: pid,
        learningGoalId: goalId(code),
        achievedOn: addMonths(today, -(2 + 2 * i)),
        confirmedById: leader,
      });
    }

    const planPeriodIds = new Map<number, string[]>(); // version number → period ids
    if (lis.versions.length > 0) {
      const planId = `seed-plan-${lis.key}`;
      const first = lis.versions[0]!;
      const planCreatedAt = first.status === "UTKAST" ? first.at : addDays(first.at, -21);
      data.plans.push({ id: planId, personId: pid, employmentId, createdAt: planCreatedAt });
      let previousVersionId: string | null = null;
      for (const v of lis.versions) {
        const versionId = `${planId}-v${v.n}`;
        const approved = v.status !== "UTKAST";
        const replacedBy = lis.versions.find((x) => x.n === v.n + 1);
        data.planVersions.push({
          id: versionId,
          planId,
          versionNumber: v.n,
          status: v.status,
          courses: v.courses,
          notes: "",
          basedOnVersionId: previousVersionId,
          createdById: leader,
          createdAt: approved ? addDays(v.at, -21) : v.at,
          updatedAt: v.status === "ERSTATTET" && replacedBy ? replacedBy.at : v.at,
          submittedAt: approved ? addDays(v.at, -7) : null,
          approvedAt: approved ? v.at : null,
          expiresAt: approved ? addMonths(v.at, PLAN_VALIDITY_MONTHS) : null,
        });
        const ids = v.periods.map((p, i) => {
          const id = `${versionId}-p${i + 1}`;
          data.planPeriods.push({
            id,
            versionId,
            kind: p.kind,
            departmentId: p.kind === "HJEMME" ? p.departmentId : null,
            fagavtaleId: p.kind === "SPESIALISERINGSPERIODE" ? p.fagavtaleId : null,
            startDate: p.start,
            endDate: p.end,
            learningActivities: p.activities,
          });
          return id;
        });
        planPeriodIds.set(v.n, ids);
        if (approved) {
          const signers = [
            { role: "LIS" as const, personId: pid, at: addDays(v.at, -10) },
            { role: "LEDER" as const, personId: leader, at: addDays(v.at, -8) },
            { role: "LOKAL_KOORDINATOR" as const, personId: coordinator, at: v.at },
          ];
          for (const s of signers) {
            data.planSignatures.push({
              id: `${versionId}-signatur-${s.role.toLowerCase().replace(/_/g, "-")}`,
              versionId,
              personId: s.personId,
              role: s.role,
              signedAt: s.at,
            });
          }
        }
        previousVersionId = versionId;
      }
    }

    const latestApproved = [...lis.versions].reverse().find((v) => v.status === "GODKJENT");
    let feRegistrationId: string | null = null;
    if (lis.feRegisteredOn && latestApproved) {
      feRegistrationId = `seed-fe-${lis.key}`;
      data.feRegistrations.push({
        id: feRegistrationId,
        personId: pid,
        organisationId: lis.organisationId,
        employmentId,
        basedOnPlanVersionId: `seed-plan-${lis.key}-v${latestApproved.n}`,
        registeredOn: lis.feRegisteredOn,
        createdAt: lis.feRegisteredOn,
      });
    }

    const currentPeriods = latestApproved ? planPeriodIds.get(latestApproved.n) : undefined;
    for (const w of lis.wishes) {
      const fagavtale = fagavtaleById.get(w.fagavtaleId);
      if (!fagavtale) throw new Error(`demo-data: unknown fagavtale ${w.fagavtaleId}`);
      const planPeriodId = w.planPeriodIndex !== undefined ? currentPeriods?.[w.planPeriodIndex] ?? null : null;
      data.spesialiseringsperioder.push({
        id: `seed-periode-${lis.key}-${w.key}`,
        personId: pid,
        feRegistrationId,
        fagavtaleId: fagavtale.id,
        receivingOrganisationId: fagavtale.partnerOrganisationId,
        specialtyId: fagavtale.specialtyId,
        planPeriodId,
        status: w.status,
        desiredStart: w.desiredStart,
        durationMonths: fagavtale.normertTidMonths,
        queueDate: w.queueDate ?? null,
        sendingRank: w.sendingRank ?? null,
        sendingRankReason: w.sendingRankReason ?? null,
        agreedStart: w.agreed?.start ?? null,
        agreedEnd: w.agreed?.end ?? null,
        leaveAutomatic: w.agreed !== undefined,
        createdAt: w.createdAt,
        updatedAt: w.agreed ? w.agreed.end : w.createdAt,
      });
    }
  }

  return data;
}
