// Issue 11 §6: every input refused cleanly. A bounded, seeded fuzz of every server action: each
// "use server" export under lib/ and app/ (found as server-actions-are-wrapped.test.ts finds them) is
// called as a real signed-in person holding its capability, against the real database, with payloads
// generated from a seeded PRNG (FUZZ_SEED, default 20261111): NUL bytes, lone surrogates, absurd
// integers, impossible and implausible dates, unknown fields, wrong types, missing fields, 100,000-char
// strings, deep nesting, FormData/object confusion, and valid-shaped payloads naming objects outside
// the person's scope or not at all. Asserted: no INTERNAL answer, nothing thrown, nothing logged as an
// error, and nothing written (a fingerprint of every table, AuditLog included, per action).
// FUZZ_REPORT=path writes a JSON report (payloads, per action, server errors, writes).
import { REPO_ROOT, TOP_USE_SERVER, appSources } from "../helpers/source-files";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, ownerDb, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { FOREIGN, HOME, HOME_ACTOR, seedForeignScope } from "../helpers/foreign-scope";
import { CAPABILITIES, type Capability } from "@/lib/domain/capabilities";
import { ROLES, type Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/auth/load-actor";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const SEED = Number(process.env.FUZZ_SEED ?? 20261111);
/** Payloads per action export (about 2,000 in all). */
const PER_EXPORT = 50;

// ─── The actions ──────────────────────────────────────────────────────────────

const root = REPO_ROOT;
const actionFiles = appSources().filter((f) => TOP_USE_SERVER.test(f.text));

const F = {
  vacancy: FOREIGN.vacancy.region,
  period: FOREIGN.period.region,
  need: FOREIGN.need.region,
  offer: FOREIGN.offer.region,
  conflict: FOREIGN.conflict.region,
  fagavtale: FOREIGN.fagavtale.region,
  organisation: FOREIGN.organisation.region,
  department: FOREIGN.department.region,
  employment: FOREIGN.employment.region,
  registration: FOREIGN.feRegistration.region,
  intakeForm: FOREIGN.intakeForm.region,
  notification: FOREIGN.notification.region,
  planVersion: FOREIGN.planVersion.region,
  roleAssignment: FOREIGN.roleAssignment.region,
};

/**
 * A valid-shaped payload per action file, naming objects outside every home actor's scope (Helse
 * Midt-Norge's), so even a payload that passes validation may not write. A new action file without an
 * entry here fails the test. `noValidShape`: the action's valid input is harmless to nobody but
 * the caller (logging out everywhere), so only invalid variants are sent. `formPayload`: the form's own
 * field names, where the form adapter maps them. `serviceFields`: fields the service (not the schema)
 * answers a valid-shaped payload's foreign objects on, as a VALIDATION. `inScope`: a second payload on
 * the person's own objects that cannot succeed (a stale version), so the service's own validation of
 * bad values is reached too.
 */
const BASE: Record<string, { payload: Record<string, unknown>; formPayload?: Record<string, unknown>; noValidShape?: boolean; serviceFields?: string[]; inScope?: Record<string, unknown> }> = {
  "create-vacancy": { payload: { departmentId: F.department, startDate: "2027-08-01", durationMonths: "6", posts: "1", startWindowDays: "30" } },
  "make-offer": { payload: { vacancyId: F.vacancy, periodId: F.period, deviationReason: "" } },
  "respond-offer": { payload: { offerId: F.offer, answer: "AVSLA", reason: "Passer ikke for meg nå" } },
  "withdraw-vacancy": { payload: { vacancyId: F.vacancy, reason: "Stillingen er ikke lenger ledig" } },
  "log-out-everywhere": { payload: {}, noValidShape: true },
  "switch-role": { payload: { roleAssignmentId: F.roleAssignment } },
  "decide-conflict": { payload: { conflictId: F.conflict, decision: "AVGJORT", chosenPeriodId: F.period, reason: "Kriterium 6 avgjør saken" } },
  "save-fagavtale": {
    payload: {
      id: F.fagavtale,
      expectedVersion: "1",
      homeOrganisationId: F.organisation,
      partnerOrganisationId: F.organisation,
      specialtyId: "seed-spec-generell-kirurgi",
      arenaName: "Nevrologisk avdeling",
      normertTidMonths: "6",
      capacityCount: "2",
      capacityUnit: "PER_AR",
      intakeProcedure: "HELSE_NORD_TILDELING",
      contactName: "Kari Nordmann",
      contactEmail: "kari@eksempel.no",
      validFrom: "2027-01-01",
      validTo: "2029-12-31",
      dekkes: "KIR-001 KIR-002",
      forkunnskap: "",
      notes: "",
      reason: "Ny kapasitet fra 2027",
    },
    serviceFields: ["homeOrganisationId"],
  },
  "correct-registration-date": { payload: { registrationId: F.registration, newDate: "2027-01-01", reason: "Feil dato ble registrert" } },
  "end-registration": { payload: { registrationId: F.registration, endedOn: "2027-01-01", endReason: "Ferdig spesialist" } },
  "register-lis": { payload: { employmentId: F.employment, registeredOn: "2027-01-01" } },
  "set-sending-order": { payload: { ranks: { [F.period]: "1" }, reason: "Ansiennitet avgjør rekkefølgen" }, formPayload: { [`rank-${F.period}`]: "1", reason: "Ansiennitet avgjør rekkefølgen" } },
  "approve-intake-form": { payload: { intakeFormId: F.intakeForm } },
  "forward-intake-form": { payload: { intakeFormId: F.intakeForm } },
  "record-intake-received": { payload: { intakeFormId: F.intakeForm, receivedOn: "2027-01-01" } },
  "record-period-agreement": { payload: { periodId: F.period, agreedStart: "2027-02-01", agreedEnd: "2027-07-31", agreedWith: "Avdelingsleder Hansen", agreedOn: "2026-11-02" } },
  "cancel-agreed-period": { payload: { periodId: F.period, reason: "LIS-en har lovfestet fravær i perioden" } },
  "change-agreed-period": { payload: { periodId: F.period, agreedStart: "2027-03-01", agreedEnd: "2027-08-31", reasonKind: "LOVFESTET_FRAVAER", reason: "Foreldrepermisjon i mars" } },
  "mark-period-goals": { payload: { periodId: F.period, reached: ["seed-goal-genkir-02"] } },
  "take-indicator-snapshot": { payload: { scopeId: F.organisation } },
  "save-intake-form": { payload: { periodId: F.period, motivasjon: "Vil lære mer", onsketOppstart: "2027-08-01", oppnaddeLaeringsmal: "KIR-001", kontaktinfo: "kari@eksempel.no" } },
  "mark-notification-read": { payload: { notificationId: F.notification } },
  "send-plan-reminder": { payload: { employmentId: F.employment, to: "BEGGE" } },
  "approve-plan": { payload: { versionId: F.planVersion, lockVersion: "0" } },
  "sign-plan": { payload: { versionId: F.planVersion, lockVersion: "0" } },
  "return-plan": { payload: { versionId: F.planVersion, lockVersion: "0", comment: "Rett opp periodene" } },
  "save-plan": {
    payload: {
      employmentId: F.employment,
      basedOnVersionId: "",
      lockVersion: "0",
      courses: "",
      notes: "",
      periods: JSON.stringify([
        { kind: "HJEMME", departmentId: F.department, fagavtaleId: "", startDate: "2027-01-01", endDate: "2027-06-30", durationMonths: "", shortDurationReason: "", learningActivities: "" },
        { kind: "SPESIALISERINGSPERIODE", departmentId: "", fagavtaleId: F.fagavtale, startDate: "2027-07-01", endDate: "", durationMonths: "6", shortDurationReason: "", learningActivities: "" },
      ]),
    },
    // Jonas's own plan, based on a version that is not the current one: validated, then refused as stale.
    inScope: {
      employmentId: HOME.employment,
      basedOnVersionId: "fuzz-stale-version",
      lockVersion: "0",
      courses: "",
      notes: "",
      periods: JSON.stringify([
        { kind: "HJEMME", departmentId: HOME.department, fagavtaleId: "", startDate: "2027-01-01", endDate: "2027-06-30", durationMonths: "", shortDurationReason: "", learningActivities: "" },
        { kind: "SPESIALISERINGSPERIODE", departmentId: "", fagavtaleId: HOME.fagavtale, startDate: "2027-07-01", endDate: "", durationMonths: "6", shortDurationReason: "", learningActivities: "" },
      ]),
    },
  },
  "update-person-identity": { payload: { personId: FOREIGN.person.region, hprNumber: "9188002", entraObjectId: "4e5f6071-8293-4dae-8fb0-3b4c5d6e7f80" } },
  // No link request exists in the fuzz database: a valid-shaped decision names nothing the caller may touch.
  "decide-entra-link": { payload: { requestId: "fx-entra-link-finnes-ikke", decision: "BEKREFT" } },
  "activate-wish": { payload: { periodId: F.need } },
  "withdraw-wish": { payload: { periodId: F.period, reason: "Har funnet en annen løsning" } },
};

/** A home actor holding the capability the file's action names (each home actor holds one role). */
function roleFor(capability: Capability): Role {
  const granted = CAPABILITIES[capability] as Partial<Record<Role, unknown>>;
  const role = ROLES.find((r) => granted[r]);
  if (!role) throw new Error(`no role holds ${capability}`);
  return role;
}

type Target = { file: string; key: string; name: string; fn: (...args: unknown[]) => Promise<unknown>; role: Role; form: boolean };

const targets: Target[] = (
  await Promise.all(
    actionFiles.map(async ({ file, text }) => {
      const capability = /capability:\s*"([^"]+)"/.exec(text)?.[1] as Capability | undefined;
      const key = path.basename(file).replace(/\.[^.]+$/, "");
      const exported = (await import(path.join(root, file))) as Record<string, unknown>;
      return Object.entries(exported).map(([name, value]) => {
        if (!capability) throw new Error(`${file}: no capability found`);
        const fn = value as (...args: unknown[]) => Promise<unknown>;
        return { file, key, name, fn, role: roleFor(capability), form: fn.length >= 2 };
      });
    }),
  )
).flat();

