// The server Playwright starts: `npm start` on a fresh embedded database of its own
// (LIS_DATA_DIR, EMBEDDED_PG_PORT), so browser tests never touch the demo database.
import { rmSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, process.env.LIS_DATA_DIR ?? ".data/e2e");
if (!dataDir.startsWith(path.join(root, ".data"))) throw new Error(`Refusing to delete ${dataDir}`);
rmSync(dataDir, { recursive: true, force: true });

const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
