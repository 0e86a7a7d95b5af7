#!/usr/bin/env node
// npm start (or npm run dev = --dev): one command from a fresh clone to a running app.
//  1. `next build` if .next/BUILD_ID is missing or older than the sources (not with --dev / SKIP_BUILD=1)
//  2. database: $DATABASE_URL, or the embedded PostgreSQL (LIS_DATA_DIR, EMBEDDED_PG_PORT)
//  3. apply pending migrations   4. seed (scripts/db-seed.ts via tsx) if table "Region" is empty
//  5. `next start` (or `next dev`) on $PORT (3000); SIGINT/SIGTERM stops Next, then Postgres.
//  With DEMO_SSO=1 (demo mode only): the local HelseID-like and Entra-like providers (scripts/demo-idp.ts)
//  on free ports (or DEMO_HELSEID_PORT / DEMO_ENTRA_PORT), and the app's HELSEID_* / ENTRA_* pointed at them.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { repoRoot, resolveDatabase } from "./lib/database-url.mjs";
import { migrate } from "./db-migrate.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const nextBin = path.join(repoRoot, "node_modules", ".bin", "next");
const log = (...a) => console.info("[start]", ...a);

function newestMtime(p) {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // catches deleted files
  for (const e of readdirSync(p, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === ".next") continue;
    newest = Math.max(newest, newestMtime(path.join(p, e.name)));
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(repoRoot, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "ingen bygg / no build yet";
  const built = statSync(buildId).mtimeMs;
  const inputs = ["app", "lib", "components", "public", "prisma/schema.prisma", "next.config.ts", "package.json",
    "tsconfig.json", "postcss.config.mjs", "instrumentation.ts"];
  const changed = inputs.filter((p) => newestMtime(path.join(repoRoot, p)) > built);
  return changed.length ? `endret / changed: ${changed.join(", ")}` : null;
}

function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function nextAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(repoRoot, ".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log("genererte / generated NEXTAUTH_SECRET i / in .data/nextauth-secret");
  return secret;
}

// After a `kill -9` of this script, next-server is orphaned and keeps the port: stop it next time.
const nextPidFile = path.join(repoRoot, ".data", `next-${port}.pid`);
async function stopOrphanedNext() {
  let pid;
  try {
    pid = Number(readFileSync(nextPidFile, "utf8"));
  } catch {
    return;
  }
  const info = (() => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      return { state: rest[0], ppid: Number(rest[1]), cmdline };
    } catch {
      return null;
    }
  })();
  if (info && info.state !== "Z" && /next/.test(info.cmdline)) {
    const parentAlive = info.ppid > 1 && existsSync(`/proc/${info.ppid}`);
    const parentCmd = parentAlive ? readFileSync(`/proc/${info.ppid}/cmdline`, "utf8") : "";
    if (parentAlive && /start\.mjs/.test(parentCmd)) {
      throw new Error(
        `Appen kjører allerede på port ${port} (PID ${info.ppid}) / the app is already running on port ${port} (PID ${info.ppid}).`,
      );
    }
    log(`stopper foreldreløs / stopping orphaned next-server PID ${pid}`);
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 50 && existsSync(`/proc/${pid}`); i++) {
      const st = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
      if (st === "Z") break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  rmSync(nextPidFile, { force: true });
}

/** A port nobody listens on right now (asked of the OS), unless one is configured. */
function freePort(configured) {
  if (configured) return Promise.resolve(Number(configured));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

/** DEMO_SSO=1: start the demo identity providers and return the env that points the app at them. */
async function startDemoSso(env, appUrl) {
  const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
  if (!existsSync(tsx)) throw new Error("DEMO_SSO=1 trenger devDependencies (tsx, oidc-provider) / needs devDependencies");
  const [helseIdPort, entraPort] = [await freePort(process.env.DEMO_HELSEID_PORT), await freePort(process.env.DEMO_ENTRA_PORT)];
  const child = spawn(tsx, [path.join(repoRoot, "scripts", "demo-idp.ts"), String(helseIdPort), String(entraPort), appUrl], { cwd: repoRoot, env, stdio: "inherit" });
  const keys = JSON.parse(readFileSync(path.join(repoRoot, "tests", "helpers", "sso-test-keys.json"), "utf8"));
  return {
    child,
    env: {
      HELSEID_ISSUER: `http://localhost:${helseIdPort}`,
      HELSEID_CLIENT_ID: "lis-koordinering-test",
      HELSEID_PRIVATE_KEY: JSON.stringify(keys.client),
      ENTRA_ISSUER: `http://localhost:${entraPort}`,
      ENTRA_CLIENT_ID: "lis-koordinering-entra-test",
      ENTRA_CLIENT_SECRET: "entra-test-secret-not-for-production",
    },
  };
}

async function regionIsEmpty(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('"Region"') IS NOT NULL AS present`);
    if (!rows[0].present) return null;
    const r = await client.query(`SELECT EXISTS (SELECT 1 FROM "Region") AS any`);
    return !r.rows[0].any;
  } finally {
    await client.end();
  }
}

async function main() {
  const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  if (!dev && process.env.SKIP_BUILD !== "1") {
    const why = needsBuild();
    if (why) {
      log(`next build (${why})`);
      const code = await run(nextBin, ["build"], { ...baseEnv, NODE_ENV: "production" });
      if (code !== 0) {
        console.error(`[start] next build feilet / failed (exit ${code})`);
        return code;
      }
    }
  }

  await stopOrphanedNext();
  const db = await resolveDatabase({ handleSignals: false });
  let next = null;
  let demoSso = null;
  let shuttingDown = false;

  const shutdown = async (code, reason) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (reason) log(reason);
    if (next && next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((r) => next.once("exit", r));
      next.kill("SIGTERM");
      const t = setTimeout(() => next.kill("SIGKILL"), 10000);
      await exited;
      clearTimeout(t);
    }
    if (demoSso && demoSso.exitCode === null) demoSso.kill("SIGTERM");
    rmSync(nextPidFile, { force: true });
    await db.stop().catch((e) => console.error(`[db] ${e?.message ?? e}`));
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      if (shuttingDown) return; // second Ctrl-C: shutdown is already under way
      shutdown(0, `${sig}: stopper / stopping`);
    });
  }

  // Demo people only where asked for: on by default on the embedded database, off with DATABASE_URL.
  const demoMode = process.env.DEMO_MODE ?? (process.env.DATABASE_URL ? "0" : "1");
  try {
    await migrate(db.ownerUrl, { appRole: db.appRole });
    const empty = await regionIsEmpty(db.ownerUrl);
    if (empty === null) {
      console.warn('[start] Advarsel / warning: tabellen / table "Region" finnes ikke / does not exist: hopper over seed / skipping seed');
    } else if (empty) {
      const seed = path.join(repoRoot, "scripts", "db-seed.ts");
      if (!existsSync(seed)) {
        console.warn("[start] Advarsel / warning: scripts/db-seed.ts mangler / is missing: hopper over seed / skipping seed");
      } else {
        log("seeder tom database / seeding empty database");
        // Node 20 has no --experimental-strip-types: prefer tsx (devDependency), else Node >= 22.6's flag.
        const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
        const [cmd, args] = existsSync(tsx)
          ? [tsx, [seed]]
          : [process.execPath, ["--experimental-strip-types", "--no-warnings", seed]];
        if (demoMode !== "1") log("uten demodata / without demo data (DEMO_MODE=1 for the demo people)");
        const code = await run(cmd, args, { ...baseEnv, DATABASE_URL: db.ownerUrl, DEMO_MODE: demoMode });
        if (code !== 0) throw new Error(`seed feilet / failed (exit ${code})`);
      }
    }
  } catch (e) {
    console.error(`[start] ${e?.message ?? e}`);
    await shutdown(1);
    return;
  }
  if (shuttingDown) return;

  const appUrl = process.env.NEXTAUTH_URL || `http://localhost:${port}`;
  let ssoEnv = {};
  if (process.env.DEMO_SSO === "1") {
    if (demoMode !== "1") {
      console.warn("[start] DEMO_SSO=1 gjelder bare i demomodus / applies in demo mode only: ignorert / ignored");
    } else {
      const started = await startDemoSso(baseEnv, appUrl);
      demoSso = started.child;
      ssoEnv = started.env;
      demoSso.on("exit", (code, signal) => {
        if (!shuttingDown) shutdown(1, `demo-sso avsluttet / exited (${code ?? signal})`);
      });
    }
  }
  const env = {
    ...baseEnv,
    ...ssoEnv,
    DATABASE_URL: db.appUrl,
    PORT: port,
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: nextAuthSecret(),
    DEMO_MODE: demoMode,
  };
  log(`next ${dev ? "dev" : "start"} på / on http://localhost:${port}`);
  next = spawn(nextBin, [dev ? "dev" : "start", "-p", port], { cwd: repoRoot, env, stdio: "inherit" });
  mkdirSync(path.dirname(nextPidFile), { recursive: true });
  if (next.pid) writeFileSync(nextPidFile, String(next.pid));
  next.on("error", (e) => shutdown(1, `next: ${e.message}`));
  next.on("exit", (code, signal) => {
    if (!shuttingDown) shutdown(code ?? (signal ? 1 : 0), `next avsluttet / exited (${code ?? signal})`);
  });
  // If the embedded Postgres dies under us, don't keep serving errors.
  // (Delayed: on Ctrl-C the terminal signals Postgres too, and our own SIGINT handler should win.)
  db.embedded?.process?.on("exit", (code, signal) => {
    setTimeout(() => {
      if (!shuttingDown) shutdown(1, `PostgreSQL avsluttet uventet / exited unexpectedly (${code ?? signal})`);
    }, 500);
  });
}

main().then(
  (code) => {
    if (typeof code === "number") process.exit(code);
  },
  (e) => {
    console.error(`[start] ${e?.message ?? e}`);
    process.exit(1);
  },
);
