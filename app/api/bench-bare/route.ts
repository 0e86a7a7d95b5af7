// The benchmark's baseline (scripts/bench/bench.mjs, docs/benchmarks.md): a bare dynamic Next route
// served by the same server as the pages, so page throughput is compared with it in the same run.
// Answers 404 unless the server runs with BENCH_BARE=1. `?stats=1` reports the server's process id,
// its resident memory and the SQL statements sent so far (counted only with DB_COUNT_STATEMENTS=1,
// lib/db/create-client.ts).
export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };

export function GET(request: Request): Response {
  if (process.env.BENCH_BARE !== "1") return new Response("Ikke funnet.", { status: 404, headers: NO_STORE });
  if (new URL(request.url).searchParams.has("stats")) {
    const counted = (globalThis as unknown as { __lisSqlStatements?: number }).__lisSqlStatements;
    return Response.json({ pid: process.pid, rss: process.memoryUsage().rss, sqlStatements: counted ?? null }, { headers: NO_STORE });
  }
  return new Response("ok\n", { headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8" } });
}
