#!/usr/bin/env node
// npm run bench (issue 9 §5): the national volume in a throwaway database, the built app, and closed-loop
// load at 1, 10 and 50 clients against the key pages, interleaved with a bare Next route of the same
// server. npm run bench:seed only builds (or reuses) the data sets. Results: docs/benchmarks.md.
//
//   npm run bench [-- --fresh] [-- --seconds 10] [-- --levels 1,10,50] [-- --pages fe-lokal,ko]
//   npm run bench:seed [-- --fresh]
//
// Data: an embedded PostgreSQL in .data/bench/postgres on port $BENCH_PG_PORT (5467) with two databases,
// lis_bench_national (scripts/bench/seed-national.ts, $BENCH_LIS LIS, default 7000) and lis_bench_demo
// (the demo seed plus one vacancy), migrated as lis_owner and read by the app as lis_app. With
// $DATABASE_URL the same two databases are created on that server instead (its role owns them and the
// app connects as it). A data set is reused while its fingerprint (seed sources, migrations, size,
// PRNG seed, today's date) is unchanged; --fresh rebuilds it.
// App: `next build` when the sources are newer than .next, then `next start` on $BENCH_PORT (3140) with
// BENCH_BARE=1 (app/api/bench-bare) and DB_COUNT_STATEMENTS=1 (lib/db/create-client.ts counts every
// statement sent to PostgreSQL). Offer expiry sweeps and the reminder job are off (OFFER_EXPIRY_INTERVAL_MS=0, REMINDER_INTERVAL_MS=0).
// Bounded: each page and level runs $BENCH_SECONDS (10) of page batches, each followed by a bare batch of
// half its length; a request times out after $BENCH_TIMEOUT_MS (20000) and counts as failed (after
// timeouts the next batch waits, at most as long again, until the server answers the bare route quickly:
// abandoned requests still run there); the whole run stops by itself before $BENCH_MAX_SECONDS (840),
// skipping the page-levels that no longer fit.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDatabase, dropDatabase, repoRoot, resolveDatabase, withDatabase } from "../lib/database-url.mjs";
import { APP_ROLE, OWNER_ROLE, adoptDatabase, asRole } from "../lib/db-roles.mjs";
import { migrate } from "../db-migrate.mjs";

const started = performance.now();
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SEED_ONLY = flag("seed");
const FRESH = flag("fresh");
const SKIP_DEMO = flag("no-demo");
const SECONDS = Number(option("seconds", process.env.BENCH_SECONDS ?? 10));
const LEVELS = String(option("levels", process.env.BENCH_LEVELS ?? "1,10,50")).split(",").map(Number);
const ONLY = option("pages", process.env.BENCH_ONLY_PAGES ?? "");
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 840);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5467);
const PORT = Number(process.env.BENCH_PORT ?? 3140);
const LIS = Number(process.env.BENCH_LIS ?? 7000);
const SEED = process.env.BENCH_SEED ?? "lis-national-1";
const BENCH_DIR = path.join(repoRoot, ".data", "bench");
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = 5;

const log = (...a) => console.info("[bench]", ...a);
const elapsed = () => (performance.now() - started) / 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
if (![SECONDS, TIMEOUT_MS, MAX_SECONDS, PG_PORT, PORT, LIS].every(Number.isFinite) || LEVELS.some((n) => !Number.isInteger(n) || n < 1 || n > 200)) {
  throw new Error("Ugyldige innstillinger / invalid options");
}

/** The key pages (issue 9 §5), each with the persona of the manifest that owns it. */
const PAGES = [
  { key: "fe-lokal", label: "Lokal fiktiv enhet", persona: "localCoordinator", path: () => "/koordinator/fiktiv-enhet" },
  { key: "fe-regional", label: "Regional fiktiv enhet", persona: "regionalCoordinator", path: () => "/regional/fiktiv-enhet" },
  { key: "stilling", label: "Stilling (største kø)", persona: "leader", path: (m) => `/leder/stillinger/${m.vacancy.id}` },
  { key: "min-side", label: "Min side", persona: "lis", path: () => "/lis" },
  { key: "ko", label: "Køplass", persona: "lis", path: () => "/lis/ko" },
  { key: "planer", label: "Planer (arbeidsliste)", persona: "localCoordinator", path: () => "/koordinator/planer" },
  { key: "eksport", label: "CSV-eksport", persona: "localCoordinator", path: () => "/koordinator/fiktiv-enhet/eksport" },
  { key: "tildelinger", label: "Tildelinger (region)", persona: "regionalCoordinator", path: () => "/regional/tildelinger" },
  // Styringsinformasjon (issue 13 §6: under 0.5 s for one user). Leaders have no indicator page.
  { key: "styring-lokal", label: "Styringsinformasjon (foretak)", persona: "localCoordinator", path: () => "/koordinator/styringsinformasjon" },
  { key: "styring-regional", label: "Styringsinformasjon (region)", persona: "regionalCoordinator", path: () => "/regional/styringsinformasjon" },
].filter((p) => !ONLY || ONLY.split(",").includes(p.key));
const BARE = "/api/bench-bare";

