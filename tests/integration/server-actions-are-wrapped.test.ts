// Every "use server" export is a public POST endpoint (STACK-NOTES): it must go through defineAction,
// whose first step is the session. This test finds every file with a top-level "use server" directive
// under lib/ and app/, imports it with nobody logged in and calls each export with junk input that names
// real seeded ids. Each must answer UNAUTHENTICATED having touched nothing but the session: no database
// access, no revalidation or redirect, no row written. A new server action that reads, writes or
// redirects before authenticating fails here, without anyone having to list it.
import { REPO_ROOT, TOP_USE_SERVER, appSources } from "../helpers/source-files";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ownerDb, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";

const probe = vi.hoisted(() => {
  const log = { session: [] as string[], db: [] as string[], next: [] as string[] };
  /** The module with each function export wrapped to record its calls under `label`. */
  function recording<M extends Record<string, unknown>>(exported: M, into: string[], label: string): M {
    return Object.fromEntries(
      Object.entries(exported).map(([name, value]) => [
        name,
        typeof value === "function"
          ? (...args: unknown[]) => {
              into.push(`${label}.${name}`);
              return (value as (...a: unknown[]) => unknown)(...args);
            }
          : value,
      ]),
    ) as M;
  }
  return { log, recording };
});

vi.mock("@/lib/auth/session", async () => probe.recording(await import("../helpers/session-mock"), probe.log.session, "session"));
vi.mock("next/navigation", async () => probe.recording(await import("../helpers/next-navigation-mock"), probe.log.next, "next/navigation"));
vi.mock("next/cache", () =>
  probe.recording({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }, probe.log.next, "next/cache"),
);
vi.mock("@/lib/server/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/db")>();
  const db = new Proxy(real.db, {
    get(target, property, receiver) {
      if (typeof property === "string" && property !== "then") probe.log.db.push(`db.${property}`);
      return Reflect.get(target, property, receiver);
    },
  });
  return { ...real, db };
});

const root = REPO_ROOT;
const TOP_DIRECTIVE = TOP_USE_SERVER;
const ANY_DIRECTIVE = /(["'])use server\1/g;

const files = appSources();
const actionFiles = files.filter((f) => TOP_DIRECTIVE.test(f.text)).map((f) => f.file);
// Inline "use server" functions (inside a component) would escape this test: there is one way, lib/actions.
const inlineDirectives = files.filter((f) => (f.text.match(ANY_DIRECTIVE)?.length ?? 0) > (TOP_DIRECTIVE.test(f.text) ? 1 : 0)).map((f) => f.file);

const exports = (
  await Promise.all(
    actionFiles.map(async (file) => {
      const actions = (await import(path.join(root, file))) as Record<string, unknown>;
      return Object.entries(actions).map(([name, value]) => ({ file, name, value }));
    }),
  )
).flat();

/** What each table holds, so a write of any kind (insert, update, delete) shows. */
async function fingerprint(): Promise<Record<string, string>> {
  // The owner role: the app role may not read every table (the migration history).
  const db = ownerDb();
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const result: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number; h: string }[]>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t`,
    );
    result[table_name] = `${row?.n}:${row?.h}`;
  }
  return result;
}

let before: Record<string, string>;
let junk: Record<string, unknown>;

beforeAll(async () => {
  await seedDemo();
  const db = testDb();
  const first = async <T extends { id: string }>(rows: Promise<T | null>) => (await rows)?.id ?? "finnes-ikke";
  const periodId = await first(db.spesialiseringsperiode.findFirst({ where: { status: { in: ["ONSKE", "I_KO"] } } }));
  // Plausible input naming real rows: an action that skipped the session would find something to write.
  junk = {
    id: periodId,
    periodId,
    chosenPeriodId: periodId,
    vacancyId: await first(db.vacancy.findFirst()),
    offerId: await first(db.offer.findFirst()),
    conflictId: await first(db.conflict.findFirst()),
    intakeFormId: await first(db.intakeForm.findFirst()),
    fagavtaleId: await first(db.fagavtale.findFirst()),
    employmentId: await first(db.employment.findFirst()),
    registrationId: await first(db.feRegistration.findFirst()),
    roleAssignmentId: await first(db.roleAssignment.findFirst()),
    answer: "AKSEPTER",
    decision: "TILDEL",
    reason: "junk",
    deviationReason: "junk",
    endReason: "junk",
    newDate: "2027-01-01",
    receivedOn: "2027-01-01",
    ranks: { [periodId]: 1 },
  };
  before = await fingerprint();
  actAs(null);
});

function formDataOf(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  form.append("rank-x", "1");
  return form;
}

/** The argument lists an attacker could send: a plain object, and FormData for the (previous, formData) adapters. */
function argumentLists(fn: (...args: unknown[]) => unknown): unknown[][] {
  if (fn.length >= 2) return [[null, formDataOf(junk)], [junk, formDataOf(junk)]];
  return [[junk], [formDataOf(junk)], [undefined], ["junk"]];
}

describe('every "use server" export answers UNAUTHENTICATED when logged out, before doing anything', () => {
  it("finds the server action files, and no inline server actions", () => {
    expect(actionFiles.length).toBeGreaterThan(0);
    expect(inlineDirectives).toEqual([]);
    expect(exports.length).toBeGreaterThanOrEqual(actionFiles.length);
    // switchRole redirects on success: logged out it must still answer, not redirect (checked below).
    expect(exports.map((e) => e.name)).toContain("switchRole");
  });

  it.each(exports.map((e) => [`${e.file} ${e.name}`, e] as const))("%s", async (_label, { value }) => {
    expect(typeof value, "a \"use server\" file exports only async functions").toBe("function");
    const fn = value as (...args: unknown[]) => Promise<unknown>;
    for (const args of argumentLists(fn)) {
      probe.log.session.length = 0;
      probe.log.db.length = 0;
      probe.log.next.length = 0;
      const outcome = await fn(...args).then(
        (returned) => ({ returned }),
        (thrown: unknown) => ({ thrown }),
      );
      // A refusal is an answer, never a throw (issue 8 §3).
      expect(outcome).toMatchObject({ returned: { ok: false, code: "UNAUTHENTICATED" } });
      expect(probe.log.session.length, "asked the session").toBeGreaterThan(0);
      expect(probe.log.db, "touched the database before authenticating").toEqual([]);
      expect(probe.log.next, "revalidated or redirected before authenticating").toEqual([]);
    }
  });

  it("wrote nothing", async () => {
    expect(await fingerprint()).toEqual(before);
  });
});
