// Gives the test file a database of its own, cloned from the migrated template.
import { afterAll, inject } from "vitest";
import pg from "pg";

const { serverUrl, template } = inject("testDatabase");
const name = `lis_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

const globalForDb = globalThis as unknown as { __lisDb?: { $disconnect(): Promise<void> } };

afterAll(async () => {
  await globalForDb.__lisDb?.$disconnect();
  globalForDb.__lisDb = undefined;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});