// ─── The payloads ─────────────────────────────────────────────────────────────

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const deep = (levels: number): unknown => (levels === 0 ? "bunn" : { a: deep(levels - 1) });
const KNOWN_IDS = Object.values(F);

/** Bad values for one field, by class; `like` is the field's valid value (for mutations of it). */
const BAD_VALUES: Record<string, (like: unknown, rnd: () => number) => unknown> = {
  nul: (like) => `${String(like)}\u0000`,
  nulOnly: () => "\u0000",
  loneHigh: (like) => `${String(like)}\ud800`,
  loneLow: () => "\udc00x",
  huge100k: () => "x".repeat(100_000),
  huge250k: () => "å".repeat(250_000),
  int4Overflow: () => "999999999999",
  int4OverflowNumber: () => 999_999_999_999,
  negative: () => "-1",
  float: () => "1.5",
  nan: () => "NaN",
  infinity: () => "Infinity",
  exponent: () => "1e400",
  hex: () => "0x7fffffff",
  numberNaN: () => Number.NaN,
  year0000: () => "0000-01-01",
  year9999: () => "9999-12-31",
  feb30: () => "2026-02-30",
  norwegianFeb30: () => "30.02.2026",
  month13: () => "2026-13-01",
  year1900: () => "1900-01-01",
  extendedYear: () => "+275760-09-13",
  garbageDate: () => "i morgen",
  empty: () => "",
  whitespace: () => "   ",
  array: (like) => [like, like],
  emptyArray: () => [],
  object: (like) => ({ value: like }),
  deep: () => deep(20),
  bool: () => true,
  nullValue: () => null,
  number: () => 42,
  otherId: (_like, rnd) => KNOWN_IDS[Math.floor(rnd() * KNOWN_IDS.length)],
  nonexistentId: () => "fuzz-finnes-ikke",
  sqlish: () => "'; DROP TABLE \"AuditLog\"; --",
  unicode: () => "👩‍⚕️".repeat(500),
  protoKey: () => ({ __proto__: { isAdmin: true } }),
  // What React's reply can decode besides JSON: a Date ("$D…"), a Map, a BigInt.
  invalidDate: () => new Date("garbage"),
  date: () => new Date("2027-01-01T00:00:00Z"),
  map: () => new Map([["a", 1]]),
  bigint: () => 10n ** 30n,
};
const BAD_CLASSES = Object.keys(BAD_VALUES);

