// National benchmark volume (issue 9 §2), written into a throwaway database by `npm run bench:seed`
// (scripts/bench/bench.mjs, which creates, migrates and hands this script the owner's URL).
//   BENCH_DB_URL=<owner url> BENCH_MODE=national|demo [BENCH_LIS=7000] [BENCH_SEED=…] BENCH_MANIFEST=<file> tsx scripts/bench/seed-national.ts
// national: the reference data (lib/seed) plus, from a seeded PRNG (same seed → same rows):
//   - every health trust of the four regions and three ideelle sykehus, from the reference data
//     (lib/seed/reference-data.ts: the seed writes them); every trust with LIS gets a fiktiv enhet;
//   - a department per specialty a trust offers (university hospitals all specialties), a leader each,
//     a local coordinator per trust, a regional coordinator per region;
//   - ~7,000 LIS spread by trust size and specialty weight: employment (1 in 8 vikariat), a plan
//     (approved, some expired, some replaced, some drafts or awaiting approval, a few none), signatures,
//     an FE registration, achieved learning goals, and spesialiseringsperioder along the plan
//     (completed, ongoing, agreed, one active wish or queue place per LIS, later needs);
//   - ~2,000 fagavtaler (mostly to the region's university hospital, some across regions);
//   - open vacancies where the active wishes gather (six per region, the busiest with a few hundred
//     candidates), some with an open offer; filled vacancies with accepted offers behind the agreed periods.
// demo: the reference data and the demo (lib/seed, as `npm start` seeds it) plus one open vacancy.
// Everyone generated here has the password BENCH_PASSWORD. Bulk inserts: INSERT … SELECT FROM unnest().
import { writeFileSync } from "node:fs";
import bcrypt from "bcryptjs";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/create-client.ts";
import { seed } from "../../lib/seed/seed.ts";
import { DEMO_PASSWORD, DEPT } from "../../lib/seed/demo-data.ts";
import { addMonths } from "../../lib/domain/calendar.ts";
import { ORG, SPEC } from "../../lib/seed/reference-data.ts";
import { policyFor } from "../../lib/domain/region-policy/index.ts";

export const BENCH_PASSWORD = "bench1234";
const DAY = 86_400_000;

// ─── Deterministic randomness ─────────────────────────────────────────────────

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for test data. */
function prng(seedText: string) {
  let a = hashSeed(seedText);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const weighted = <T>(xs: readonly T[], w: (x: T) => number): T => {
    const total = xs.reduce((s, x) => s + w(x), 0);
    let r = next() * total;
    for (const x of xs) {
      r -= w(x);
      if (r < 0) return x;
    }
    return xs.at(-1)!;
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}

// ─── Dates (UTC midnight Dates for @db.Date) ──────────────────────────────────

function osloToday(now: Date): Date {
  const ymd = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${ymd}T00:00:00.000Z`);
}
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const firstOfMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
/** The first 1 February or 1 August on or after `d` (semester starts). */
function semesterOnOrAfter(d: Date): Date {
  const y = d.getUTCFullYear();
  for (const c of [Date.UTC(y, 1, 1), Date.UTC(y, 7, 1), Date.UTC(y + 1, 1, 1)]) if (c >= d.getTime()) return new Date(c);
  return new Date(Date.UTC(y + 1, 7, 1));
}
const day = (d: Date) => d.toISOString().slice(0, 10);
const ts = (d: Date) => d.toISOString();
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const maxDate = (a: Date, b: Date) => (a > b ? a : b);

// ─── Bulk insert ──────────────────────────────────────────────────────────────

type Row = Record<string, unknown>;
/** Column → PostgreSQL type of the array parameter; enums are passed as text and cast. */
type Columns = Record<string, string>;
const ARRAY_TYPES = new Set(["text", "integer", "boolean", "date", "timestamptz", "jsonb"]);

async function insert(c: pg.ClientBase, table: string, columns: Columns, rows: Row[], chunk = 5000): Promise<number> {
  const names = Object.keys(columns);
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk);
    const params = names.map((n) => part.map((r) => (r[n] === undefined ? null : r[n])));
    const arrays = names.map((n, i) => {
      const t = columns[n]!;
      return `$${i + 1}::${ARRAY_TYPES.has(t) ? t : "text"}[]`;
    });
    const select = names.map((n, i) => {
      const t = columns[n]!;
      return ARRAY_TYPES.has(t) ? `c${i}` : `c${i}::"${t}"`;
    });
    await c.query(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${select.join(", ")} FROM unnest(${arrays.join(", ")}) AS u(${names.map((_, i) => `c${i}`).join(", ")})`,
      params,
    );
  }
  return rows.length;
}

// ─── The country ──────────────────────────────────────────────────────────────

type Tier = "uni" | "big" | "small" | "partner";
type TrustSeed = { name: string; shortName: string; region: "HN" | "HSO" | "HMN" | "HV"; kind: string; lis: number; tier: Tier; specialties?: string[] };

