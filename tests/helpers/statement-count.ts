// Counts the SQL statements a page's data function sends to PostgreSQL (issue 9 §3: statements per page
// constant in data size). It uses the counting pg client of lib/db/create-client.ts (DB_COUNT_STATEMENTS),
// whose counter is `globalThis.__lisSqlStatements`: call `useCountingClient()` before the test file's first
// query, then `countStatements(name, load)` around each loader. Loaders run one at a time (the counter is
// the process's), so a loader may use Promise.all inside.

const counter = globalThis as unknown as { __lisSqlStatements?: number; __lisDb?: { $disconnect(): Promise<void> } };

/** Makes the server layer's (and testDb()'s) client count statements from its next use on. */
export async function useCountingClient(): Promise<void> {
  process.env.DB_COUNT_STATEMENTS = "1";
  const previous = counter.__lisDb;
  counter.__lisDb = undefined;
  await previous?.$disconnect();
  counter.__lisSqlStatements ??= 0;
}

export type StatementCount = { name: string; statements: number };

/** The number of statements (queries, BEGIN, COMMIT) sent while `load` runs. */
export async function countStatements(name: string, load: () => Promise<unknown>): Promise<StatementCount> {
  if (process.env.DB_COUNT_STATEMENTS !== "1") throw new Error("countStatements: call useCountingClient() first");
  const before = counter.__lisSqlStatements ?? 0;
  await load();
  return { name, statements: (counter.__lisSqlStatements ?? 0) - before };
}

/** Each named loader's statement count, run one after another. */
export async function countEach(loaders: Record<string, () => Promise<unknown>>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, load] of Object.entries(loaders)) out[name] = (await countStatements(name, load)).statements;
  return out;
}
