// Prisma's schema engine (migrations, diff) compiled to WebAssembly, driven over a
// PrismaPg driver adapter. The CLI's native engine binary cannot be downloaded here,
// so we load @prisma/schema-engine-wasm ourselves. See STACK-NOTES.md "Prisma 7 offline".
import { readFile, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { pgConfigFromUrl } from "./database-url.mjs";

const require = createRequire(import.meta.url);
const PG_CHAR_OID = 18; // Postgres' internal one-byte "char" type
const PG_TEXT_OID = 25;

let enginePromise = null;
let lastPanic = null;

// The engine reports Rust panics through this global before throwing a bare RuntimeError.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    lastPanic = message;
    // A panic inside an async callback crashes the process before any caller sees it: say why.
    console.error(`[schema-engine] panic: ${message}`);
  },
};

/** Loads and instantiates the wasm engine once per process; resolves to the bg module. */
export function loadSchemaEngineModule() {
  enginePromise ??= (async () => {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import(bgPath.startsWith("/") ? `file://${bgPath}` : bgPath);
    const wasmBytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return enginePromise;
}

// Trap 2: discrete host/port/user/password/database fields (a connectionString would
// override the shadow database's name): see pgConfigFromUrl.
export { pgConfigFromUrl };

// Trap 4: adapter-pg cannot map OID 18 ("char"), which the engine's catalog queries return.
// Hide it from the adapter as text, then report the column as ColumnType.Character.
const CHAR_COLS = Symbol("charColumns");
function patchQueryable(q) {
  const performIO = q.performIO.bind(q);
  q.performIO = async (...args) => {
    const res = await performIO(...args);
    const charCols = [];
    res?.fields?.forEach((f, i) => {
      if (f.dataTypeID === PG_CHAR_OID) {
        charCols.push(i);
        f.dataTypeID = PG_TEXT_OID;
      }
    });
    if (charCols.length && Array.isArray(res.rows)) res.rows[CHAR_COLS] = charCols;
    return res;
  };
  const queryRaw = q.queryRaw.bind(q);
  q.queryRaw = async (...args) => {
    const res = await queryRaw(...args);
    for (const i of res.rows?.[CHAR_COLS] ?? []) res.columnTypes[i] = ColumnTypeEnum.Character;
    return res;
  };
  // adapter-pg's executeScript splits the script on every ";", which breaks dollar-quoted function
  // bodies (triggers) and string literals. Send the whole script as one simple-protocol query,
  // as Prisma's native engine does (it runs as one implicit transaction).
  if (typeof q.executeScript === "function" && q.client) {
    q.executeScript = async (script) => {
      try {
        await q.client.query(script);
      } catch (error) {
        q.onError(error);
      }
    };
  }
  if (typeof q.startTransaction === "function") {
    const startTransaction = q.startTransaction.bind(q);
    q.startTransaction = async (...args) => patchQueryable(await startTransaction(...args));
  }
  return q;
}

/**
 * A PrismaPg factory with the STACK-NOTES traps handled. Every adapter it hands out
 * is remembered so it can be disposed after engine.free() (which does not close pools).
 */
function createAdapterFactory(connection, shadowConnection) {
  const { config, schema } = typeof connection === "string" ? pgConfigFromUrl(connection) : { config: connection, schema: undefined };
  const options = schema ? { schema } : undefined;
  const base = new PrismaPg(config, options);
  const open = new Set();
  const track = (adapter) => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      open.delete(adapter);
      await dispose();
    };
    open.add(adapter);
    return adapter;
  };
  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      return track(patchQueryable(await base.connect()));
    },
    // Trap 2 + 3: own shadow database on the same server (needs CREATEDB); close its pool before dropping it.
    async connectToShadowDb() {
      if (shadowConnection) {
        // A dedicated, disposable shadow database (SHADOW_DATABASE_URL): wipe its public schema first.
        const { config: sc, schema: ss } = pgConfigFromUrl(shadowConnection);
        const shadow = patchQueryable(await new PrismaPg(sc, ss ? { schema: ss } : undefined).connect());
        await shadow.executeScript(`DROP SCHEMA IF EXISTS "${ss ?? "public"}" CASCADE; CREATE SCHEMA "${ss ?? "public"}";`);
        return track(shadow);
      }
      const admin = await base.connect();
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      try {
        await admin.executeScript(`CREATE DATABASE "${database}"`);
      } catch (e) {
        await admin.dispose().catch(() => {});
        throw new Error(
          `Kunne ikke opprette skyggedatabase / could not create shadow database "${database}" ` +
            `(the role needs CREATEDB, or set SHADOW_DATABASE_URL to a disposable database): ${e?.message ?? e}`,
          { cause: e },
        );
      }
      const shadow = patchQueryable(await new PrismaPg({ ...config, database }, options).connect());
      const closeShadowPool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await closeShadowPool();
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        } finally {
          await admin.dispose();
        }
      };
      return track(shadow);
    },
  };
  return {
    factory,
    async disposeAll() {
      for (const a of [...open]) await a.dispose().catch(() => {});
    },
  };
}

