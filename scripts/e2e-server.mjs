// The server Playwright starts: `npm start` on a fresh database of its own, so browser tests never
// touch the demo database or real data. Embedded: a fresh data directory (LIS_DATA_DIR) on its own
// port (EMBEDDED_PG_PORT). With DATABASE_URL: a throwaway database on that server, dropped afterwards.
import { rmSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { createDatabase, dropDatabase, withDatabase } from "./lib/database-url.mjs";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env };
let throwaway = null;

if (process.env.DATABASE_URL) {
  throwaway = `lis_e2e_${process.pid}`;
  await dropDatabase(process.env.DATABASE_URL, throwaway);
  await createDatabase(process.env.DATABASE_URL, throwaway);
  env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, throwaway);
  console.info(`[e2e] database ${throwaway} on the DATABASE_URL server`);
} else {
  const dataDir = path.resolve(root, process.env.LIS_DATA_DIR ?? ".data/e2e");
  if (!dataDir.startsWith(path.join(root, ".data"))) throw new Error(`Refusing to delete ${dataDir}`);
  rmSync(dataDir, { recursive: true, force: true });
}

const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", async (code) => {
  if (throwaway) await dropDatabase(process.env.DATABASE_URL, throwaway).catch((error) => console.error("[e2e] could not drop", throwaway, error));
  process.exit(code ?? 0);
});
