// Times the data-access functions behind the slowest pages directly (no HTTP, no rendering) and counts
// Prisma queries per call. Needs DATABASE_URL (the bench volume) and the react-server condition:
//   DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/profile-services.ts [rounds]
// The personas come from the bench manifest (BENCH_MANIFEST, default .data/bench/lis_bench_national.json)
// when it exists, else the demo personas. Read only: nothing here writes to the database.
// PROFILE_CASES=<regex> runs only the matching cases; the statements column counts what reaches PostgreSQL
// (DB_COUNT_STATEMENTS, set here), the Prisma column the client's operations (a $queryRaw is one).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/create-client";
import { resolveScope, type AccessScope } from "@/lib/domain/access-scope";
import type { Capability } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";

const rounds = Number(process.argv[2] ?? 5);
process.env.DB_COUNT_STATEMENTS ??= "1";
const sent = globalThis as unknown as { __lisSqlStatements?: number };
let queries = 0;
const base = createPrismaClient();
const counted = base.$extends({ query: { $allOperations: ({ args, query }) => (queries++, query(args)) } });
(globalThis as unknown as { __lisDb?: unknown }).__lisDb = counted;

const { loadActor } = await import("@/lib/server/auth/load-actor");
const { listFeRegistry, listFeRegistryPage, feRegistryBatches } = await import("@/lib/server/fe/list-fe-registry");
const { listFeWorklist } = await import("@/lib/server/fe/list-fe-worklist");
const { listSendingGroups } = await import("@/lib/server/fe/list-sending-groups");
const { getVacancy } = await import("@/lib/server/allocation/get-vacancy");
const { getMinSide } = await import("@/lib/server/people/get-min-side");
const { getQueuePosition } = await import("@/lib/server/allocation/get-queue-position");
const { getTrustSummaries } = await import("@/lib/server/organisations/get-trust-summaries");
const { getIndicatorPage, resolveIndicatorScope, computeIndicatorReport } = await import("@/lib/server/indicators/get-indicator-report");
const { exportIndicatorCsv } = await import("@/lib/server/indicators/export-indicator-csv");

type Manifest = { personas: Record<"localCoordinator" | "regionalCoordinator" | "leader" | "lis", { email: string }>; vacancy: { id: string } };
const manifestPath = process.env.BENCH_MANIFEST ?? path.join(process.cwd(), ".data", "bench", "lis_bench_national.json");
const manifest: Manifest | null = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as { manifest: Manifest }).manifest : null;
const personas = manifest?.personas ?? {
  localCoordinator: { email: "marit.sorensen@eksempel.no" },
  regionalCoordinator: { email: "tor.henriksen@eksempel.no" },
  leader: { email: "kristoffer.lund@eksempel.no" },
  lis: { email: "jonas.eriksen@eksempel.no" },
};
const vacancyId = manifest?.vacancy.id ?? "bench-vacancy-unn-generell-kirurgi";
console.info(`Personer fra ${manifest ? manifestPath : "demodataene"}`);

async function actor(email: string) {
  const p = await base.person.findUniqueOrThrow({ where: { email } });
  const a = await loadActor(p.id);
  if (!a) throw new Error(email);
  return a;
}
type Actor = Awaited<ReturnType<typeof actor>>;
/** The scope as requirePageScope builds it, without the session (require-scope pulls in next/navigation). */
function scope(a: Actor, capability: Capability, role: Role): AccessScope {
  const s = resolveScope({ personId: a.personId, grants: a.roles, capability, preferred: a.activeRole.role, only: role });
  if (!s) throw new Error(`${a.email} does not hold ${capability} as ${role}`);
  return s;
}
const local = await actor(personas.localCoordinator.email);
const regional = await actor(personas.regionalCoordinator.email);
const leader = await actor(personas.leader.email);
const lis = await actor(personas.lis.email);
const now = new Date();
const localIndicators = scope(local, "indicator:read", "LOKAL_KOORDINATOR");
const regionalIndicators = scope(regional, "indicator:read", "REGIONAL_KOORDINATOR");
const regionalChosen = (await resolveIndicatorScope(regionalIndicators)).chosen;

