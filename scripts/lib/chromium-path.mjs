// Which Chromium the browser tests launch, resolved in one place for `playwright.config.ts` and
// `scripts/test.mjs`:
//   1. CHROMIUM_PATH, when set (it must then be runnable);
//   2. /usr/bin/chromium (Debian's apt package), when present and runnable;
//   3. otherwise the Chromium shipped inside the npm package `@sparticuz/chromium` (a devDependency,
//      pinned to an exact version), unpacked once into the project's own `.data/chromium`.
// `@sparticuz/chromium` always unpacks into `os.tmpdir()` and reuses whatever binary it finds there,
// so the unpacking runs in a child process whose TMPDIR is a staging folder under `.data/`, which is
// then renamed into place together with a marker naming the package version. Playwright loads its
// config in every worker too; once unpacked, resolving is a couple of `stat` calls.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
export const NPM_CHROMIUM_DIR = path.join(root, ".data/chromium");
const MARKER = "VERSION";

/** The launch arguments for every Chromium the tests use (headless, offline, no sandbox as root). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runnable: executable and answers `--version` (a leftover wrapper script or snap stub does not). */
function runs(file) {
  if (!isExecutable(file)) return false;
  const result = spawnSync(file, ["--version"], { stdio: "ignore", timeout: 20_000 });
  return result.status === 0;
}

function npmPackageVersion() {
  // The package's `exports` hide its package.json, and build/cjs has a package.json of its own
  // ({"type":"commonjs"}): walk up from the entry point to the one that names the package.
  let dir = path.dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium"));
  for (;;) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, "utf8"));
      if (manifest.name === "@sparticuz/chromium" && typeof manifest.version === "string") return manifest.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Could not find the version of @sparticuz/chromium");
    dir = parent;
  }
}

function unpackedVersion() {
  try {
    return readFileSync(path.join(NPM_CHROMIUM_DIR, MARKER), "utf8").trim();
  } catch {
    return null;
  }
}

/** Unpacks the npm package's Chromium into `.data/chromium` unless that version is already there. */
export function ensureNpmChromium() {
  const version = npmPackageVersion();
  const executable = path.join(NPM_CHROMIUM_DIR, "chromium");
  if (unpackedVersion() === version && isExecutable(executable)) return executable;

  const staging = path.join(root, `.data/chromium-unpacking-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const script = [
    'const { default: Chromium } = await import("@sparticuz/chromium");',
    "process.stdout.write(await Chromium.executablePath());",
  ].join("\n");
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, TMPDIR: staging, TMP: staging, TEMP: staging },
    encoding: "utf8",
  });
  const unpacked = result.stdout?.trim();
  if (result.status !== 0 || unpacked !== path.join(staging, "chromium")) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`Could not unpack Chromium from @sparticuz/chromium ${version}: ${result.stderr || result.error?.message || unpacked}`);
  }
  writeFileSync(path.join(staging, MARKER), `${version}\n`);
  // Another process may have finished first; then its copy (same version) is used.
  if (unpackedVersion() !== version) {
    rmSync(NPM_CHROMIUM_DIR, { recursive: true, force: true });
    try {
      renameSync(staging, NPM_CHROMIUM_DIR);
    } catch (error) {
      if (unpackedVersion() !== version) throw error;
    }
  }
  rmSync(staging, { recursive: true, force: true });
  return executable;
}

let cached = null;

/**
 * The Chromium to launch: `{ executablePath, source }`, where source is "CHROMIUM_PATH", "system" or
 * "npm". Throws with a Norwegian and English message when none can be found.
 */
export function resolveChromium() {
  if (cached) return cached;
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!runs(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} kan ikke kjøres. CHROMIUM_PATH is not a runnable Chromium.`);
    cached = { executablePath: explicit, source: "CHROMIUM_PATH" };
  } else if (existsSync(SYSTEM_CHROMIUM) && runs(SYSTEM_CHROMIUM)) {
    cached = { executablePath: SYSTEM_CHROMIUM, source: "system" };
  } else {
    cached = { executablePath: ensureNpmChromium(), source: "npm" };
  }
  return cached;
}