// ─── Data sets ────────────────────────────────────────────────────────────────

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

function osloDay() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** What a data set depends on: the seed code, the reference and demo data, the migrations, size, seed, date. */
function fingerprint(mode) {
  const h = createHash("sha256");
  const files = [
    path.join(repoRoot, "scripts", "bench", "seed-national.ts"),
    ...filesUnder(path.join(repoRoot, "lib", "seed")),
    ...filesUnder(path.join(repoRoot, "prisma", "migrations")),
  ].sort();
  for (const f of files) h.update(path.relative(repoRoot, f)).update(readFileSync(f));
  h.update(JSON.stringify({ mode, lis: mode === "national" ? LIS : null, seed: mode === "national" ? SEED : null, day: osloDay() }));
  return h.digest("hex").slice(0, 16);
}

async function databases() {
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    log(`DATABASE_URL er satt: databasene lis_bench_* lages på den tjeneren; appen kobler til som samme rolle`);
    const db = (name) => ({ name, ownerUrl: withDatabase(adminUrl, name), appUrl: withDatabase(adminUrl, name), appRole: null });
    return { adminUrl, embedded: false, stop: async () => {}, national: db("lis_bench_national"), demo: db("lis_bench_demo") };
  }
  const handle = await resolveDatabase({ dataDir: path.join(BENCH_DIR, "postgres"), port: PG_PORT, database: "lis_bench_national", handleSignals: false });
  const db = (name) => {
    const url = withDatabase(handle.adminUrl, name);
    return { name, ownerUrl: asRole(url, OWNER_ROLE), appUrl: asRole(url, APP_ROLE), appRole: APP_ROLE };
  };
  return { adminUrl: handle.adminUrl, embedded: true, stop: () => handle.stop(), national: db("lis_bench_national"), demo: db("lis_bench_demo") };
}

