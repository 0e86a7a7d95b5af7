#!/usr/bin/env node
// Summarises V8 CPU profiles (.cpuprofile, from BENCH_CPU_PROF=<dir> npm run bench): where next-server's
// CPU time went, by package and by function (self time), and the inclusive time of the frames that
// match --focus (a regular expression on "function url").
//
//   node scripts/bench/cpu-profile-summary.mjs <dir-or-file> [--top 40] [--focus 'prisma|next-auth']
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const target = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
if (!target) {
  console.error("bruk / usage: cpu-profile-summary.mjs <dir-or-file> [--top N] [--focus regex]");
  process.exit(2);
}
const TOP = Number(option("top", 40));
const focus = option("focus", "") ? new RegExp(option("focus", ""), "i") : null;

const files = statSync(target).isDirectory()
  ? readdirSync(target).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(target, f))
  : [target];

/** The package a script belongs to: the node_modules package, "app" for our own build output, or node's. */
function packageOf(url) {
  if (!url) return "(native / gc / idle)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    const name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name === "next" && rest.includes("compiled")) return `next/compiled/${rest[rest.indexOf("compiled") + 1]}`;
    return name;
  }
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  if (url.includes("/.next/server/chunks/")) return ".next chunks (app + bundled libs)";
  if (url.includes("/.next/")) return ".next (app)";
  return url.length > 60 ? "…" + url.slice(-60) : url;
}

for (const file of files) {
  const prof = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Self time per node from samples and time deltas (µs).
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idleIds = new Set(prof.nodes.filter((n) => ["(idle)", "(program)"].includes(n.callFrame.functionName)).map((n) => n.id));
  const idle = [...idleIds].reduce((a, id) => a + (self.get(id) ?? 0), 0);
  const busy = total - idle;
  const pct = (x) => ((x / busy) * 100).toFixed(1).padStart(5) + " %";

  const byPackage = new Map();
  const byFunction = new Map();
  for (const [id, us] of self) {
    if (idleIds.has(id)) continue;
    const { callFrame } = byId.get(id);
    const pkg = callFrame.functionName === "(garbage collector)" ? "(gc)" : packageOf(callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const key = `${callFrame.functionName || "(anonymous)"}  ${packageOf(callFrame.url)}:${callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  console.info(`\n# ${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (idle/program ${(idle / 1e6).toFixed(1)} s)`);
  console.info("\n## Self time by package");
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.info(`${pct(v)}  ${k}`);
  console.info("\n## Self time by function");
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.info(`${pct(v)}  ${k}`);

  if (focus) {
    // Inclusive time of matching frames, each sample counted once even under recursion.
    const inclusive = new Map();
    for (const [id, us] of self) {
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const { callFrame } = byId.get(cur);
        const label = `${callFrame.functionName || "(anonymous)"} ${callFrame.url}`;
        if (!focus.test(label)) continue;
        const key = `${callFrame.functionName || "(anonymous)"}  ${packageOf(callFrame.url)}:${callFrame.lineNumber + 1}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      }
    }
    console.info(`\n## Inclusive time of frames matching ${focus}`);
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.info(`${pct(v)}  ${k}`);
  }
}
