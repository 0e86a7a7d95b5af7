// Real reference data: regions, trusts, specialties (DOMAIN.md "Reference data") and learning goals.
// Pure data, no Prisma runtime: the seed (lib/seed/seed.ts) writes it with deterministic ids.
import type { LearningGoalKind, OrganisationKind } from "../generated/prisma/enums.ts";

/** policyKey: a key of REGION_POLICIES in lib/domain/region-policy. */
export type RegionSeed = { id: string; code: string; name: string; policyKey: string };

export const REGIONS = [
  { id: "seed-region-hn", code: "HN", name: "Helse Nord", policyKey: "HELSE_NORD" },
  { id: "seed-region-hso", code: "HSO", name: "Helse Sør-Øst", policyKey: "HELSE_SOR_OST" },
  { id: "seed-region-hmn", code: "HMN", name: "Helse Midt-Norge", policyKey: "HELSE_MIDT_NORGE" },
  { id: "seed-region-hv", code: "HV", name: "Helse Vest", policyKey: "HELSE_VEST" },
] as const satisfies readonly RegionSeed[];

export type OrganisationSeed = {
  id: string;
  name: string;
  shortName: string;
  kind: OrganisationKind;
  regionId: string;
  /** The trust's override of its region's policy (a key of TRUST_OVERRIDES), or null. */
  policyOverride: string | null;
  /** The trust's own plan deadline in weeks, or null for the policy's. */
  planDeadlineWeeks: number | null;
  feUnitName: string | null;
  contactEmail: string | null;
};

/** "EXE LIS <trust>": a trust's fiktiv enhet (seed 000 §Fiktiv enhet names Helse Nord's this way). */
const feUnit = (trustName: string) => `EXE LIS ${trustName}`;

export const ORG = {
  unn: "seed-org-unn",
  nlsh: "seed-org-nlsh",
  helgeland: "seed-org-helgeland",
  finnmark: "seed-org-finnmark",
  ous: "seed-org-ous",
  stOlavs: "seed-org-st-olavs",
  helseBergen: "seed-org-helse-bergen",
  nordlys: "seed-org-nordlys-privatsykehus",
  nevrologpraksis: "seed-org-nevrologpraksis-bodo",
  ahus: "seed-org-ahus",
  innlandet: "seed-org-innlandet",
  vestreViken: "seed-org-vestre-viken",
  vestfold: "seed-org-vestfold",
  telemark: "seed-org-telemark",
  sorlandet: "seed-org-sorlandet",
  ostfold: "seed-org-ostfold",
  sunnaas: "seed-org-sunnaas",
  lovisenberg: "seed-org-lovisenberg",
  diakonhjemmet: "seed-org-diakonhjemmet",
  stavanger: "seed-org-helse-stavanger",
  fonna: "seed-org-helse-fonna",
  forde: "seed-org-helse-forde",
  haraldsplass: "seed-org-haraldsplass",
  moreRomsdal: "seed-org-helse-more-og-romsdal",
  nordTrondelag: "seed-org-helse-nord-trondelag",
} as const;

/** A helseforetak with its fiktiv enhet; the region's policy unless `policyOverride` says otherwise. */
const trust = (id: string, name: string, shortName: string, regionId: string, slug: string): OrganisationSeed => ({
  id,
  name,
  shortName,
  kind: "HELSEFORETAK",
  regionId,
  policyOverride: null,
  planDeadlineWeeks: null,
  feUnitName: feUnit(name),
  contactEmail: `lis-koordinator.${slug}@eksempel.no`,
});

/** A private or ideell partner (samarbeidsaktør): no fiktiv enhet of its own. */
const partner = (id: string, name: string, shortName: string, kind: OrganisationKind, regionId: string): OrganisationSeed => ({
  id,
  name,
  shortName,
  kind,
  regionId,
  policyOverride: null,
  planDeadlineWeeks: null,
  feUnitName: null,
  contactEmail: null,
});

