import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

/**
 * With DB_COUNT_STATEMENTS=1 (the benchmark, scripts/bench/bench.mjs) every statement sent to
 * PostgreSQL — queries, BEGIN, COMMIT — adds one to `globalThis.__lisSqlStatements`, which the
 * bench's bare route reports; DB_COUNT_STATEMENTS=log also writes each statement's start to stderr
 * (to see where a page's statements come from). Off by default: then nothing here differs from a plain pg pool.
 */
function countingClient(log: boolean): typeof pg.Client {
  const counter = globalThis as unknown as { __lisSqlStatements?: number };
  counter.__lisSqlStatements ??= 0;
  class CountingClient extends pg.Client {}
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  Object.defineProperty(CountingClient.prototype, "query", {
    value: function countedQuery(this: pg.Client, ...args: unknown[]) {
      counter.__lisSqlStatements = (counter.__lisSqlStatements ?? 0) + 1;
      if (log) {
        const first = args[0] as string | { text?: string } | undefined;
        const text = typeof first === "string" ? first : (first?.text ?? "");
        console.error(`[sql] ${text.replace(/\s+/g, " ").slice(0, 200)}`);
      }
      return query.apply(this, args);
    },
  });
  return CountingClient;
}

/** Statements with more parameters than this (long IN lists) stay unnamed: each length would be its own statement. */
const MAX_NAMED_PARAMETERS = 64;
/** A connection's prepared statements live as long as it does: recycle connections so the set stays bounded. */
const CONNECTION_LIFETIME_SECONDS = 30 * 60;

/**
 * A name per SQL text, so that pg prepares each statement once per connection and then only binds
 * and executes it (decision 0026): PostgreSQL parses and plans it once instead of on every request,
 * and the text is not sent again. Statements with many parameters stay unnamed (undefined).
 */
export function preparedStatementName(query: { sql: string; args: readonly unknown[] }): string {
  if (query.args.length > MAX_NAMED_PARAMETERS) return undefined as unknown as string;
  return `lis_${createHash("sha1").update(query.sql).digest("base64url")}`;
}

/** The one place a Prisma client is constructed (server code, seed and tests). */
export function createPrismaClient(url: string | undefined = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL er ikke satt. Start appen med `npm start`, som setter den.");
  const max = Number(process.env.DB_POOL_MAX ?? 10);
  const mode = process.env.DB_COUNT_STATEMENTS;
  const counting = mode === "1" || mode === "log" ? { Client: countingClient(mode === "log") } : {};
  // DB_PREPARED_STATEMENTS=0 turns the named statements off (e.g. behind a pooler in transaction mode without prepared-statement support).
  const prepared = process.env.DB_PREPARED_STATEMENTS !== "0";
  const pool = { connectionString: url, max, ...counting, ...(prepared ? { maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS } : {}) };
  return new PrismaClient({ adapter: new PrismaPg(pool, prepared ? { statementNameGenerator: preparedStatementName } : undefined) });
}
