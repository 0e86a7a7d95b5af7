// Decision 0026: the app's client names each SQL text, so PostgreSQL keeps it prepared on the connection;
// long IN lists stay unnamed, and DB_PREPARED_STATEMENTS=0 turns naming off.
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const opened: PrismaClient[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.$disconnect()));
  delete process.env.DB_PREPARED_STATEMENTS;
  delete process.env.DB_POOL_MAX;
});

/** A client with one connection, so that pg_prepared_statements (per session) shows what it prepared. */
function oneConnection(prepared: boolean): PrismaClient {
  process.env.DB_POOL_MAX = "1";
  if (!prepared) process.env.DB_PREPARED_STATEMENTS = "0";
  const client = createPrismaClient();
  opened.push(client);
  return client;
}

async function preparedOn(client: PrismaClient): Promise<{ name: string; statement: string }[]> {
  return client.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
}

describe("prepared statements (decision 0026)", () => {
  it("prepares a Prisma read once under one name and reuses it", async () => {
    const client = oneConnection(true);
    await client.person.findMany({ where: { email: "ingen@eksempel.no" }, select: { id: true } });
    await client.person.findMany({ where: { email: "heller.ingen@eksempel.no" }, select: { id: true } });
    const reads = (await preparedOn(client)).filter((s) => s.statement.includes('FROM "public"."Person"'));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.name).toMatch(/^lis_[\w-]+$/);
  });

  it("leaves a statement with a long IN list unnamed", async () => {
    const client = oneConnection(true);
    const ids = Array.from({ length: 100 }, (_, i) => `ingen-${i}`);
    await client.person.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const named = await preparedOn(client);
    expect(named.some((s) => s.statement.includes('FROM "public"."Person"'))).toBe(false);
    expect(named.length).toBeGreaterThan(0); // the pg_prepared_statements read itself is named
  });

  it("prepares nothing with DB_PREPARED_STATEMENTS=0", async () => {
    const client = oneConnection(false);
    await client.person.findMany({ where: { email: "ingen@eksempel.no" }, select: { id: true } });
    expect(await preparedOn(client)).toEqual([]);
  });
});
