#!/usr/bin/env node
// npm run db:migrate: apply pending migrations from prisma/migrations (like `prisma migrate deploy`),
// using the WebAssembly schema engine. Uses $DATABASE_URL, or starts the embedded PostgreSQL.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot, resolveDatabase } from "./lib/database-url.mjs";
import { applyMigrations, withSchemaEngine } from "./lib/schema-engine.mjs";
import { grantAppRole } from "./lib/db-roles.mjs";

export const MIGRATIONS_DIR = process.env.PRISMA_MIGRATIONS_DIR || path.join(repoRoot, "prisma", "migrations");

/** Applies pending migrations to `url`; returns the names applied (empty when up to date). */
/** With `appRole`, `url` is the owner's and the app role's grants are (re)applied afterwards. */
export async function migrate(url, { migrationsDir = MIGRATIONS_DIR, quiet = false, appRole = null } = {}) {
  const applied = await applyMigrations({ connection: url, migrationsDir });
  if (appRole) await grantAppRole(url, appRole);
  if (!quiet) {
    if (applied.length) for (const name of applied) console.info(`[db] migrering kjørt / applied: ${name}`);
    else console.info("[db] Ingen nye migreringer / no pending migrations");
  }
  return applied;
}

/** Marks a failed migration as rolled back (like `prisma migrate resolve --rolled-back <name>`). */
export async function markRolledBack(url, migrationName) {
  await withSchemaEngine({ connection: url }, (_e, { call }) => call("markMigrationRolledBack", { migrationName }));
}

async function main() {
  const args = process.argv.slice(2);
  const rolledBack = args[0] === "--rolled-back" ? args[1] : null;
  if (args[0] === "--rolled-back" && !rolledBack) {
    console.error("Bruk / usage: npm run db:migrate -- --rolled-back <migration_name>");
    process.exit(2);
  }
  const db = await resolveDatabase();
  let code = 0;
  try {
    if (rolledBack) {
      await markRolledBack(db.ownerUrl, rolledBack);
      console.info(`[db] ${rolledBack} markert som rullet tilbake / marked as rolled back`);
    }
    await migrate(db.ownerUrl, { appRole: db.appRole });
  } catch (e) {
    console.error(`[db] Migrering feilet / migration failed: ${e?.message ?? e}`);
    if (/failed migrations|failed to apply/i.test(String(e?.message)))
      console.error(
        "[db] Rydd opp delvis kjørt SQL i databasen, rett migration.sql, og kjør / clean up partially applied SQL, fix migration.sql, then run:\n" +
          "     npm run db:migrate -- --rolled-back <migration_name>",
      );
    code = 1;
  } finally {
    await db.stop();
  }
  process.exit(code);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e) => {
    console.error(`[db] ${e?.message ?? e}`);
    process.exit(1);
  });
}