/** `strict`: must be answered VALIDATION (unknown fields, a body of the wrong kind), not merely refused. */
type Payload = { label: string; args: unknown[]; validShape: boolean; strict?: boolean };

function formDataOf(values: unknown): FormData {
  const form = new FormData();
  if (!values || typeof values !== "object") return form;
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) form.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
    else form.append(key, typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));
  }
  return form;
}

/** The argument list an object action or a (previous, FormData) form adapter gets for an input. */
const call = (target: Target, input: unknown): unknown[] => (target.form ? [null, input instanceof FormData ? input : formDataOf(input)] : [input]);

function payloadsFor(target: Target, rnd: () => number): Payload[] {
  const spec = BASE[target.key]!;
  const base = { ...spec, payload: (target.form && spec.formPayload) || spec.payload };
  const fields = Object.keys(base.payload);
  const out: Payload[] = [];
  const add = (label: string, args: unknown[], validShape = false) => out.push({ label, args, validShape });
  const addStrict = (label: string, args: unknown[]) => out.push({ label, args, validShape: false, strict: true });
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;

  // Fixed cases: the shape of the body itself.
  if (!base.noValidShape) {
    add("valid shape, objects out of scope", call(target, base.payload), true);
    add("valid shape, nonexistent ids", call(target, Object.fromEntries(Object.entries(base.payload).map(([k, v]) => [k, KNOWN_IDS.includes(v as string) ? "fuzz-finnes-ikke" : v]))), true);
    add("valid shape with Next's $ACTION keys", call(target, { ...base.payload, $ACTION_ID_0123abcd: "", "$ACTION_REF_1": "", "$ACTION_1:0": '{"id":"x","bound":null}' }), true);
  }
  addStrict("unknown field", call(target, { ...base.payload, isAdmin: "true" }));
  addStrict("unknown field __proto__", call(target, Object.fromEntries([["__proto__", { isAdmin: true }], ["extra", 1], ...Object.entries(base.payload)])));
  addStrict("unknown field constructor", call(target, { ...base.payload, constructor: "x" }));
  if (target.form) {
    addStrict("plain object where FormData is expected", [null, base.payload]);
    addStrict("string where FormData is expected", [null, "periods=[]"]);
    addStrict("nothing where FormData is expected", [null, undefined]);
    addStrict("array where FormData is expected", [null, [base.payload]]);
    addStrict("previous state junk, FormData with unknown field", [{ ok: true, data: { id: "x" } }, formDataOf({ ...base.payload, rolle: "ADMIN" })]);
  } else {
    // FormData is read as the form it is (a nested field, like ranks, does not survive it).
    if (!base.noValidShape) add("FormData where an object is expected", [formDataOf(base.payload)], Object.values(base.payload).every((v) => typeof v !== "object"));
    addStrict("FormData with unknown field where an object is expected", [formDataOf({ ...base.payload, rolle: "ADMIN" })]);
    addStrict("string body", ["{not json"]);
    addStrict("number body", [42]);
    addStrict("null body", [null]);
    addStrict("undefined body", [undefined]);
    addStrict("array body", [[base.payload]]);
    addStrict("deeply nested body", [deep(40)]);
    addStrict("a Date as the body", [new Date("garbage")]);
    addStrict("a Map as the body", [new Map(Object.entries(base.payload))]);
  }
  for (const field of fields) add(`missing ${field}`, call(target, Object.fromEntries(Object.entries(base.payload).filter(([k]) => k !== field))));

  const mutate = (payload: Record<string, unknown>, prefix: string, until: number) => {
    // Fields holding JSON rows (the plan's periods): too many rows, and a bad value inside a row.
    const jsonRows = fields.flatMap((field) => {
      const parsed = typeof payload[field] === "string" && (payload[field] as string).startsWith("[") ? (JSON.parse(payload[field] as string) as unknown) : null;
      return Array.isArray(parsed) && parsed.every((r) => r && typeof r === "object") ? [{ field, rows: parsed as Record<string, unknown>[] }] : [];
    });
    for (const { field, rows } of jsonRows) {
      add(`${prefix}${field}: 3,000 rows`, call(target, { ...payload, [field]: JSON.stringify(Array.from({ length: 3000 }, () => rows[0])) }));
      add(`${prefix}${field}: not JSON`, call(target, { ...payload, [field]: "[{" }));
      add(`${prefix}${field}: a row with an unknown field`, call(target, { ...payload, [field]: JSON.stringify([{ ...rows[0], id: "x" }]) }));
      for (let i = 0; i < 10; i++) {
        const row = Math.floor(rnd() * rows.length);
        const key = pick(Object.keys(rows[row]!));
        const cls = pick(BAD_CLASSES);
        const mutated = rows.map((r, j) => (j === row ? { ...r, [key]: BAD_VALUES[cls]!(r[key], rnd) } : r));
        add(`${prefix}${field}.${row}.${key}=${cls}`, call(target, { ...payload, [field]: JSON.stringify(mutated) }));
      }
    }
    // Seeded: a field (or two) replaced by a bad value of a random class.
    while (out.length < until) {
      const mutated: Record<string, unknown> = { ...payload };
      const changed: string[] = [];
      const count = fields.length > 1 && rnd() < 0.25 ? 2 : 1;
      for (let i = 0; i < count; i++) {
        const field = fields.length ? pick(fields) : `extra${i}`;
        const cls = pick(BAD_CLASSES);
        mutated[field] = BAD_VALUES[cls]!(payload[field] ?? "x", rnd);
        changed.push(`${field}=${cls}`);
      }
      add(prefix + changed.join(","), call(target, mutated));
    }
  };
  mutate(base.payload, "", PER_EXPORT);
  if (spec.inScope) {
    add("in scope, stale version", call(target, spec.inScope), true);
    mutate(spec.inScope, "in scope: ", PER_EXPORT + 30);
  }
  return out;
}

