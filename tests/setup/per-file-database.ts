// Gives the test file a database of its own, cloned from the migrated template. The file connects as
// the app role (DATABASE_URL), like the running app; DATABASE_OWNER_URL is the owner, for the few
// tests that look at the migration history or the owner's view.
import { afterAll, inject } from "vitest";
import pg from "pg";
// @ts-expect-error: plain ESM script without types
import { asRole } from "../../scripts/lib/db-roles.mjs";

const { serverUrl, template, ownerRole, appRole } = inject("testDatabase");
const name = `lis_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"${ownerRole ? ` OWNER ${ownerRole}` : ""}`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = appRole ? asRole(url.toString(), appRole) : url.toString();
process.env.DATABASE_OWNER_URL = ownerRole ? asRole(url.toString(), ownerRole) : url.toString();

// The tests log in as the demo people.
process.env.DEMO_MODE ??= "1";

const globalForDb = globalThis as unknown as { __lisDb?: { $disconnect(): Promise<void> }; __lisOwnerDb?: { $disconnect(): Promise<void> } };

afterAll(async () => {
  await globalForDb.__lisDb?.$disconnect();
  globalForDb.__lisDb = undefined;
  await globalForDb.__lisOwnerDb?.$disconnect();
  globalForDb.__lisOwnerDb = undefined;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});
