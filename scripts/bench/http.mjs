// HTTP benchmark of the running app's heaviest pages, logged in as a demo user, on loopback only.
// Start the app first (`npm start`), then: node scripts/bench/http.mjs [baseUrl] [requests] [concurrency]
// Bounded: `requests` per page (default 200) at `concurrency` (default 8). Results: docs/benchmarks.md.
// Extra pages: BENCH_PAGES="user@eksempel.no:/path,…" adds them (e.g. the vacancy of
// scripts/bench/seed-volume.ts); BENCH_ONLY=1 measures only those.
import { performance } from "node:perf_hooks";

const base = process.argv[2] ?? "http://localhost:3000";
const total = Number(process.argv[3] ?? 200);
const concurrency = Number(process.argv[4] ?? 8);
if (!/^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(base)) throw new Error("Only loopback targets are allowed.");

const PAGES = [
  { user: "kristoffer.lund@eksempel.no", path: "/leder/stillinger" },
  { user: "marit.sorensen@eksempel.no", path: "/koordinator/fiktiv-enhet" },
  { user: "tor.henriksen@eksempel.no", path: "/regional/fiktiv-enhet" },
  { user: "jonas.eriksen@eksempel.no", path: "/lis" },
  { user: "jonas.eriksen@eksempel.no", path: "/lis/ko" },
];
const EXTRA = (process.env.BENCH_PAGES ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => {
    const i = s.indexOf(":");
    if (i < 1 || s[i + 1] !== "/") throw new Error(`BENCH_PAGES: expected user:/path, got ${s}`);
    return { user: s.slice(0, i), path: s.slice(i + 1) };
  });
const pages = process.env.BENCH_ONLY === "1" ? EXTRA : [...PAGES, ...EXTRA];

function cookiesFrom(response, jar) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...rest] = pair.split("=");
    jar.set(name.trim(), rest.join("="));
  }
}
const header = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function login(email) {
  const jar = new Map();
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  cookiesFrom(csrfResponse, jar);
  const { csrfToken } = await csrfResponse.json();
  const body = new URLSearchParams({ csrfToken, email, password: "demo1234", json: "true" });
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body,
    redirect: "manual",
  });
  cookiesFrom(response, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Login failed for ${email}`);
  return header(jar);
}

async function run(path, cookie) {
  const times = [];
  let errors = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const s = performance.now();
        const r = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
        await r.arrayBuffer();
        if (r.status !== 200) errors++;
        times.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  return { path, n: times.length, errors, rps: times.length / seconds, p50: pct(50), p95: pct(95), max: times.at(-1) };
}

console.info(`${base}, ${total} forespørsler per side, samtidighet ${concurrency}, ${new Date().toISOString()}`);
console.info("| side | n | feil | req/s | p50 (ms) | p95 (ms) | maks (ms) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const page of pages) {
  const cookie = await login(page.user);
  await run(page.path, cookie); // warm-up round is measured separately and discarded
  const r = await run(page.path, cookie);
  console.info(`| ${r.path} | ${r.n} | ${r.errors} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} |`);
}