// ─── The database's fingerprint ───────────────────────────────────────────────

/** Row count and a checksum of every table (AuditLog included), so any insert, update or delete shows. */
async function fingerprint(): Promise<Record<string, string>> {
  const db = ownerDb();
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const rows = await db.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(
    tables
      .map(({ table_name }) => `SELECT '${table_name}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table_name}" x`)
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort();
}

// ─── The run ──────────────────────────────────────────────────────────────────

type Finding = { export: string; payload: string; outcome: string };
type PerAction = { payloads: number; validShape: number; codes: Record<string, number>; serverErrors: number; writes: string[] };

const report = {
  seed: SEED,
  payloads: 0,
  perAction: {} as Record<string, PerAction>,
  serverErrors: [] as Finding[],
  thrown: [] as Finding[],
  consoleErrors: 0,
  writes: [] as { export: string; tables: string[] }[],
};
const actors = new Map<Role, Actor>();
let consoleErrors = 0;
const originalConsoleError = console.error;

beforeAll(async () => {
  await seedDemo();
  await seedForeignScope(testDb());
  for (const role of ROLES) actors.set(role, await actorByEmail(HOME_ACTOR[role]));
  // Counted for the report; the setup (tests/setup/console-error.ts) still fails the test on any call.
  const setupConsoleError = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors++;
    setupConsoleError(...args);
  };
});