async function looksSeeded(url, mode) {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    const sql =
      mode === "national"
        ? `SELECT count(*)::int AS n FROM "Person" WHERE id LIKE 'bench-person-lis-%'`
        : `SELECT count(*)::int AS n FROM "Vacancy" WHERE id = 'bench-vacancy-unn-generell-kirurgi'`;
    return (await c.query(sql)).rows[0].n > 0;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

function run(cmd, argv, env, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: repoRoot, env, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Builds the data set unless a current one is there; returns its manifest. */
async function ensureDataSet(dbs, mode) {
  const target = dbs[mode];
  const file = path.join(BENCH_DIR, `${target.name}.json`);
  const fp = fingerprint(mode);
  if (!FRESH && existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8"));
    if (saved.fingerprint === fp && (await looksSeeded(target.ownerUrl, mode))) {
      log(`${target.name}: gjenbrukes / reused (${saved.manifest.builtAt})`);
      return saved.manifest;
    }
  }
  const t0 = performance.now();
  log(`${target.name}: bygges / building (${mode === "national" ? `${LIS} LIS, frø ${SEED}` : "demo"})`);
  await dropDatabase(dbs.adminUrl, target.name);
  await createDatabase(dbs.adminUrl, target.name);
  if (dbs.embedded) await adoptDatabase(dbs.adminUrl, target.name);
  await migrate(target.ownerUrl, { appRole: target.appRole, quiet: true });
  const manifestFile = path.join(BENCH_DIR, `${target.name}.manifest.tmp.json`);
  const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
  const code = await run(tsx, [path.join(repoRoot, "scripts", "bench", "seed-national.ts")], {
    ...process.env,
    DATABASE_URL: "",
    BENCH_DB_URL: target.ownerUrl,
    BENCH_MODE: mode,
    BENCH_LIS: String(LIS),
    BENCH_SEED: SEED,
    BENCH_MANIFEST: manifestFile,
  });
  if (code !== 0) throw new Error(`seed-national.ts feilet / failed (exit ${code})`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  manifest.seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
  writeFileSync(file, `${JSON.stringify({ fingerprint: fp, manifest }, null, 2)}\n`);
  log(`${target.name}: ferdig / done in ${manifest.seedSeconds} s`);
  return manifest;
}

// ─── The app ──────────────────────────────────────────────────────────────────

function newestMtime(p) {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(p, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === ".next") continue;
    newest = Math.max(newest, newestMtime(path.join(p, e.name)));
  }
  return newest;
}

/** As scripts/start.mjs decides it: no build yet, or sources newer than .next/BUILD_ID. */
function needsBuild() {
  const buildId = path.join(repoRoot, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "ingen bygg / no build yet";
  const built = statSync(buildId).mtimeMs;
  const inputs = ["app", "lib", "components", "public", "prisma/schema.prisma", "next.config.ts", "package.json", "tsconfig.json", "postcss.config.mjs", "instrumentation.ts"];
  const changed = inputs.filter((p) => newestMtime(path.join(repoRoot, p)) > built);
  return changed.length ? `endret / changed: ${changed.join(", ")}` : null;
}

const nextBin = path.join(repoRoot, "node_modules", ".bin", "next");
let server = null;

async function startApp(appUrl, { demo }) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: appUrl,
    DATABASE_OWNER_URL: "",
    PORT: String(PORT),
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    DEMO_MODE: demo ? "1" : "0",
    BENCH_BARE: "1",
    DB_COUNT_STATEMENTS: "1",
    OFFER_EXPIRY_INTERVAL_MS: "0",
    // The reminder job would run its first sweep over the national set during the measurement and its
    // statements would count against the pages (the likely cause of the spread in the 2026-12-02 16:03 run).
    REMINDER_INTERVAL_MS: "0",
  };
  const startArgs = ["start", "-p", String(PORT), "-H", "127.0.0.1"];
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of next-server, written when it stops (read it with
  // scripts/bench/cpu-profile-summary.mjs). --cpu-prof is refused in NODE_OPTIONS, so node runs next itself.
  const [cmd, argv] = process.env.BENCH_CPU_PROF
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`, path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), ...startArgs]]
    : [nextBin, startArgs];
  const child = spawn(cmd, argv, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "inherit"] });
  child.stdout.on("data", () => {}); // next's own banner: not needed
  server = child;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start avsluttet / exited (${child.exitCode})`);
    try {
      const stats = await serverStats();
      return { child, pid: stats.pid };
    } catch {
      await sleep(200);
    }
  }
  throw new Error("next start svarte ikke innen 60 s / did not answer within 60 s");
}

async function stopApp() {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const t = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(t);
}

// ─── HTTP ─────────────────────────────────────────────────────────────────────

/** One GET; resolves with status, body size and time, or a timeout. Never rejects. */
function get(pathname, { cookie, agent, timeoutMs = TIMEOUT_MS }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let done = false;
    const finish = (r) => {
      if (done) return;
      done = true;
      resolve({ ms: performance.now() - t0, ...r });
    };
    const req = http.get(`${BASE}${pathname}`, { agent, headers: { cookie: cookie ?? "", accept: "text/html,*/*" } }, (res) => {
      let bytes = 0;
      const chunks = [];
      res.on("data", (b) => {
        bytes += b.length;
        if (pathname.includes("stats")) chunks.push(b);
      });
      res.on("end", () => finish({ status: res.statusCode, bytes, body: chunks.length ? Buffer.concat(chunks).toString("utf8") : null }));
      res.on("error", () => finish({ status: 0, bytes, error: "response" }));
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error("timeout"));
      finish({ status: 0, bytes: 0, timeout: true });
    });
    req.on("error", (e) => finish({ status: 0, bytes: 0, error: e.message }));
  });
}

async function serverStats() {
  const r = await get(`${BARE}?stats=1`, { timeoutMs: 5000 });
  if (r.status !== 200 || !r.body) throw new Error(`stats: ${r.status}`);
  return JSON.parse(r.body);
}

function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}