/** Relative LIS numbers (roughly by size); scaled to BENCH_LIS. Names as the trusts call themselves. */
const TRUSTS: TrustSeed[] = [
  { name: "Oslo universitetssykehus HF", shortName: "OUS", region: "HSO", kind: "HELSEFORETAK", lis: 1300, tier: "uni" },
  { name: "Akershus universitetssykehus HF", shortName: "Ahus", region: "HSO", kind: "HELSEFORETAK", lis: 600, tier: "uni" },
  { name: "Sykehuset Innlandet HF", shortName: "Innlandet", region: "HSO", kind: "HELSEFORETAK", lis: 400, tier: "big" },
  { name: "Vestre Viken HF", shortName: "Vestre Viken", region: "HSO", kind: "HELSEFORETAK", lis: 400, tier: "big" },
  { name: "Sykehuset i Vestfold HF", shortName: "SiV", region: "HSO", kind: "HELSEFORETAK", lis: 280, tier: "big" },
  { name: "Sykehuset Telemark HF", shortName: "STHF", region: "HSO", kind: "HELSEFORETAK", lis: 180, tier: "big" },
  { name: "Sørlandet sykehus HF", shortName: "SSHF", region: "HSO", kind: "HELSEFORETAK", lis: 300, tier: "big" },
  { name: "Sykehuset Østfold HF", shortName: "Østfold", region: "HSO", kind: "HELSEFORETAK", lis: 300, tier: "big" },
  { name: "Sunnaas sykehus HF", shortName: "Sunnaas", region: "HSO", kind: "HELSEFORETAK", lis: 30, tier: "small", specialties: ["fmr", "nev"] },
  { name: "Lovisenberg Diakonale Sykehus", shortName: "Lovisenberg", region: "HSO", kind: "IDEELL_INSTITUSJON", lis: 90, tier: "small", specialties: ["med", "ger", "genkir", "gastkir", "ane", "vop", "rus", "rad"] },
  { name: "Diakonhjemmet Sykehus", shortName: "Diakonhjemmet", region: "HSO", kind: "IDEELL_INSTITUSJON", lis: 80, tier: "small", specialties: ["med", "rev", "ger", "vop", "ort", "ane", "rad"] },
  { name: "Helse Bergen HF", shortName: "Helse Bergen", region: "HV", kind: "HELSEFORETAK", lis: 650, tier: "uni" },
  { name: "Helse Stavanger HF", shortName: "SUS", region: "HV", kind: "HELSEFORETAK", lis: 400, tier: "uni" },
  { name: "Helse Fonna HF", shortName: "Fonna", region: "HV", kind: "HELSEFORETAK", lis: 150, tier: "small" },
  { name: "Helse Førde HF", shortName: "Førde", region: "HV", kind: "HELSEFORETAK", lis: 110, tier: "small" },
  { name: "Haraldsplass Diakonale Sykehus", shortName: "Haraldsplass", region: "HV", kind: "IDEELL_INSTITUSJON", lis: 60, tier: "small", specialties: ["med", "ger", "genkir", "gastkir", "ane", "rad", "lun", "hjs"] },
  { name: "St. Olavs hospital HF", shortName: "St. Olavs", region: "HMN", kind: "HELSEFORETAK", lis: 600, tier: "uni" },
  { name: "Helse Møre og Romsdal HF", shortName: "Møre og Romsdal", region: "HMN", kind: "HELSEFORETAK", lis: 280, tier: "big" },
  { name: "Helse Nord-Trøndelag HF", shortName: "Nord-Trøndelag", region: "HMN", kind: "HELSEFORETAK", lis: 120, tier: "small" },
  { name: "Universitetssykehuset Nord-Norge HF", shortName: "UNN", region: "HN", kind: "HELSEFORETAK", lis: 450, tier: "uni" },
  { name: "Nordlandssykehuset HF", shortName: "NLSH", region: "HN", kind: "HELSEFORETAK", lis: 250, tier: "big" },
  { name: "Helgelandssykehuset HF", shortName: "Helgeland", region: "HN", kind: "HELSEFORETAK", lis: 90, tier: "small" },
  { name: "Finnmarkssykehuset HF", shortName: "Finnmark", region: "HN", kind: "HELSEFORETAK", lis: 80, tier: "small" },
  // Invented samarbeidsaktører of the reference data: partners only.
  { name: "Nordlys Privatsykehus AS", shortName: "Nordlys privatsykehus", region: "HN", kind: "PRIVAT_SYKEHUS", lis: 0, tier: "partner", specialties: ["genkir", "ort", "plastkir"] },
  { name: "Nevrologpraksis Bodø (avtalespesialist)", shortName: "Nevrologpraksis Bodø", region: "HN", kind: "AVTALESPESIALIST", lis: 0, tier: "partner", specialties: ["nev"] },
];

/** The specialty slugs (id without "seed-specialty-") a trust of each tier offers. */
const BIG = ["ane", "med", "hjs", "lun", "for", "end", "nyre", "inf", "ger", "bls", "amm", "genkir", "gastkir", "uro", "karkir", "ort", "gyn", "ped", "nev", "vop", "bup", "rad", "onc", "pat", "onh", "oye", "hud", "rev", "fmr", "rus", "mmb", "brystendo"];
const SMALL = ["ane", "med", "hjs", "lun", "for", "ger", "amm", "genkir", "gastkir", "ort", "gyn", "ped", "vop", "bup", "rad", "rus"];

/** Relative number of LIS per specialty (default 1). */
const SPECIALTY_WEIGHT: Record<string, number> = {
  vop: 9, med: 8, ane: 7, genkir: 6, rad: 5, ort: 5, gyn: 4, ped: 4, bup: 3, nev: 3, onc: 3, hjs: 3, pat: 2, lun: 2, for: 2,
  gastkir: 2, uro: 2, amm: 1.5, ger: 1.5, inf: 1.5, onh: 1.5, oye: 1.5, fmr: 1.5, nyre: 1.5, thorax: 0.7, barnekir: 0.4,
  brystendo: 0.6, nki: 0.8, arb: 0.5, mmb: 0.8, mbk: 0.4, gen: 0.4, itr: 0.4, klf: 0.3, knf: 0.4, nuk: 0.3, max: 0.3,
};
const REGION_UNI: Record<string, string[]> = { HSO: ["OUS", "Ahus"], HV: ["Helse Bergen", "SUS"], HMN: ["St. Olavs"], HN: ["UNN"] };
/**
 * The national queue (action plan tiltak 22): every trust in the country has a fagavtale with this
 * partner in this specialty, and its LIS choose it first (weight), so that one queue holds a few hundred.
 */
const NATIONAL_QUEUE = { partner: "OUS", specialty: "med", weight: 14 };

const FIRST = ["Ola", "Kari", "Nils", "Ingrid", "Lars", "Sigrid", "Per", "Hanne", "Ole", "Mari", "Knut", "Tone", "Arne", "Liv", "Jon", "Randi", "Geir", "Silje", "Trond", "Anne", "Emil", "Nora", "Sindre", "Ida", "Magnus", "Thea", "Jonas", "Maja", "Henrik", "Eva"];
const LAST = ["Nilsen", "Berg", "Johansen", "Pedersen", "Larsen", "Olsen", "Andersen", "Karlsen", "Strand", "Haugen", "Bakken", "Moen", "Lie", "Dahl", "Eide", "Solberg", "Hagen", "Lund", "Kristiansen", "Jensen", "Halvorsen", "Aas", "Vik", "Sæther", "Myhre"];

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// ─── Rows ─────────────────────────────────────────────────────────────────────

type Org = { id: string; name: string; shortName: string; slug: string; regionId: string; regionCode: string; uni: boolean; lis: number; specialties: string[]; intakeProcedure: "EGET_SKJEMA" | "HELSE_NORD_TILDELING" };
type Spec = { id: string; slug: string; name: string; hasPart2: boolean };
type Fagavtale = { id: string; home: Org; partner: Org; specialtyId: string; normert: number; partnerDepartmentId: string; intake: string };
type Sp = Row & { id: string; personId: string; status: string; receivingOrganisationId: string; specialtyId: string; fagavtaleId: string; desiredStart: string };

type Manifest = {
  mode: "national" | "demo";
  password: string;
  seed: string;
  builtAt: string;
  rows: Record<string, number>;
  personas: {
    localCoordinator: { email: string; trust: string; lis: number };
    regionalCoordinator: { email: string; region: string; lis: number };
    leader: { email: string; department: string };
    lis: { email: string; name: string; queue: string };
  };
  vacancy: { id: string; title: string; candidates: number; startDate: string };
  vacancies: { id: string; title: string; candidates: number; region: string }[];
  notes: string[];
};

