// Integration tests run against real PostgreSQL: the embedded server on its own port and data
// directory (fresh each run), or the server in DATABASE_URL. Migrations are applied once to a
// template database; every test file then gets its own clone (tests/setup/per-file-database.ts).
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM script without types
import { resolveDatabase, createDatabase, dropDatabase, withDatabase } from "../../scripts/lib/database-url.mjs";
// @ts-expect-error: plain ESM script without types
import { migrate } from "../../scripts/db-migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { serverUrl: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  const external = Boolean(process.env.DATABASE_URL);
  const dataDir = path.resolve(import.meta.dirname, "../../.data/test-postgres");
  if (!external) rmSync(dataDir, { recursive: true, force: true });
  const server = await resolveDatabase({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 5437), handleSignals: false });
  const template = `lis_test_template_${process.pid}`;
  await dropDatabase(server.url, template);
  await createDatabase(server.url, template);
  await migrate(withDatabase(server.url, template), { quiet: true });
  project.provide("testDatabase", { serverUrl: server.url, template });

  return async () => {
    await dropDatabase(server.url, template).catch(() => {});
    await server.stop();
  };
}
