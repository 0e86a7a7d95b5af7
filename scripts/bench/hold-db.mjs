#!/usr/bin/env node
// Keeps the bench data set's PostgreSQL running (for profiling a service against the national volume
// by hand) until Ctrl-C: node scripts/bench/hold-db.mjs. Prints the app role's URL of lis_bench_national.
import path from "node:path";
import { repoRoot, resolveDatabase, withDatabase } from "../lib/database-url.mjs";
import { APP_ROLE, asRole } from "../lib/db-roles.mjs";

const handle = await resolveDatabase({
  dataDir: path.join(repoRoot, ".data", "bench", "postgres"),
  port: Number(process.env.BENCH_PG_PORT ?? 5467),
  database: "lis_bench_national",
  handleSignals: false,
});
console.info(`DATABASE_URL=${asRole(withDatabase(handle.adminUrl, "lis_bench_national"), APP_ROLE)}`);
const stop = () => handle.stop().finally(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