/** next-auth's credentials flow, as the login form does it. */
async function login(email, password) {
  const jar = new Map();
  const take = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  take(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  take(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`innlogging feilet / login failed for ${email} (${res.status})`);
  return header();
}

async function loginAll(manifest) {
  const cookies = {};
  for (const [persona, p] of Object.entries(manifest.personas)) cookies[persona] = await login(p.email, manifest.password);
  return cookies;
}

// ─── Measurements ─────────────────────────────────────────────────────────────

/** SQL statements and response size per request, one request at a time (two after one warm-up). */
async function countPages(manifest, cookies) {
  const out = {};
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const page of PAGES) {
    const p = page.path(manifest);
    const cookie = cookies[page.persona];
    const statements = [];
    let last = null;
    for (let i = 0; i < 3; i++) {
      const before = (await serverStats()).sqlStatements ?? 0;
      last = await get(p, { cookie, agent });
      const after = (await serverStats()).sqlStatements ?? 0;
      if (i >= 1) statements.push(after - before);
      if (last.status !== 200) break;
    }
    out[page.key] = last.status === 200 ? { path: p, status: 200, statements: Math.max(...statements), statementsMin: Math.min(...statements), statementsMax: Math.max(...statements), bytes: last.bytes, ms: last.ms } : { path: p, status: last.status, error: last.error ?? (last.timeout ? "timeout" : null) };
    const r = out[page.key];
    log(`  ${page.key.padEnd(12)} ${p}: ${r.status === 200 ? `${r.statements} SQL, ${(r.bytes / 1024).toFixed(0)} KB, ${r.ms.toFixed(0)} ms` : `status ${r.status} ${r.error ?? ""}`}`);
  }
  agent.destroy();
  return out;
}

/** Closed loop: `clients` loops, each sending the next request when the last answered, for `ms`; then waits for those in flight. */
async function batch(pathname, cookie, clients, ms, agent) {
  const times = [];
  let ok = 0;
  let errors = 0;
  let timeouts = 0;
  const t0 = performance.now();
  const stopAt = t0 + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < stopAt) {
        const r = await get(pathname, { cookie, agent });
        if (r.timeout) timeouts++;
        else if (r.status !== 200) errors++;
        else ok++;
        times.push(r.timeout ? TIMEOUT_MS : r.ms); // a timed-out request counts with the timeout (at least)
      }
    }),
  );
  return { times, ok, errors, timeouts, seconds: (performance.now() - t0) / 1000 };
}

let idleBareMs = 20;
/** After timeouts the server is still rendering what the clients gave up on: wait (bounded) until it answers the bare route quickly again. */
async function settle() {
  const t0 = performance.now();
  let fast = 0;
  for (let left = TIMEOUT_MS; left > 0 && fast < 2; left = TIMEOUT_MS - (performance.now() - t0)) {
    const r = await get(BARE, { timeoutMs: Math.max(1, Math.min(5000, left)) });
    fast = r.status === 200 && r.ms < Math.max(50, 3 * idleBareMs) ? fast + 1 : 0;
    if (!fast) await sleep(250);
  }
  return (performance.now() - t0) / 1000;
}

function summarise(batches) {
  const times = batches.flatMap((b) => b.times).sort((a, b) => a - b);
  const seconds = batches.reduce((s, b) => s + b.seconds, 0);
  const pct = (q) => (times.length ? times[Math.min(times.length - 1, Math.ceil((q / 100) * times.length) - 1)] : NaN);
  const ok = batches.reduce((s, b) => s + b.ok, 0);
  return {
    n: ok,
    errors: batches.reduce((s, b) => s + b.errors, 0),
    timeouts: batches.reduce((s, b) => s + b.timeouts, 0),
    rps: ok / seconds,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    seconds,
  };
}

/** One page at one level: page batches of SECONDS/ROUNDS, each followed by a bare batch of half that. */
async function measure(pathname, cookie, clients, secondsPerLevel) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const roundMs = (secondsPerLevel * 1000) / ROUNDS;
  const page = [];
  const bare = [];
  let pageSeconds = 0;
  let settled = 0;
  do {
    const b = await batch(pathname, cookie, clients, roundMs, agent);
    page.push(b);
    pageSeconds += b.seconds;
    if (b.timeouts) settled += await settle();
    const c = await batch(BARE, "", clients, roundMs / 2, agent);
    bare.push(c);
    if (c.timeouts) settled += await settle();
  } while (pageSeconds < secondsPerLevel - 0.05);
  agent.destroy();
  return { page: summarise(page), bare: summarise(bare), settled };
}