afterAll(() => {
  console.error = originalConsoleError;
  report.consoleErrors = consoleErrors;
  console.info(
    `[action-fuzz] seed ${SEED}: ${report.payloads} payloads over ${targets.length} action exports; ${report.serverErrors.length} server errors, ${report.thrown.length} thrown, ${report.writes.length} writes, ${consoleErrors} console errors`,
  );
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(report, null, 2));
});

describe("every server action refuses bad input cleanly (seeded fuzz)", () => {
  it("covers every action file", () => {
    expect(actionFiles.length).toBeGreaterThan(20);
    expect(actionFiles.map((f) => path.basename(f.file).replace(/\.[^.]+$/, "")).filter((k) => !BASE[k]), "action files without a fuzz payload in BASE").toEqual([]);
  });

  it.each(targets.map((t) => [`${t.file} ${t.name} (${t.role})`, t] as const))("%s", async (_label, target) => {
    const rnd = prng(SEED ^ [...`${target.file}#${target.name}`].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
    const payloads = payloadsFor(target, rnd);
    const stats: PerAction = { payloads: payloads.length, validShape: payloads.filter((p) => p.validShape).length, codes: {}, serverErrors: 0, writes: [] };
    report.perAction[`${target.file} ${target.name}`] = stats;
    actAs(actors.get(target.role)!);
    const before = await fingerprint();
    const problems: string[] = [];
    for (const payload of payloads) {
      report.payloads++;
      let outcome: string;
      try {
        const result = (await target.fn(...payload.args)) as { ok?: boolean; code?: string; fieldErrors?: Record<string, string[]> } | undefined;
        outcome = result && typeof result === "object" && "ok" in result ? (result.ok ? "OK" : String(result.code)) : `not an ActionResult: ${String(result)}`;
        // A valid-shaped payload must get past the schema, or the fuzz never reaches the service.
        const schemaRefused = Object.keys(result?.fieldErrors ?? {}).some((k) => !(BASE[target.key]!.serviceFields ?? []).includes(k));
        if (payload.validShape && outcome === "VALIDATION" && schemaRefused) problems.push(`${payload.label} refused by the schema: ${JSON.stringify(result?.fieldErrors)}`);
      } catch (error) {
        outcome = `thrown: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
        report.thrown.push({ export: `${target.file} ${target.name}`, payload: payload.label, outcome });
      }
      stats.codes[outcome] = (stats.codes[outcome] ?? 0) + 1;
      if (outcome === "INTERNAL") {
        stats.serverErrors++;
        report.serverErrors.push({ export: `${target.file} ${target.name}`, payload: payload.label, outcome });
      }
      // Bad input is refused; a valid-shaped payload names objects out of scope, so it is refused too.
      if (payload.strict && outcome !== "VALIDATION") problems.push(`${payload.label} → ${outcome} (expected VALIDATION)`);
      else if (!["VALIDATION", "NOT_FOUND", "FORBIDDEN", "CONFLICT"].includes(outcome) && !(payload.validShape && outcome.startsWith("RULE"))) problems.push(`${payload.label} → ${outcome}`);
    }
    const writes = changedTables(before, await fingerprint());
    stats.writes = writes;
    if (writes.length) report.writes.push({ export: `${target.file} ${target.name}`, tables: writes });
    expect(problems, "payloads answered other than with a clean refusal").toEqual([]);
    expect(writes, "tables written by refused input").toEqual([]);
  });

  it("tried a bounded number of payloads", () => {
    expect(report.payloads).toBeGreaterThanOrEqual(targets.length * PER_EXPORT);
    expect(report.payloads).toBeLessThanOrEqual(3_000);
  });
});