export const ORGANISATIONS: readonly OrganisationSeed[] = [
  {
    id: ORG.unn,
    name: "Universitetssykehuset Nord-Norge HF",
    shortName: "UNN",
    kind: "HELSEFORETAK",
    regionId: "seed-region-hn",
    policyOverride: null,
    planDeadlineWeeks: null,
    feUnitName: feUnit("Universitetssykehuset Nord-Norge HF"),
    contactEmail: "lis-koordinator.unn@eksempel.no",
  },
  {
    id: ORG.nlsh,
    name: "Nordlandssykehuset HF",
    shortName: "NLSH",
    kind: "HELSEFORETAK",
    regionId: "seed-region-hn",
    policyOverride: null,
    // seed 001: the plan must be made within 4 weeks of the LIS starting at NLSH (the trust's own setting).
    planDeadlineWeeks: 4,
    feUnitName: feUnit("Nordlandssykehuset HF"),
    contactEmail: "lis-koordinator.nlsh@eksempel.no",
  },
  {
    id: ORG.helgeland,
    name: "Helgelandssykehuset HF",
    shortName: "Helgeland",
    kind: "HELSEFORETAK",
    regionId: "seed-region-hn",
    policyOverride: null,
    planDeadlineWeeks: null,
    feUnitName: feUnit("Helgelandssykehuset HF"),
    contactEmail: "lis-koordinator.helgeland@eksempel.no",
  },
  {
    id: ORG.finnmark,
    name: "Finnmarkssykehuset HF",
    shortName: "Finnmark",
    kind: "HELSEFORETAK",
    regionId: "seed-region-hn",
    policyOverride: null,
    planDeadlineWeeks: null,
    feUnitName: feUnit("Finnmarkssykehuset HF"),
    contactEmail: "lis-koordinator.finnmark@eksempel.no",
  },
  {
    id: ORG.ous,
    name: "Oslo universitetssykehus HF",
    shortName: "OUS",
    kind: "HELSEFORETAK",
    regionId: "seed-region-hso",
    // seed 000 §OUS: OUS's own rule inside Helse Sør-Øst.
    policyOverride: "OUS",
    planDeadlineWeeks: null,
    feUnitName: feUnit("Oslo universitetssykehus HF"),
    contactEmail: null,
  },
  {
    id: ORG.stOlavs,
    name: "St. Olavs hospital HF",
    shortName: "St. Olavs",
    kind: "HELSEFORETAK",
    regionId: "seed-region-hmn",
    // seed 000 §St. Olavs/Helse Bergen: own procedure with an intake form = the region's policy.
    policyOverride: null,
    planDeadlineWeeks: null,
    feUnitName: null,
    contactEmail: null,
  },
  {
    // Haukeland universitetssjukehus.
    id: ORG.helseBergen,
    name: "Helse Bergen HF",
    shortName: "Helse Bergen",
    kind: "HELSEFORETAK",
    regionId: "seed-region-hv",
    // seed 000 §St. Olavs/Helse Bergen: own procedure with an intake form = the region's policy.
    policyOverride: null,
    planDeadlineWeeks: null,
    feUnitName: null,
    contactEmail: null,
  },
  // Invented samarbeidsaktører (not trusts) in Helse Nord.
  {
    id: ORG.nordlys,
    name: "Nordlys Privatsykehus AS",
    shortName: "Nordlys privatsykehus",
    kind: "PRIVAT_SYKEHUS",
    regionId: "seed-region-hn",
    policyOverride: null,
    planDeadlineWeeks: null,
    feUnitName: null,
    contactEmail: "post@nordlys-privatsykehus.eksempel.no",
  },
  {
    id: ORG.nevrologpraksis,
    name: "Nevrologpraksis Bodø (avtalespesialist)",
    shortName: "Nevrologpraksis Bodø",
    kind: "AVTALESPESIALIST",
    regionId: "seed-region-hn",
    policyOverride: null,
    planDeadlineWeeks: null,
    feUnitName: null,
    contactEmail: "post@nevrologpraksis-bodo.eksempel.no",
  },
  // The rest of the country's health trusts (issue 9 §1).
  trust(ORG.ahus, "Akershus universitetssykehus HF", "Ahus", "seed-region-hso", "ahus"),
  trust(ORG.innlandet, "Sykehuset Innlandet HF", "Innlandet", "seed-region-hso", "innlandet"),
  trust(ORG.vestreViken, "Vestre Viken HF", "Vestre Viken", "seed-region-hso", "vestre-viken"),
  trust(ORG.vestfold, "Sykehuset i Vestfold HF", "SiV", "seed-region-hso", "siv"),
  trust(ORG.telemark, "Sykehuset Telemark HF", "STHF", "seed-region-hso", "sthf"),
  trust(ORG.sorlandet, "Sørlandet sykehus HF", "SSHF", "seed-region-hso", "sshf"),
  trust(ORG.ostfold, "Sykehuset Østfold HF", "Østfold", "seed-region-hso", "ostfold"),
  trust(ORG.sunnaas, "Sunnaas sykehus HF", "Sunnaas", "seed-region-hso", "sunnaas"),
  trust(ORG.stavanger, "Helse Stavanger HF", "SUS", "seed-region-hv", "sus"),
  trust(ORG.fonna, "Helse Fonna HF", "Fonna", "seed-region-hv", "fonna"),
  trust(ORG.forde, "Helse Førde HF", "Førde", "seed-region-hv", "forde"),
  trust(ORG.moreRomsdal, "Helse Møre og Romsdal HF", "Helse Møre og Romsdal", "seed-region-hmn", "helse-more-og-romsdal"),
  trust(ORG.nordTrondelag, "Helse Nord-Trøndelag HF", "Helse Nord-Trøndelag", "seed-region-hmn", "helse-nord-trondelag"),
  // Ideelle sykehus with avtale with their region.
  partner(ORG.lovisenberg, "Lovisenberg Diakonale Sykehus", "Lovisenberg", "IDEELL_INSTITUSJON", "seed-region-hso"),
  partner(ORG.diakonhjemmet, "Diakonhjemmet Sykehus", "Diakonhjemmet", "IDEELL_INSTITUSJON", "seed-region-hso"),
  partner(ORG.haraldsplass, "Haraldsplass Diakonale Sykehus", "Haraldsplass", "IDEELL_INSTITUSJON", "seed-region-hv"),
];