// ─── Report ───────────────────────────────────────────────────────────────────

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "–");

function report({ manifest, demoManifest, counts, demoCounts, results, rss, skipped, machine }) {
  const lines = [];
  lines.push(`Nasjonalt datasett: ${JSON.stringify(manifest.rows)}`);
  lines.push(`Største kø: ${manifest.vacancy.title} (${manifest.vacancy.candidates} med aktivt ønske); personas: ${Object.entries(manifest.personas).map(([k, p]) => `${k}=${p.email}`).join(", ")}`);
  lines.push(`Maskin: ${machine}`);
  lines.push("");
  lines.push(`Tidsavbrudd etter ${TIMEOUT_MS / 1000} s teller som feil og med ${TIMEOUT_MS} ms i persentilene (≥). n = svar med status 200; req/s = n / sekunder med sidebatcher.`);
  lines.push("");
  lines.push("| side | klienter | n | feil | p50 (ms) | p95 (ms) | p99 (ms) | req/s | bare req/s | andel av bare | p95 / bare p95 | HTML (KB) | SQL/forespørsel |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    const c = counts[r.key];
    const share = r.bare.n ? (r.page.rps / r.bare.rps) * 100 : NaN;
    const ms = (x) => (x >= TIMEOUT_MS ? `≥ ${TIMEOUT_MS}` : fmt(x));
    lines.push(
      `| ${r.path} | ${r.clients} | ${r.page.n} | ${r.page.errors + r.page.timeouts}${r.page.timeouts ? ` (${r.page.timeouts} tidsavbrudd)` : ""} | ${ms(r.page.p50)} | ${ms(r.page.p95)} | ${ms(r.page.p99)} | ${fmt(r.page.rps, 1)} | ${fmt(r.bare.rps, 0)} | ${fmt(share, share < 10 ? 1 : 0)} % | ${r.bare.n ? fmt(r.page.p95 / r.bare.p95, 1) : "–"} | ${c?.bytes ? fmt(c.bytes / 1024) : "–"} | ${c?.statements ?? "–"} |`,
    );
  }
  if (skipped.length) lines.push(`\nHoppet over (tidsgrensen): ${skipped.join(", ")}`);
  lines.push("");
  lines.push(`next-server RSS etter hvert nivå: ${rss.map((r) => `${r.clients} klienter ${fmt(r.rssMb)} MB (topp ${fmt(r.peakMb)} MB)`).join("; ")}`);
  lines.push("");
  lines.push("SQL-setninger per forespørsel (én om gangen; den høyeste av to etter én oppvarming, spenn i parentes), svarstørrelse og tid:");
  lines.push("");
  lines.push(`| side | SQL demo | SQL nasjonalt | KB demo | KB nasjonalt | ms demo | ms nasjonalt |`);
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const page of PAGES) {
    const d = demoCounts?.[page.key];
    const n = counts[page.key];
    const cell = (x, f) => (x?.status === 200 ? f(x) : x ? `status ${x.status}` : "–");
    lines.push(
      `| ${page.key} | ${cell(d, (x) => x.statements + (x.statementsMax !== x.statementsMin ? ` (${x.statementsMin}–${x.statementsMax})` : ""))} | ${cell(n, (x) => x.statements + (x.statementsMax !== x.statementsMin ? ` (${x.statementsMin}–${x.statementsMax})` : ""))} | ${cell(d, (x) => fmt(x.bytes / 1024))} | ${cell(n, (x) => fmt(x.bytes / 1024))} | ${cell(d, (x) => fmt(x.ms))} | ${cell(n, (x) => fmt(x.ms))} |`,
    );
  }
  if (demoManifest) lines.push(`\nDemo: ${JSON.stringify(demoManifest.rows)}; stilling ${demoManifest.vacancy.id} (${demoManifest.vacancy.candidates} med aktivt ønske)`);
  return lines.join("\n");
}

// ─── Main ─────────────────────────────────────────────────────────────────────

