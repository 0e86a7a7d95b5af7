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

/** The one place a Prisma client is constructed (server code, seed and tests). */
export function createPrismaClient(url: string | undefined = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL er ikke satt. Start appen med `npm start`, som setter den.");
  const max = Number(process.env.DB_POOL_MAX ?? 10);
  const mode = process.env.DB_COUNT_STATEMENTS;
  const counting = mode === "1" || mode === "log" ? { Client: countingClient(mode === "log") } : {};
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max, ...counting }) });
}