async function national(c: pg.ClientBase, opts: { now: Date; lisTotal: number; seedText: string }): Promise<Manifest> {
  const { now, lisTotal, seedText } = opts;
  const rnd = prng(seedText);
  const today = osloToday(now);
  const monthStart = (n: number) => firstOfMonth(addMonths(today, n));
  const passwordHash = bcrypt.hashSync(BENCH_PASSWORD, 10);
  const notes: string[] = [];

  // Reference data as the database holds it (so the bench follows lib/seed/reference-data.ts).
  const regions = (await c.query<{ id: string; code: string; name: string }>(`SELECT id, code, name FROM "Region" ORDER BY code`)).rows;
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const specs: Spec[] = (await c.query<{ id: string; name: string; hasPart2: boolean }>(`SELECT id, name, "hasPart2" FROM "Specialty" ORDER BY id`)).rows.map((s) => ({
    ...s,
    slug: s.id.replace(/^seed-specialty-/, ""),
  }));
  const existingOrgs = (
    await c.query<{ id: string; name: string; shortName: string; regionId: string | null; policyOverride: string | null; policyKey: string | null }>(
      `SELECT o.id, o.name, o."shortName", o."regionId", o."policyOverride", r."policyKey" FROM "Organisation" o LEFT JOIN "Region" r ON r.id = o."regionId"`,
    )
  ).rows;

  // Trusts: the reference rows (lib/seed/reference-data.ts), by name; a missing one is an error.
  const scale = lisTotal / TRUSTS.reduce((s, t) => s + t.lis, 0);
  let remaining = lisTotal;
  const withLis = TRUSTS.filter((t) => t.lis > 0);
  const orgs: Org[] = [];
  for (const t of TRUSTS) {
    const region = regionByCode.get(t.region);
    if (!region) throw new Error(`seed-national: region ${t.region} mangler i referansedataene`);
    const row = existingOrgs.find((o) => o.name === t.name);
    if (!row) throw new Error(`seed-national: ${t.name} mangler i referansedataene (lib/seed/reference-data.ts)`);
    const lis = t.lis === 0 ? 0 : t === withLis.at(-1) ? remaining : Math.round(t.lis * scale);
    remaining -= lis;
    const offered =
      t.specialties ?? (t.tier === "uni" ? specs.map((s) => s.slug) : t.tier === "big" ? BIG : SMALL);
    orgs.push({
      id: row.id,
      name: row.name,
      shortName: row.shortName,
      slug: slugify(row.shortName),
      regionId: region.id,
      regionCode: t.region,
      uni: t.tier === "uni",
      lis,
      specialties: offered.filter((slug) => specs.some((s) => s.slug === slug)),
      // The receiving side's policy decides how a wish reaches it (lib/domain/region-policy).
      intakeProcedure: policyFor({ regionPolicyKey: row.policyKey, policyOverride: row.policyOverride }).intakeProcedure,
    });
  }
  // Every trust with LIS has a fiktiv enhet (the regional registry lists trusts with one).
  const noUnit = await c.query<{ shortName: string }>(
    `UPDATE "Organisation" SET "feUnitName" = 'EXE LIS ' || name WHERE "feUnitName" IS NULL AND id = ANY($1::text[]) RETURNING "shortName"`,
    [orgs.filter((o) => o.lis > 0).map((o) => o.id)],
  );
  notes.push(`Nasjonal kø: alle foretak har fagavtale med ${NATIONAL_QUEUE.partner} i ${NATIONAL_QUEUE.specialty}, og LIS velger den først (vekt ${NATIONAL_QUEUE.weight}).`);
  if (noUnit.rowCount) notes.push(`Fiktiv enhet satt for ${noUnit.rows.map((r) => r.shortName).join(", ")} (referansedataene har ingen).`);
  const specById = new Map(specs.map((s) => [s.id, s]));
  const specBySlug = new Map(specs.map((s) => [s.slug, s]));

  // Learning goals: the reference data has them for a few specialties; the others get six bench goals.
  const goalRows = (await c.query<{ id: string; specialtyId: string | null }>(`SELECT id, "specialtyId" FROM "LearningGoal" ORDER BY code`)).rows;
  const newGoals: Row[] = [];
  for (const s of specs) {
    if (goalRows.some((g) => g.specialtyId === s.id)) continue;
    for (let i = 1; i <= 6; i++) {
      const code = `BENCH-${s.slug.toUpperCase()}-${String(i).padStart(2, "0")}`;
      const row = { id: `bench-goal-${s.slug}-${i}`, code, title: `Læringsmål ${i} i ${s.name.toLowerCase()}`, kind: "SPESIALITET", specialtyId: s.id };
      newGoals.push(row);
      goalRows.push({ id: row.id, specialtyId: s.id });
    }
  }
  const goalsOf = new Map<string | null, string[]>();
  for (const g of goalRows) goalsOf.set(g.specialtyId, [...(goalsOf.get(g.specialtyId) ?? []), g.id]);
  const fkm = goalsOf.get(null) ?? [];

  const rows = {
    persons: [] as Row[],
    roles: [] as Row[],
    departments: [] as Row[],
    employments: [] as Row[],
    goals: [] as Row[],
    fagavtaler: [] as Row[],
    fagavtaleGoals: [] as Row[],
    plans: [] as Row[],
    versions: [] as Row[],
    periods: [] as Row[],
    signatures: [] as Row[],
    fe: [] as Row[],
    sp: [] as Sp[],
    vacancies: [] as Row[],
    offers: [] as Row[],
  };
  const staffSince = addMonths(monthStart(0), -36);
  const nextAllocatable = semesterOnOrAfter(addDays(today, 60));
  const nationalSpecId = specBySlug.get(NATIONAL_QUEUE.specialty)?.id;

  // Regional coordinators.
  for (const r of regions) {
    const personId = `bench-person-regional-${r.code.toLowerCase()}`;
    rows.persons.push({ id: personId, name: `Regional koordinator ${r.name}`, email: `bench.regional.${r.code.toLowerCase()}@eksempel.no`, passwordHash, createdAt: ts(staffSince) });
    rows.roles.push({ id: `bench-role-regional-${r.code.toLowerCase()}`, personId, role: "REGIONAL_KOORDINATOR", regionId: r.id, validFrom: ts(staffSince) });
  }

  // Departments, leaders, local coordinators.
  const deptOf = new Map<string, string>(); // `${orgId}|${specId}` → department id
  const leaderOf = new Map<string, string>(); // department id → person id
  const coordinatorOf = new Map<string, string>();
  for (const o of orgs) {
    if (o.lis > 0) {
      const personId = `bench-person-koordinator-${o.slug}`;
      rows.persons.push({ id: personId, name: `Lokal koordinator ${o.shortName}`, email: `bench.koordinator.${o.slug}@eksempel.no`, passwordHash, createdAt: ts(staffSince) });
      rows.roles.push({ id: `bench-role-koordinator-${o.slug}`, personId, role: "LOKAL_KOORDINATOR", organisationId: o.id, validFrom: ts(staffSince) });
      coordinatorOf.set(o.id, personId);
    }
    for (const slug of o.specialties) {
      const s = specBySlug.get(slug)!;
      const id = `bench-dept-${o.slug}-${slug}`;
      rows.departments.push({ id, organisationId: o.id, name: `Avdeling for ${s.name.toLowerCase()} (${o.shortName})`, kind: "AVDELING", specialtyId: s.id });
      deptOf.set(`${o.id}|${s.id}`, id);
      const leader = `bench-person-leder-${o.slug}-${slug}`;
      rows.persons.push({ id: leader, name: `Leder ${s.name.toLowerCase()} ${o.shortName}`, email: `bench.leder.${o.slug}.${slug}@eksempel.no`, passwordHash, createdAt: ts(staffSince) });
      rows.roles.push({ id: `bench-role-leder-${o.slug}-${slug}`, personId: leader, role: "LEDER", departmentId: id, validFrom: ts(staffSince) });
      leaderOf.set(id, leader);
    }
  }

  // Fagavtaler: each trust and specialty with LIS gets 2–4 partners offering that specialty, mostly the
  // region's university hospital(s), then others in the region, some across regions.
  const fagByHomeSpec = new Map<string, Fagavtale[]>();
  const fagValidFrom = addMonths(monthStart(0), -24);
  const offering = (specId: string) => orgs.filter((o) => deptOf.has(`${o.id}|${specId}`));
  for (const home of orgs.filter((o) => o.lis > 0)) {
    for (const slug of home.specialties) {
      const s = specBySlug.get(slug)!;
      const candidates = offering(s.id).filter((o) => o.id !== home.id);
      if (candidates.length === 0) continue;
      const chosen: Org[] = [];
      const national = slug === NATIONAL_QUEUE.specialty ? candidates.find((o) => o.shortName === NATIONAL_QUEUE.partner) : undefined;
      if (national) chosen.push(national);
      const unis = candidates.filter((o) => REGION_UNI[home.regionCode]!.includes(o.shortName));
      for (const u of unis) if (chosen.length < 2 && !chosen.includes(u)) chosen.push(u);
      const want = rnd.int(2, 5);
      let guard = 0;
      while (chosen.length < want && guard++ < 40) {
        const sameRegion = rnd.chance(0.75);
        const pool = candidates.filter((o) => !chosen.includes(o) && (sameRegion ? o.regionId === home.regionId : o.regionId !== home.regionId));
        if (pool.length === 0) continue;
        chosen.push(rnd.weighted(pool, (o) => (o.uni ? 4 : 1) + (o.lis === 0 ? 0.5 : 0)));
      }
      const list: Fagavtale[] = [];
      for (const partner of chosen) {
        const id = `bench-fagavtale-${home.slug}-${partner.slug}-${slug}`;
        const normert = rnd.pick([3, 3, 6, 6, 6, 12]);
        const intake = partner.intakeProcedure;
        const f: Fagavtale = { id, home, partner, specialtyId: s.id, normert, partnerDepartmentId: deptOf.get(`${partner.id}|${s.id}`)!, intake };
        list.push(f);
        rows.fagavtaler.push({
          id,
          homeOrganisationId: home.id,
          partnerOrganisationId: partner.id,
          specialtyId: s.id,
          partnerDepartmentId: f.partnerDepartmentId,
          arenaName: `Avdeling for ${s.name.toLowerCase()}`,
          normertTidMonths: normert,
          capacityCount: rnd.int(1, 4),
          capacityUnit: rnd.pick(["PER_AR", "PER_SEMESTER", "PER_SEMESTER", "VARSEMESTER", "HOSTSEMESTER"]),
          intakeProcedure: intake,
          validFrom: day(fagValidFrom),
          validTo: null,
          version: 1,
          notes: "",
          createdAt: ts(fagValidFrom),
          updatedAt: ts(fagValidFrom),
        });
        const goals = goalsOf.get(s.id) ?? [];
        if (goals.length >= 3) {
          rows.fagavtaleGoals.push({ fagavtaleId: id, learningGoalId: goals[1 + rnd.int(0, goals.length - 3)]!, role: "DEKKES" });
          rows.fagavtaleGoals.push({ fagavtaleId: id, learningGoalId: goals.at(-1)!, role: "DEKKES" });
          if (rnd.chance(0.4)) rows.fagavtaleGoals.push({ fagavtaleId: id, learningGoalId: goals[0]!, role: "FORKUNNSKAP" });
        }
      }
      fagByHomeSpec.set(`${home.id}|${s.id}`, list);
    }
  }

  // LIS.
  const fagById = new Map<string, Fagavtale>();
  for (const list of fagByHomeSpec.values()) for (const f of list) fagById.set(f.id, f);
  const feOf = new Map<string, { id: string; registeredOn: string; orgId: string }>();
  for (const o of orgs) {
    for (let i = 0; i < o.lis; i++) {
      const s = specBySlug.get(rnd.weighted(o.specialties, (slug) => SPECIALTY_WEIGHT[slug] ?? 1))!;
      const departmentId = deptOf.get(`${o.id}|${s.id}`)!;
      const leader = leaderOf.get(departmentId)!;
      const coordinator = coordinatorOf.get(o.id)!;
      const n = String(i + 1).padStart(4, "0");
      const key = `${o.slug}-${n}`;
      const personId = `bench-person-lis-${key}`;
      const name = `${rnd.pick(FIRST)} ${rnd.pick(LAST)} ${o.shortName.replace(/\s+/g, "")}-${n}`;
      const planKind = rnd.weighted(["none", "draft", "submitted", "approved"] as const, (k) => ({ none: 3, draft: 4, submitted: 4, approved: 89 })[k]);
      const vikariat = rnd.chance(0.12);
      let start = monthStart(-(planKind === "approved" ? rnd.int(3, 58) : rnd.int(0, 4)));
      let end: Date | null = null;
      if (vikariat) {
        end = monthStart(rnd.int(1, 18));
        start = minDate(start, addMonths(end, -rnd.int(4, 24)));
        if (start > today) start = monthStart(0);
      }
      const monthsIn = Math.max(0, Math.round((today.getTime() - start.getTime()) / (30.44 * DAY)));
      const employmentId = `bench-employment-${key}`;
      rows.persons.push({ id: personId, name, email: `bench.lis.${o.slug}.${n}@eksempel.no`, passwordHash, createdAt: ts(addDays(start, -30)) });
      rows.roles.push({ id: `bench-role-lis-${key}`, personId, role: "LIS", organisationId: o.id, validFrom: ts(addDays(start, -30)) });
      rows.employments.push({
        id: employmentId,
        personId,
        organisationId: o.id,
        departmentId,
        specialtyId: s.id,
        type: vikariat ? "VIKARIAT" : "FAST",
        part: s.hasPart2 && monthsIn < 24 ? "DEL2" : "DEL3",
        title: vikariat ? `Vikar, lege i spesialisering i ${s.name.toLowerCase()}` : `Lege i spesialisering i ${s.name.toLowerCase()}`,
        startDate: day(start),
        endDate: end ? day(end) : null,
      });
      // Achieved goals grow with time in the specialisation.
      const progress = Math.min(1, monthsIn / 60);
      const own = goalsOf.get(s.id) ?? [];
      const nOwn = Math.min(own.length, Math.round(progress * own.length * (0.6 + rnd.next() * 0.6)));
      const nFkm = Math.min(fkm.length, Math.round(progress * fkm.length * (0.5 + rnd.next() * 0.7)));
      for (const [g, goal] of [...own.slice(0, nOwn), ...fkm.slice(0, nFkm)].entries()) {
        rows.goals.push({ personId, learningGoalId: goal, achievedOn: day(minDate(addDays(start, 60 + g * 45), addDays(today, -1))), confirmedById: leader });
      }
      if (planKind === "none") continue;

      // The plan: home and away (spesialiseringsperiode) blocks from the start to five years on.
      const planEnd = end ?? addMonths(start, 60);
      const fags = fagByHomeSpec.get(`${o.id}|${s.id}`) ?? [];
      const blocks: { from: Date; to: Date; f: Fagavtale }[] = [];
      let cursor = semesterOnOrAfter(addMonths(start, rnd.int(3, 10)));
      while (fags.length && blocks.length < 8) {
        const f = rnd.weighted(fags, (x) => (x.partner.shortName === NATIONAL_QUEUE.partner && x.specialtyId === nationalSpecId ? NATIONAL_QUEUE.weight : x.partner.uni ? 3 : 1));
        const to = addMonths(cursor, f.normert);
        if (addMonths(to, 2) > planEnd) break;
        blocks.push({ from: cursor, to, f });
        cursor = semesterOnOrAfter(addMonths(to, rnd.int(1, 6)));
      }
      const planId = `bench-plan-${key}`;
      const planPeriodsOf = (versionId: string, bs: typeof blocks) => {
        const out: Row[] = [];
        let at = start;
        const push = (kind: string, from: Date, to: Date, f?: Fagavtale) => {
          if (to <= from) return;
          out.push({
            id: `${versionId}-p${out.length + 1}`,
            versionId,
            kind,
            departmentId: kind === "HJEMME" ? departmentId : null,
            fagavtaleId: f?.id ?? null,
            startDate: day(from),
            endDate: day(to),
            learningActivities: kind === "HJEMME" ? "Klinisk tjeneste, vakt og internundervisning i avdelingen." : "Gjennomstrømningsstilling med veiledet klinisk tjeneste.",
          });
        };
        for (const b of bs) {
          push("HJEMME", at, b.from);
          push("SPESIALISERINGSPERIODE", b.from, b.to, b.f);
          at = b.to;
        }
        push("HJEMME", at, planEnd);
        return out;
      };
      const version = (n: number, status: string, createdAt: Date, extra: Row = {}) => {
        const id = `${planId}-v${n}`;
        rows.versions.push({
          id,
          planId,
          versionNumber: n,
          status,
          courses: "Obligatoriske kurs etter læringsmålene",
          notes: "",
          lockVersion: 0,
          basedOnVersionId: n > 1 ? `${planId}-v${n - 1}` : null,
          createdById: leader,
          createdAt: ts(createdAt),
          updatedAt: ts(createdAt),
          ...extra,
        });
        return id;
      };
      const sign = (versionId: string, at: Date, roles: ("LIS" | "LEDER" | "LOKAL_KOORDINATOR")[]) => {
        for (const role of roles) {
          const by = role === "LIS" ? personId : role === "LEDER" ? leader : coordinator;
          const offset = role === "LIS" ? -10 : role === "LEDER" ? -8 : 0;
          rows.signatures.push({ id: `${versionId}-signatur-${role.toLowerCase().replace(/_/g, "-")}`, versionId, personId: by, role, signedAt: ts(addDays(at, offset)) });
        }
      };
      rows.plans.push({ id: planId, personId, employmentId, createdAt: ts(minDate(addDays(start, 7), now)) });
      if (planKind === "draft" || planKind === "submitted") {
        const at = maxDate(addDays(start, 10), addDays(now, -rnd.int(1, 20)));
        const v = version(1, planKind === "draft" ? "UTKAST" : "TIL_GODKJENNING", minDate(at, now), planKind === "submitted" ? { submittedAt: ts(minDate(at, now)) } : {});
        rows.periods.push(...planPeriodsOf(v, blocks));
        if (planKind === "submitted") sign(v, minDate(addDays(at, 10), now), ["LIS", "LEDER"]);
        continue;
      }
      // Approved: 0–14 months ago (those older than 12 have expired), a third after an earlier version.
      const earliest = addDays(start, 21);
      const approvedAt = maxDate(earliest, addDays(now, -rnd.int(2, 425)));
      let vn = 1;
      if (approvedAt.getTime() - start.getTime() > 200 * DAY && rnd.chance(0.35)) {
        const oldAt = addDays(start, 30);
        const old = version(1, "ERSTATTET", addDays(oldAt, -21), { submittedAt: ts(addDays(oldAt, -7)), approvedAt: ts(oldAt), expiresAt: ts(addMonths(oldAt, 12)) });
        rows.periods.push(...planPeriodsOf(old, blocks.slice(0, 1)));
        sign(old, oldAt, ["LIS", "LEDER", "LOKAL_KOORDINATOR"]);
        vn = 2;
      }
      const current = version(vn, "GODKJENT", addDays(approvedAt, -21), { submittedAt: ts(addDays(approvedAt, -7)), approvedAt: ts(approvedAt), expiresAt: ts(addMonths(approvedAt, 12)) });
      const currentPeriods = planPeriodsOf(current, blocks);
      rows.periods.push(...currentPeriods);
      sign(current, approvedAt, ["LIS", "LEDER", "LOKAL_KOORDINATOR"]);
      if (rnd.chance(0.1)) {
        const open = rnd.chance(0.5) ? "UTKAST" : "TIL_GODKJENNING";
        const at = maxDate(addDays(approvedAt, 1), addDays(now, -rnd.int(1, 15)));
        const v = version(vn + 1, open, at, open === "TIL_GODKJENNING" ? { submittedAt: ts(at) } : {});
        rows.periods.push(...planPeriodsOf(v, blocks));
        if (open === "TIL_GODKJENNING") sign(v, minDate(addDays(at, 10), now), ["LIS", "LEDER"]);
      }

      // Fiktiv enhet: most LIS with an approved plan (vikariater of at least six months).
      const vikariatMonths = end ? Math.round((end.getTime() - start.getTime()) / (30.44 * DAY)) : 99;
      let feId: string | null = null;
      let registeredOn: Date | null = null;
      if (vikariatMonths >= 6 && rnd.chance(0.93)) {
        feId = `bench-fe-${key}`;
        registeredOn = minDate(addDays(approvedAt, rnd.int(0, 30)), today);
        rows.fe.push({ id: feId, personId, organisationId: o.id, employmentId, basedOnPlanVersionId: current, registeredOn: day(registeredOn), createdAt: ts(registeredOn) });
        feOf.set(personId, { id: feId, registeredOn: day(registeredOn), orgId: o.id });
      }

      // Spesialiseringsperioder along the plan: past ones completed (a few cancelled), the current one
      // ongoing, near ones often agreed, the first open one the active wish (in the queue once in the FE), the rest needs.
      let activeDone = false;
      const spPeriods = currentPeriods.filter((p) => p.kind === "SPESIALISERINGSPERIODE");
      blocks.forEach((b, bi) => {
        const base = {
          id: `bench-periode-${key}-${bi + 1}`,
          personId,
          feRegistrationId: feId,
          fagavtaleId: b.f.id,
          receivingOrganisationId: b.f.partner.id,
          specialtyId: s.id,
          planPeriodId: spPeriods[bi]?.id as string,
          desiredStart: day(b.from),
          durationMonths: b.f.normert,
          createdAt: ts(approvedAt),
          updatedAt: ts(approvedAt),
        };
        const agreed = { agreedStart: day(b.from), agreedEnd: day(b.to), leaveAutomatic: true };
        if (b.to <= today) rows.sp.push({ ...base, ...(rnd.chance(0.04) ? { status: "AVBRUTT", statusReason: "Avbrutt etter avtale med LIS" } : { status: "GJENNOMFORT", ...agreed }) });
        else if (b.from <= today) rows.sp.push({ ...base, status: "PAGAR", ...agreed });
        else if (!activeDone && b.from <= addMonths(today, 7) && rnd.chance(0.45)) rows.sp.push({ ...base, status: "AVTALT", ...agreed });
        else if (!activeDone) {
          activeDone = true;
          const queued = feId !== null && rnd.chance(0.7);
          rows.sp.push({
            ...base,
            // Queued LIS want the first place they can get: a wish for the next year and a half asks
            // for the next semester that can still be allocated (the backlog a vacancy sees).
            desiredStart: day(b.from <= addMonths(today, 18) ? nextAllocatable : b.from),
            status: queued ? "I_KO" : "ONSKE",
            queueDate: queued ? day(maxDate(new Date(`${feOf.get(personId)!.registeredOn}T00:00:00Z`), addDays(today, -rnd.int(5, 400)))) : null,
          });
        } else rows.sp.push({ ...base, status: "BEHOV" });
      });
      // Some needs outside the plan (a second partner, later).
      if (fags.length > 1 && rnd.chance(0.5)) {
        const f = rnd.pick(fags);
        rows.sp.push({
          id: `bench-periode-${key}-x`,
          personId,
          feRegistrationId: feId,
          fagavtaleId: f.id,
          receivingOrganisationId: f.partner.id,
          specialtyId: s.id,
          planPeriodId: null as unknown as string,
          status: "BEHOV",
          desiredStart: day(semesterOnOrAfter(addMonths(cursor, 6))),
          durationMonths: f.normert,
          createdAt: ts(approvedAt),
          updatedAt: ts(approvedAt),
        });
      }
    }
  }
  // A need outside the plan may fall after 2100 only in theory; keep the dates plausible.
  rows.sp = rows.sp.filter((p) => p.desiredStart < "2100-01-01");

  // Sending order (criterion 5): most trusts rank their queued LIS per partner and specialty by seniority.
  const sendingGroups = new Map<string, Sp[]>();
  for (const p of rows.sp) {
    if (p.status !== "I_KO") continue;
    const home = fagById.get(p.fagavtaleId)!.home.id;
    const k = `${home}|${p.receivingOrganisationId}|${p.specialtyId}`;
    sendingGroups.set(k, [...(sendingGroups.get(k) ?? []), p]);
  }
  for (const group of sendingGroups.values()) {
    if (!rnd.chance(0.7)) continue;
    group.sort((a, b) => (feOf.get(a.personId)!.registeredOn < feOf.get(b.personId)!.registeredOn ? -1 : 1) || (a.id < b.id ? -1 : 1));
    group.forEach((p, i) => Object.assign(p, { sendingRank: i + 1, sendingRankReason: "Ansiennitet i fiktiv enhet" }));
  }

  // Open vacancies where the active wishes gather: candidates = active wishes at the receiving trust in the
  // specialty starting within ± 90 days (one semester start), as loadRanking matches them.
  const wishGroups = new Map<string, Sp[]>();
  for (const p of rows.sp) {
    if (p.status !== "ONSKE" && p.status !== "I_KO") continue;
    if (p.desiredStart < day(addDays(today, 45))) continue;
    const k = `${p.receivingOrganisationId}|${p.specialtyId}|${p.desiredStart}`;
    wishGroups.set(k, [...(wishGroups.get(k) ?? []), p]);
  }
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const vacancies: Manifest["vacancies"] = [];
  const groupsByRegion = new Map<string, [string, Sp[]][]>();
  for (const entry of wishGroups) {
    const org = orgById.get(entry[1][0]!.receivingOrganisationId)!;
    groupsByRegion.set(org.regionCode, [...(groupsByRegion.get(org.regionCode) ?? []), entry]);
  }
  let offerCount = 0;
  const offeredPerson = new Set<string>();
  for (const [regionCode, groups] of [...groupsByRegion].sort()) {
    groups.sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    groups.slice(0, 6).forEach(([k, group], gi) => {
      const [orgId, specId, start] = k.split("|") as [string, string, string];
      const org = orgById.get(orgId)!;
      const s = specById.get(specId)!;
      const departmentId = deptOf.get(`${orgId}|${specId}`)!;
      const leader = leaderOf.get(departmentId)!;
      const id = `bench-vacancy-${org.slug}-${s.slug}-${start}`;
      const posts = group.length >= 50 ? 3 : group.length >= 15 ? 2 : 1;
      const createdAt = addDays(now, -rnd.int(3, 20));
      rows.vacancies.push({ id, organisationId: orgId, departmentId, specialtyId: specId, startDate: start, durationMonths: fagById.get(group[0]!.fagavtaleId)!.normert, posts, startWindowDays: 90, status: "APEN", drawSeed: `bench-${id}`, createdById: leader, createdAt: ts(createdAt) });
      vacancies.push({ id, title: `${s.name}, ${org.shortName}, start ${start}`, candidates: group.length, region: regionCode });
      // An open offer on every other vacancy, to the longest-waiting queued candidate.
      if (gi % 2 === 1) {
        const candidate = group
          .filter((p) => p.status === "I_KO" && !offeredPerson.has(p.personId))
          .sort((a, b) => (feOf.get(a.personId)!.registeredOn < feOf.get(b.personId)!.registeredOn ? -1 : 1))[0];
        if (candidate) {
          offeredPerson.add(candidate.personId);
          candidate.status = "TILBUDT";
          rows.offers.push({ id: `bench-offer-${++offerCount}`, vacancyId: id, postNumber: 1, spesialiseringsperiodeId: candidate.id, personId: candidate.personId, status: "TILBUDT", rankAtOffer: 1, deadline: ts(addDays(now, 7)), offeredById: leader, offeredAt: ts(addDays(now, -1)) });
        }
      }
    });
  }
  // Filled vacancies behind the agreed periods: one per receiving department and start, an accepted offer each.
  const agreedGroups = new Map<string, Sp[]>();
  for (const p of rows.sp) {
    if (p.status !== "AVTALT") continue;
    const k = `${p.receivingOrganisationId}|${p.specialtyId}|${p.desiredStart}`;
    agreedGroups.set(k, [...(agreedGroups.get(k) ?? []), p]);
  }
  for (const [k, group] of [...agreedGroups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [orgId, specId, start] = k.split("|") as [string, string, string];
    const org = orgById.get(orgId)!;
    const s = specById.get(specId)!;
    const departmentId = deptOf.get(`${orgId}|${specId}`)!;
    const leader = leaderOf.get(departmentId)!;
    const id = `bench-vacancy-besatt-${org.slug}-${s.slug}-${start}`;
    const offeredAt = minDate(addMonths(new Date(`${start}T09:00:00Z`), -5), addDays(now, -rnd.int(10, 60)));
    rows.vacancies.push({ id, organisationId: orgId, departmentId, specialtyId: specId, startDate: start, durationMonths: group[0]!.durationMonths as number, posts: group.length, startWindowDays: 90, status: "BESATT", drawSeed: `bench-${id}`, createdById: leader, createdAt: ts(addDays(offeredAt, -14)) });
    group.forEach((p, i) => {
      rows.offers.push({ id: `bench-offer-${++offerCount}`, vacancyId: id, postNumber: i + 1, spesialiseringsperiodeId: p.id, personId: p.personId, status: "AKSEPTERT", rankAtOffer: i + 1, deadline: ts(addDays(offeredAt, 7)), offeredById: leader, offeredAt: ts(offeredAt), respondedAt: ts(addDays(offeredAt, 2)) });
    });
  }

  // Write, parents first.
  const counts: Record<string, number> = {};
  const T = "text";
  counts.learningGoals = await insert(c, "LearningGoal", { id: T, code: T, title: T, kind: "LearningGoalKind", specialtyId: T }, newGoals);
  counts.departments = await insert(c, "Department", { id: T, organisationId: T, name: T, kind: "DepartmentKind", specialtyId: T }, rows.departments);
  counts.persons = await insert(c, "Person", { id: T, name: T, email: T, passwordHash: T, createdAt: "timestamptz" }, rows.persons);
  counts.roleAssignments = await insert(c, "RoleAssignment", { id: T, personId: T, role: "Role", organisationId: T, departmentId: T, regionId: T, validFrom: "timestamptz" }, rows.roles);
  counts.employments = await insert(c, "Employment", { id: T, personId: T, organisationId: T, departmentId: T, specialtyId: T, type: "EmploymentType", part: "LisPart", title: T, startDate: "date", endDate: "date" }, rows.employments);
  counts.achievedGoals = await insert(c, "AchievedLearningGoal", { personId: T, learningGoalId: T, achievedOn: "date", confirmedById: T }, rows.goals);
  counts.fagavtaler = await insert(
    c,
    "Fagavtale",
    { id: T, homeOrganisationId: T, partnerOrganisationId: T, specialtyId: T, partnerDepartmentId: T, arenaName: T, normertTidMonths: "integer", capacityCount: "integer", capacityUnit: "CapacityUnit", intakeProcedure: "IntakeProcedure", validFrom: "date", validTo: "date", version: "integer", notes: T, createdAt: "timestamptz", updatedAt: "timestamptz" },
    rows.fagavtaler,
  );
  counts.fagavtaleGoals = await insert(c, "FagavtaleLearningGoal", { fagavtaleId: T, learningGoalId: T, role: "FagavtaleGoalRole" }, rows.fagavtaleGoals);
  counts.plans = await insert(c, "Plan", { id: T, personId: T, employmentId: T, createdAt: "timestamptz" }, rows.plans);
  // Versions in number order (basedOnVersionId refers to the previous one).
  rows.versions.sort((a, b) => (a.versionNumber as number) - (b.versionNumber as number));
  counts.planVersions = await insert(
    c,
    "PlanVersion",
    { id: T, planId: T, versionNumber: "integer", status: "PlanStatus", courses: T, notes: T, lockVersion: "integer", basedOnVersionId: T, createdById: T, createdAt: "timestamptz", updatedAt: "timestamptz", submittedAt: "timestamptz", approvedAt: "timestamptz", expiresAt: "timestamptz" },
    rows.versions,
  );
  counts.planPeriods = await insert(c, "PlanPeriod", { id: T, versionId: T, kind: "PlanPeriodKind", departmentId: T, fagavtaleId: T, startDate: "date", endDate: "date", learningActivities: T }, rows.periods);
  counts.planSignatures = await insert(c, "PlanSignature", { id: T, versionId: T, personId: T, role: "Role", signedAt: "timestamptz" }, rows.signatures);
  counts.feRegistrations = await insert(c, "FeRegistration", { id: T, personId: T, organisationId: T, employmentId: T, basedOnPlanVersionId: T, registeredOn: "date", createdAt: "timestamptz" }, rows.fe);
  counts.spesialiseringsperioder = await insert(
    c,
    "Spesialiseringsperiode",
    { id: T, personId: T, feRegistrationId: T, fagavtaleId: T, receivingOrganisationId: T, specialtyId: T, planPeriodId: T, status: "PeriodStatus", desiredStart: "date", durationMonths: "integer", queueDate: "date", sendingRank: "integer", sendingRankReason: T, agreedStart: "date", agreedEnd: "date", leaveAutomatic: "boolean", statusReason: T, createdAt: "timestamptz", updatedAt: "timestamptz" },
    rows.sp.map((p) => ({ leaveAutomatic: false, ...p })),
  );
  counts.vacancies = await insert(c, "Vacancy", { id: T, organisationId: T, departmentId: T, specialtyId: T, startDate: "date", durationMonths: "integer", posts: "integer", startWindowDays: "integer", status: "VacancyStatus", drawSeed: T, createdById: T, createdAt: "timestamptz" }, rows.vacancies);
  counts.offers = await insert(c, "Offer", { id: T, vacancyId: T, postNumber: "integer", spesialiseringsperiodeId: T, personId: T, status: "OfferStatus", rankAtOffer: "integer", deadline: "timestamptz", offeredById: T, offeredAt: "timestamptz", respondedAt: "timestamptz" }, rows.offers);

  // Personas: the biggest trust's coordinator, the biggest region's, the busiest vacancy's leader, and a LIS in its queue.
  const biggest = [...orgs].sort((a, b) => b.lis - a.lis)[0]!;
  const regionLis = new Map<string, number>();
  for (const o of orgs) regionLis.set(o.regionCode, (regionLis.get(o.regionCode) ?? 0) + o.lis);
  const [bigRegionCode, bigRegionLis] = [...regionLis].sort((a, b) => b[1] - a[1])[0]!;
  const busiest = [...vacancies].sort((a, b) => b.candidates - a.candidates)[0]!;
  const busiestRow = rows.vacancies.find((v) => v.id === busiest.id)!;
  const busiestGroup = wishGroups.get(`${busiestRow.organisationId}|${busiestRow.specialtyId}|${busiestRow.startDate}`)!;
  const queued = busiestGroup.filter((p) => p.status === "I_KO").sort((a, b) => (feOf.get(a.personId)!.registeredOn < feOf.get(b.personId)!.registeredOn ? -1 : 1));
  const lisPeriod = queued[Math.floor(queued.length / 2)]!;
  const lisPerson = rows.persons.find((p) => p.id === lisPeriod.personId)!;
  const busiestDept = rows.departments.find((d) => d.id === busiestRow.departmentId)!;
  const leaderPerson = rows.persons.find((p) => p.id === leaderOf.get(busiestRow.departmentId as string))!;
  return {
    mode: "national",
    password: BENCH_PASSWORD,
    seed: seedText,
    builtAt: now.toISOString(),
    rows: counts,
    personas: {
      localCoordinator: { email: `bench.koordinator.${biggest.slug}@eksempel.no`, trust: biggest.name, lis: biggest.lis },
      regionalCoordinator: { email: `bench.regional.${bigRegionCode.toLowerCase()}@eksempel.no`, region: regionByCode.get(bigRegionCode)!.name, lis: bigRegionLis },
      leader: { email: leaderPerson.email as string, department: busiestDept.name as string },
      lis: { email: lisPerson.email as string, name: lisPerson.name as string, queue: `${busiest.title} (${busiest.candidates} med aktivt ønske)` },
    },
    vacancy: { id: busiest.id, title: busiest.title, candidates: busiest.candidates, startDate: busiestRow.startDate as string },
    vacancies,
    notes,
  };
}

/** The demo (as `npm start` seeds it) plus one open vacancy at UNN gastroenterologisk kirurgi. */
async function demo(c: pg.ClientBase, now: Date): Promise<Manifest> {
  const today = osloToday(now);
  const start = firstOfMonth(addMonths(today, 5));
  const id = "bench-vacancy-unn-generell-kirurgi";
  const leader = (await c.query<{ personId: string }>(`SELECT "personId" FROM "RoleAssignment" WHERE role = 'LEDER' AND "departmentId" = $1 LIMIT 1`, [DEPT.unnGastkir])).rows[0];
  if (!leader) throw new Error("seed-national: demo-seeden mangler lederen for UNN gastroenterologisk kirurgi");
  await c.query(
    `INSERT INTO "Vacancy" (id, "organisationId", "departmentId", "specialtyId", "startDate", "durationMonths", posts, "startWindowDays", "drawSeed", "createdById")
     VALUES ($1, $2, $3, $4, $5, 6, 1, 90, 'bench-demo', $6)`,
    [id, ORG.unn, DEPT.unnGastkir, SPEC.generellKirurgi, day(start), leader.personId],
  );
  const candidates = (
    await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Spesialiseringsperiode" p JOIN "Fagavtale" f ON f.id = p."fagavtaleId"
       WHERE f."partnerOrganisationId" = $1 AND f."specialtyId" = $2 AND p.status IN ('ONSKE', 'I_KO') AND p."desiredStart" BETWEEN $3::date - 90 AND $3::date + 90`,
      [ORG.unn, SPEC.generellKirurgi, day(start)],
    )
  ).rows[0]!.n;
  const counts = (await c.query<{ persons: number; fe: number; sp: number }>(`SELECT (SELECT count(*)::int FROM "Person") AS persons, (SELECT count(*)::int FROM "FeRegistration") AS fe, (SELECT count(*)::int FROM "Spesialiseringsperiode") AS sp`)).rows[0]!;
  return {
    mode: "demo",
    password: DEMO_PASSWORD,
    seed: "demo",
    builtAt: now.toISOString(),
    rows: { persons: counts.persons, feRegistrations: counts.fe, spesialiseringsperioder: counts.sp, vacancies: 1 },
    personas: {
      localCoordinator: { email: "marit.sorensen@eksempel.no", trust: "Helgelandssykehuset HF", lis: 0 },
      regionalCoordinator: { email: "tor.henriksen@eksempel.no", region: "Helse Nord", lis: 0 },
      leader: { email: "kristoffer.lund@eksempel.no", department: "Gastroenterologisk kirurgi" },
      lis: { email: "jonas.eriksen@eksempel.no", name: "Jonas Eriksen", queue: "Generell kirurgi, UNN" },
    },
    vacancy: { id, title: "Generell kirurgi, UNN", candidates, startDate: day(start) },
    vacancies: [{ id, title: "Generell kirurgi, UNN", candidates, region: "HN" }],
    notes: [],
  };
}

async function main() {
  const url = process.env.BENCH_DB_URL;
  const mode = process.env.BENCH_MODE === "demo" ? "demo" : "national";
  const manifestFile = process.env.BENCH_MANIFEST;
  if (!url || !manifestFile) throw new Error("BENCH_DB_URL og BENCH_MANIFEST må være satt (kjør `npm run bench:seed`)");
  const lisTotal = Number(process.env.BENCH_LIS ?? 7000);
  if (!Number.isInteger(lisTotal) || lisTotal < 100 || lisTotal > 50_000) throw new Error("BENCH_LIS må være et heltall 100–50000");
  const seedText = process.env.BENCH_SEED ?? "lis-national-1";
  const now = new Date();
  const started = Date.now();

  // Reference data (and the demo people in demo mode) exactly as the app's own seed writes them.
  const prisma = createPrismaClient(url);
  try {
    await prisma.$transaction((tx) => seed(tx, { now, demo: mode === "demo" }), { timeout: 120_000, maxWait: 10_000 });
  } finally {
    await prisma.$disconnect();
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const manifest = mode === "demo" ? await demo(client, now) : await national(client, { now, lisTotal, seedText });
    await client.query("COMMIT");
    await client.query("ANALYZE");
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    console.info(`[bench:seed] ${mode}: ${JSON.stringify(manifest.rows)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const n of manifest.notes) console.info(`[bench:seed] ${n}`);
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

main().catch((e) => {
  console.error(`[bench:seed] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