const localFe = scope(local, "fe:read", "LOKAL_KOORDINATOR");
const regionalFe = scope(regional, "fe:read", "REGIONAL_KOORDINATOR");
const allBatches = async (s: AccessScope, filter: Parameters<typeof listFeRegistryPage>[0]["filter"] = {}) => {
  let n = 0;
  for await (const batch of feRegistryBatches({ scope: s, filter, now })) n += batch.length;
  return n;
};
const cases: [string, () => Promise<unknown>][] = [
  // The FE registry pages (50 rows) and the CSV export's batches (issue 9 §3).
  ["listFeRegistryPage LOKAL side 1", () => listFeRegistryPage({ scope: localFe, page: 1, now })],
  ["listFeRegistryPage LOKAL ?eligible=ja", () => listFeRegistryPage({ scope: localFe, filter: { eligible: "ja" }, page: 1, now })],
  ["listFeRegistryPage LOKAL ?eligible=ja side 10", () => listFeRegistryPage({ scope: localFe, filter: { eligible: "ja" }, page: 10, now })],
  ["listFeRegistryPage LOKAL ?eligible=nei", () => listFeRegistryPage({ scope: localFe, filter: { eligible: "nei" }, page: 1, now })],
  ["listFeRegistryPage REGIONAL side 1", () => listFeRegistryPage({ scope: regionalFe, page: 1, now })],
  ["listFeRegistryPage REGIONAL ?eligible=ja", () => listFeRegistryPage({ scope: regionalFe, filter: { eligible: "ja" }, page: 1, now })],
  ["listFeRegistryPage REGIONAL ?eligible=nei", () => listFeRegistryPage({ scope: regionalFe, filter: { eligible: "nei" }, page: 1, now })],
  ["feRegistryBatches LOKAL (CSV, alle)", () => allBatches(localFe)],
  ["feRegistryBatches LOKAL ?eligible=ja (CSV)", () => allBatches(localFe, { eligible: "ja" })],
  ["listFeRegistry LOKAL", () => listFeRegistry({ scope: scope(local, "fe:read", "LOKAL_KOORDINATOR") })],
  ["listFeWorklist LOKAL", () => listFeWorklist({ scope: scope(local, "fe:register", "LOKAL_KOORDINATOR") })],
  ["listSendingGroups LOKAL", () => listSendingGroups({ scope: scope(local, "fe:prioritise", "LOKAL_KOORDINATOR") })],
  ["listFeRegistry REGIONAL", () => listFeRegistry({ scope: scope(regional, "fe:read", "REGIONAL_KOORDINATOR") })],
  ["getTrustSummaries REGIONAL", () => getTrustSummaries({ scope: scope(regional, "organisation:read", "REGIONAL_KOORDINATOR") })],
  ["getVacancy (største kø)", () => getVacancy({ scope: scope(leader, "vacancy:manage", "LEDER"), vacancyId })],
  ["getQueuePosition LIS", () => getQueuePosition({ scope: scope(lis, "queue:read", "LIS") })],
  ["getMinSide LIS", () => getMinSide({ scope: scope(lis, "person:read", "LIS") })],
  // Styringsinformasjon (issue 13 §6): the pages' service, and the report alone, per role.
  ["getIndicatorPage LOKAL", () => getIndicatorPage({ scope: localIndicators, now })],
  ["getIndicatorPage REGIONAL", () => getIndicatorPage({ scope: regionalIndicators, now })],
  ["computeIndicatorReport REGIONAL", () => computeIndicatorReport({ scope: regionalChosen, now })],
  ["exportIndicatorCsv REGIONAL (kapasitet)", () => exportIndicatorCsv({ scope: regionalIndicators, scopeId: null, tableId: "kapasitet", now })],
];
const only = process.env.PROFILE_CASES ? new RegExp(process.env.PROFILE_CASES) : null;
console.info("| funksjon | Prisma-kall | SQL-setninger | median (ms) |\n| --- | ---: | ---: | ---: |");
for (const [name, fn] of cases) {
  if (only && !only.test(name)) continue;
  await fn();
  const times: number[] = [];
  let q = 0;
  let statements = 0;
  for (let i = 0; i < rounds; i++) {
    queries = 0;
    const before = sent.__lisSqlStatements ?? 0;
    const s = performance.now();
    await fn();
    times.push(performance.now() - s);
    q = queries;
    statements = (sent.__lisSqlStatements ?? 0) - before;
  }
  times.sort((a, b) => a - b);
  console.info(`| ${name} | ${q} | ${statements} | ${times[Math.floor(times.length / 2)]!.toFixed(0)} |`);
}
await base.$disconnect();
