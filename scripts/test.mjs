// `npm test`: every kind of test in order — lint, typecheck, unit + integration (vitest, real
// PostgreSQL), and Playwright in Chromium. Ends with one line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { resolveChromium } from "./lib/chromium-path.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
mkdirSync(path.join(root, ".data"), { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, extraEnv = {}) {
  console.info(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.info(`━━ ${name}: ${ok ? "OK" : "FEILET"} (${seconds} s)`);
  if (!ok) failures.push(name);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const only = process.argv[2];

if (!only || only === "lint") {
  if (step("Lint (eslint)", bin("eslint"), [".", "--max-warnings=0"])) passed++;
  else failed++;
}
if (!only || only === "typecheck") {
  if (step("Typecheck (tsc)", bin("tsc"), ["--noEmit"])) passed++;
  else failed++;
}
if (!only || only === "vitest") {
  const out = path.join(root, ".data/vitest-results.json");
  rmSync(out, { force: true });
  const ok = step("Unit and integration (vitest, PostgreSQL)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${out}`]);
  const report = readJson(out);
  if (report) {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  } else if (!ok) failed++;
  if (!ok && report && !report.numFailedTests) failed++;
}
if (!only || only === "e2e") {
  let chromium = null;
  try {
    chromium = resolveChromium();
  } catch (error) {
    console.error(`\nFant ingen Chromium for nettlesertestene: ${error.message}\nNo Chromium for the browser tests (CHROMIUM_PATH, /usr/bin/chromium or the npm package @sparticuz/chromium; run npm install).`);
    failures.push("Browser (Playwright)");
    failed++;
  }
  if (chromium) {
    console.info(`\nChromium: ${chromium.executablePath} (${chromium.source})`);
    const out = path.join(root, ".data/playwright-results.json");
    rmSync(out, { force: true });
    const ok = step("Browser (Playwright, Chromium)", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium.executablePath });
    const report = readJson(out);
    if (report?.stats) {
      passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
      failed += report.stats.unexpected ?? 0;
    }
    if (!ok && !(report?.stats?.unexpected > 0)) failed++;
  }
}

console.info(failures.length ? `\nFeilet: ${failures.join(", ")}` : "\nAlt grønt.");
console.info(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
