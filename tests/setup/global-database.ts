// Integration tests run against real PostgreSQL: the embedded server on its own port and data
// directory (fresh each run), or the server in DATABASE_URL. Migrations are applied once to a
// template database as the owner role; every test file then gets its own clone
// (tests/setup/per-file-database.ts) and connects as the app role, exactly as the app does.
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM script without types
import { resolveDatabase, createDatabase, dropDatabase, withDatabase } from "../../scripts/lib/database-url.mjs";
// @ts-expect-error: plain ESM script without types
import { APP_ROLE, OWNER_ROLE, asRole, ensureRoles } from "../../scripts/lib/db-roles.mjs";
// @ts-expect-error: plain ESM script without types
import { migrate } from "../../scripts/db-migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** serverUrl: a role that may create databases; ownerRole/appRole null when the server gives us no roles of our own. */
    testDatabase: { serverUrl: string; template: string; ownerRole: string | null; appRole: string | null };
  }
}

export default async function setup(project: TestProject) {
  const external = Boolean(process.env.DATABASE_URL);
  const dataDir = path.resolve(import.meta.dirname, "../../.data/test-postgres");
  if (!external) rmSync(dataDir, { recursive: true, force: true });
  const server = await resolveDatabase({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 5437), handleSignals: false });
  const adminUrl: string = server.adminUrl ?? server.url;
  // An external server whose role may not create roles runs the tests as that one role.
  const roles = await ensureRoles(adminUrl, null);
  const template = `lis_test_template_${process.pid}`;
  await dropDatabase(adminUrl, template);
  await createDatabase(adminUrl, template);
  if (roles) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`ALTER DATABASE "${template}" OWNER TO ${OWNER_ROLE}`);
    await client.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`).catch(() => {});
    await client.end();
    const templateAdmin = new pg.Client({ connectionString: withDatabase(adminUrl, template) });
    await templateAdmin.connect();
    await templateAdmin.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`);
    await templateAdmin.end();
    await migrate(asRole(withDatabase(adminUrl, template), OWNER_ROLE), { quiet: true, appRole: APP_ROLE });
  } else {
    await migrate(withDatabase(adminUrl, template), { quiet: true });
  }
  project.provide("testDatabase", { serverUrl: adminUrl, template, ownerRole: roles ? OWNER_ROLE : null, appRole: roles ? APP_ROLE : null });

  return async () => {
    await dropDatabase(adminUrl, template).catch(() => {});
    await server.stop();
  };
}