export type SpecialtySeed = { id: string; code: string | null; name: string; hasPart2: boolean };

const spec = (slug: string, code: string | null, name: string, hasPart2 = false): SpecialtySeed => ({
  id: `seed-specialty-${slug}`,
  code,
  name,
  hasPart2,
});

/** Helsedirektoratet's specialties; codes only where verified (DOMAIN.md "Reference data"). */
export const SPECIALTIES: readonly SpecialtySeed[] = [
  spec("ane", "ANE", "Anestesiologi"),
  spec("arb", "ARB", "Arbeidsmedisin"),
  spec("bup", "BUP", "Barne- og ungdomspsykiatri"),
  spec("ped", "PED", "Barnesykdommer"),
  spec("fmr", "FMR", "Fysikalsk medisin og rehabilitering"),
  spec("gyn", "GYN", "Fødselshjelp og kvinnesykdommer"),
  spec("hud", "HUD", "Hud- og veneriske sykdommer"),
  spec("itr", "ITR", "Immunologi og transfusjonsmedisin"),
  spec("klf", "KLF", "Klinisk farmakologi"),
  spec("knf", "KNF", "Klinisk nevrofysiologi"),
  spec("max", "MAX", "Maxillofacial kirurgi"),
  spec("mbk", "MBK", "Medisinsk biokjemi"),
  spec("gen", "GEN", "Medisinsk genetikk"),
  spec("mmb", "MMB", "Medisinsk mikrobiologi"),
  spec("nev", "NEV", "Nevrologi"),
  spec("nki", "NKI", "Nevrokirurgi"),
  spec("nuk", "NUK", "Nukleærmedisin"),
  spec("onc", "ONC", "Onkologi"),
  spec("ort", "ORT", "Ortopedisk kirurgi"),
  spec("pat", "PAT", "Patologi"),
  spec("vop", "VOP", "Psykiatri"),
  spec("rad", "RAD", "Radiologi"),
  spec("rev", "REV", "Revmatologi"),
  spec("rus", "RUS", "Rus- og avhengighetsmedisin"),
  spec("onh", "ØNH", "Øre-nese-halssykdommer"),
  spec("oye", "ØYE", "Øyesykdommer"),
  // Internal-medicine specialties with a part 2 ("FIM").
  spec("amm", "AMM", "Akutt- og mottaksmedisin", true),
  spec("bls", "BLS", "Blodsykdommer", true),
  spec("end", "END", "Endokrinologi", true),
  spec("for", "FOR", "Fordøyelsessykdommer", true),
  spec("ger", "GER", "Geriatri", true),
  spec("hjs", "HJS", "Hjertesykdommer", true),
  spec("med", "MED", "Indremedisin", true),
  spec("inf", "INF", "Infeksjonssykdommer", true),
  spec("lun", "LUN", "Lungesykdommer", true),
  // By name only: code not verified.
  spec("nyre", null, "Nyresykdommer", true),
  spec("genkir", null, "Generell kirurgi"),
  spec("gastkir", null, "Gastroenterologisk kirurgi"),
  spec("karkir", null, "Karkirurgi"),
  spec("uro", null, "Urologi"),
  spec("barnekir", null, "Barnekirurgi"),
  spec("brystendo", null, "Bryst- og endokrinkirurgi"),
  spec("thorax", null, "Thoraxkirurgi"),
  spec("plastkir", null, "Plastikkirurgi"),
  // Helsedirektoratet's remaining two (46 in all); codes not verified.
  spec("allmenn", null, "Allmennmedisin"),
  spec("samfunn", null, "Samfunnsmedisin"),
];