async function main() {
  mkdirSync(BENCH_DIR, { recursive: true });
  const dbs = await databases();
  let stopping = false;
  const cleanup = async () => {
    await stopApp().catch(() => {});
    await dbs.stop().catch(() => {});
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      log(`${sig}: stopper / stopping`);
      cleanup().finally(() => process.exit(130));
    });
  }
  try {
    const manifest = await ensureDataSet(dbs, "national");
    const demoManifest = SKIP_DEMO ? null : await ensureDataSet(dbs, "demo");
    for (const n of manifest.notes ?? []) log(n);
    if (SEED_ONLY) return 0;

    const why = needsBuild();
    if (why) {
      log(`next build (${why})`);
      const code = await run(nextBin, ["build"], { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, { quiet: true });
      if (code !== 0) throw new Error(`next build feilet / failed (exit ${code})`);
    }

    let demoCounts = null;
    if (demoManifest) {
      log("demo: SQL-setninger og størrelse per side / statements and size per page");
      await startApp(dbs.demo.appUrl, { demo: true });
      demoCounts = await countPages(demoManifest, await loginAll(demoManifest));
      await stopApp();
    }

    log("nasjonalt: SQL-setninger og størrelse per side / statements and size per page");
    const { pid } = await startApp(dbs.national.appUrl, { demo: false });
    const cookies = await loginAll(manifest);
    const counts = await countPages(manifest, cookies);

    // Load: what is left of the time budget, shared by the page-levels still to run.
    const pages = PAGES.filter((p) => counts[p.key]?.status === 200);
    const results = [];
    const rss = [];
    const skipped = [];
    const totalRuns = pages.length * LEVELS.length;
    let runsDone = 0;
    // What a page-level costs per page second (bare batches, waiting for requests in flight, settling), as measured so far.
    let spent = 0;
    let planned = 0;
    const idle = await batch(BARE, "", 1, 1000, new http.Agent({ keepAlive: true, maxSockets: 1 }));
    idleBareMs = summarise([idle]).p50;
    for (const clients of LEVELS) {
      for (const page of pages) {
        const left = MAX_SECONDS - elapsed() - 15;
        const factor = planned ? Math.max(1.5, spent / planned) : 1.6;
        const perRun = left / (totalRuns - runsDone) / factor;
        runsDone++;
        // Worst case of one page-level: a page batch and a bare batch that both time out, each followed by settling.
        const worst = 1.5 * Math.min(SECONDS, perRun) + (4 * TIMEOUT_MS) / 1000;
        if (perRun < 2 || left < worst) {
          skipped.push(`${page.key}@${clients}`);
          continue;
        }
        const seconds = Math.min(SECONDS, perRun);
        const p = page.path(manifest);
        const t0 = elapsed();
        const r = await measure(p, cookies[page.persona], clients, seconds);
        spent += elapsed() - t0;
        planned += seconds;
        results.push({ key: page.key, path: p, clients, ...r });
        log(`  ${String(clients).padStart(2)} klienter ${page.key.padEnd(12)} ${fmt(r.page.rps, 1)} req/s (bare ${fmt(r.bare.rps, 0)}), p50 ${fmt(r.page.p50)} ms, p95 ${fmt(r.page.p95)} ms${r.page.errors + r.page.timeouts ? `, ${r.page.errors} feil, ${r.page.timeouts} tidsavbrudd` : ""}${r.settled ? `, ventet ${fmt(r.settled, 1)} s` : ""}`);
      }
      rss.push({ clients, ...rssOf(pid) });
      log(`  next-server RSS etter ${clients} klienter: ${fmt(rss.at(-1).rssMb)} MB (topp ${fmt(rss.at(-1).peakMb)} MB)`);
    }
    await stopApp();

    const machine = `${(await import("node:os")).cpus().length} kjerner, Node ${process.version}, ${osloDay()}; delt med andre prosesser (load average ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(" ")})`;
    const text = report({ manifest, demoManifest, counts, demoCounts, results, rss, skipped, machine });
    console.info(`\n${text}\n`);
    const out = path.join(BENCH_DIR, `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(out, `${JSON.stringify({ manifest, demoManifest, counts, demoCounts, results, rss, skipped, machine, seconds: SECONDS, levels: LEVELS }, null, 2)}\n`);
    log(`resultater / results: ${path.relative(repoRoot, out)} (${fmt(elapsed())} s i alt / in all)`);
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code ?? 0),
  async (e) => {
    console.error(`[bench] ${e?.stack ?? e?.message ?? e}`);
    await stopApp().catch(() => {});
    process.exit(1);
  },
);