/** Reads a schema file, or every *.prisma file under a schema directory, as [[path, text]]. */
export async function readSchemaFiles(schemaPath) {
  const abs = path.resolve(schemaPath);
  const st = await stat(abs);
  if (!st.isDirectory()) return [[abs, await readFile(abs, "utf8")]];
  const entries = await readdir(abs, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".prisma"))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
  return Promise.all(files.map(async (f) => [f, await readFile(f, "utf8")]));
}

/** Same shape as the Prisma CLI's migrations list (lexicographic order, lock file optional). */
export async function readMigrationsList(migrationsDir) {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null);
  const lockfile = { path: "migration_lock.toml", content: lockContent };
  let entries = [];
  try {
    entries = await readdir(baseDir, { withFileTypes: true });
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  const migrationDirectories = [];
  for (const d of entries.filter((e) => e.isDirectory())) {
    const content = await readFile(path.join(baseDir, d.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok", value }),
      (e) => ({ tag: "error", value: e.message }),
    );
    migrationDirectories.push({ path: d.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile, migrationDirectories, shadowDbInitScript: "" };
}

// "External error id#N" → the real JS error the adapter registered.
const RESOLVED = Symbol("resolvedEngineError");
function realError(e, registry) {
  if (e?.[RESOLVED]) return e;
  return Object.assign(resolveError(e, registry), { [RESOLVED]: true });
}
function resolveError(e, registry) {
  if (lastPanic) {
    const panic = lastPanic;
    lastPanic = null;
    return new Error(`Schema engine panic: ${panic}`, { cause: e });
  }
  const msg = typeof e === "string" ? e : (e?.message ?? String(e));
  const ids = [...msg.matchAll(/id#(\d+)/g)].map((m) => Number(m[1]));
  const causes = ids.map((id) => registry.consumeError(id)?.error).filter(Boolean);
  if (!causes.length) return e instanceof Error ? e : new Error(msg);
  const detail = causes.map((c) => c?.message ?? String(c)).join("; ");
  return new Error(`${msg.replace(/\s+$/, "")}\n  → ${detail}`, { cause: causes[0] });
}

const MINIMAL_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';
const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Runs fn(engine, { call, datamodels }) with a SchemaEngine bound to `connection` (URL string or pg config),
 * then frees the engine and disposes every pool. Engine errors are rethrown with the real cause.
 */
export async function withSchemaEngine({ connection, schemaPath, shadowConnection = process.env.SHADOW_DATABASE_URL }, fn) {
  const bg = await loadSchemaEngineModule();
  // The engine needs at least one schema file (it panics otherwise); applyMigrations only needs the provider.
  const datamodels = schemaPath ? await readSchemaFiles(schemaPath) : [["schema.prisma", MINIMAL_SCHEMA]];
  const { factory, disposeAll } = createAdapterFactory(connection, shadowConnection);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (line) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error("[schema-engine]", line);
  };
  let engine;
  try {
    engine = await bg.SchemaEngine.new({ datamodels }, log, bound);
    const call = async (method, params) => {
      try {
        return await engine[method](params);
      } catch (e) {
        throw realError(e, bound.errorRegistry);
      }
    };
    return await fn(engine, { call, datamodels });
  } catch (e) {
    throw realError(e, bound.errorRegistry);
  } finally {
    try {
      engine?.free();
    } finally {
      await disposeAll();
    }
  }
}

/** Applies pending migrations; returns the names applied now (empty array when up to date). */
export async function applyMigrations({ connection, migrationsDir, schemaPath = undefined }) {
  const migrationsList = await readMigrationsList(migrationsDir);
  return withSchemaEngine({ connection, schemaPath }, async (_engine, { call }) => {
    const out = await call("applyMigrations", { migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes the migrations folder (or an empty database, if there are no migrations)
 * to the schema's datamodel. "" when nothing changed. With migrations present, the engine
 * replays them in a temporary shadow database, so the role behind `connection` needs CREATEDB,
 * unless env SHADOW_DATABASE_URL names a disposable database (its schema is wiped first).
 */
export async function diffToSql({ connection, schemaPath, migrationsDir }) {
  const migrationsList = await readMigrationsList(migrationsDir);
  const hasMigrations = migrationsList.migrationDirectories.length > 0;
  return withSchemaEngine({ connection, schemaPath }, async (_engine, { call, datamodels }) => {
    const files = datamodels.map(([p, content]) => ({ path: p, content }));
    const out = await call("diff", {
      from: hasMigrations ? { tag: "migrations", ...migrationsList } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    const sql = out.stdout ?? "";
    return out.exitCode === 0 || isEmptyScript(sql) ? "" : sql;
  });
}

function isEmptyScript(sql) {
  return sql.replace(/--.*$/gm, "").trim() === "";
}