/** Ids of the specialties the demo uses. */
export const SPEC = {
  generellKirurgi: "seed-specialty-genkir",
  anestesiologi: "seed-specialty-ane",
  plastikkirurgi: "seed-specialty-plastkir",
  nevrologi: "seed-specialty-nev",
  indremedisin: "seed-specialty-med",
} as const;

export type LearningGoalSeed = {
  id: string;
  code: string;
  title: string;
  kind: LearningGoalKind;
  specialtyId: string | null;
};

const goals = (prefix: string, specialtyId: string | null, titles: readonly string[]): LearningGoalSeed[] =>
  titles.map((title, i) => {
    const code = `${prefix}-${String(i + 1).padStart(2, "0")}`;
    return {
      id: `seed-goal-${code.toLowerCase()}`,
      code,
      title,
      kind: specialtyId ? "SPESIALITET" : "FKM",
      specialtyId,
    };
  });

/** Felles kompetansemål, shared by all specialties. */
export const FKM_GOALS = goals("FKM", null, [
  "Kommunikasjon med pasienter og pårørende",
  "Etikk, helserett og pasientrettigheter",
  "Kunnskapshåndtering og forskningsmetode",
  "Kvalitetsforbedring og pasientsikkerhet",
  "Ledelse, organisering og samhandling",
  "Veiledning og undervisning",
]);

/** Specialty learning goals for the specialties used in the demo (titles are illustrative). */
export const SPECIALTY_GOALS: readonly LearningGoalSeed[] = [
  ...goals("GENKIR", SPEC.generellKirurgi, [
    "Vurdere og behandle akutt abdomen",
    "Laparoskopisk appendektomi og kolecystektomi",
    "Primærhåndtering av traumepasienter",
    "Brokkirurgi",
    "Gastroskopi og koloskopi",
    "Postoperativ oppfølging og håndtering av komplikasjoner",
  ]),
  ...goals("ANE", SPEC.anestesiologi, [
    "Preoperativ vurdering og risikovurdering",
    "Generell anestesi ved elektive og akutte inngrep",
    "Luftveishåndtering, inkludert vanskelig luftvei",
    "Regionalanestesi og nevroaksiale blokader",
    "Intensivbehandling ved organsvikt",
    "Anestesi til barn",
  ]),
  ...goals("PLAST", SPEC.plastikkirurgi, [
    "Sårbehandling og hudtransplantasjon",
    "Primærbehandling av håndskader",
    "Lokale og regionale lapper",
    "Behandling av brannskader",
    "Brystrekonstruksjon",
    "Grunnleggende mikrokirurgisk teknikk",
  ]),
  ...goals("NEV", SPEC.nevrologi, [
    "Nevrologisk undersøkelse og lokalisasjonsdiagnostikk",
    "Akutt hjerneslag: trombolyse og vurdering for trombektomi",
    "Utredning og behandling av epilepsi",
    "Multippel sklerose: diagnostikk og sykdomsmodulerende behandling",
    "Bevegelsesforstyrrelser",
    "Tolkning av EEG og nevrografi",
  ]),
  ...goals("MED", SPEC.indremedisin, [
    "Vurdering og behandling av akutt syke medisinske pasienter",
    "Hjertesvikt og atrieflimmer",
    "KOLS-forverring og respirasjonssvikt",
    "Diabetes og endokrine akuttilstander",
    "Sepsis og antibiotikabehandling",
    "Akutt nyreskade og elektrolyttforstyrrelser",
  ]),
];

export const LEARNING_GOALS: readonly LearningGoalSeed[] = [...FKM_GOALS, ...SPECIALTY_GOALS];

/** Deterministic id of a learning goal by its code, e.g. goalId("PLAST-02"). */
export const goalId = (code: string) => `seed-goal-${code.toLowerCase()}`;
