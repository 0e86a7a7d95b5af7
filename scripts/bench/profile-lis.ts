// Times the LIS's own pages' data (Min side = getMinSide + getQueueOverview, /lis/ko = getQueueOverview)
// and the largest vacancy's queue (its ranking, as the vacancy page loads it; not getVacancy, which writes
// an access log) against the bench database, with the SQL statements each sends.
//   DATABASE_URL=… DB_COUNT_STATEMENTS=1 npx tsx --conditions=react-server scripts/bench/profile-lis.ts [rounds]
// (DB_COUNT_STATEMENTS=log also prints each statement.) Read only: nothing here writes to the database.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { resolveScope, type AccessScope } from "@/lib/domain/access-scope";
import type { Capability } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";

const rounds = Number(process.argv[2] ?? 9);
if (process.env.DB_COUNT_STATEMENTS !== "1" && process.env.DB_COUNT_STATEMENTS !== "log") process.env.DB_COUNT_STATEMENTS = "1";
const counter = globalThis as unknown as { __lisSqlStatements?: number };

const { db } = await import("@/lib/server/db");
const { loadActor } = await import("@/lib/server/auth/load-actor");
const { getLisStart } = await import("@/lib/server/people/get-lis-start");
const { getQueueOverview } = await import("@/lib/server/allocation/get-queue-position");
const { loadQueueStanding } = await import("@/lib/server/queue/load-queue-standings");

type Manifest = { personas: Record<"lis", { email: string }>; vacancy: { id: string } };
const manifestPath = process.env.BENCH_MANIFEST ?? path.join(process.cwd(), ".data", "bench", "lis_bench_national.json");
const manifest: Manifest | null = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as { manifest: Manifest }).manifest : null;
const lisEmail = process.env.BENCH_LIS ?? manifest?.personas.lis.email ?? "jonas.eriksen@eksempel.no";
const vacancyId = manifest?.vacancy.id ?? null;

async function actor(email: string) {
  const p = await db.person.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const a = await loadActor(p.id);
  if (!a) throw new Error(email);
  return a;
}
function scope(a: NonNullable<Awaited<ReturnType<typeof loadActor>>>, capability: Capability, role: Role): AccessScope {
  const s = resolveScope({ personId: a.personId, grants: a.roles, capability, preferred: a.activeRole.role, only: role });
  if (!s) throw new Error(`${a.email} does not hold ${capability} as ${role}`);
  return s;
}
const lis = await actor(lisEmail);
const vacancy = vacancyId
  ? await db.vacancy.findUniqueOrThrow({ where: { id: vacancyId }, select: { id: true, organisationId: true, departmentId: true, specialtyId: true, startDate: true, startWindowDays: true, drawSeed: true } })
  : null;
const person = scope(lis, "person:read", "LIS");
const queue = scope(lis, "queue:read", "LIS");
const cases: [string, () => Promise<unknown>][] = [
  ["/lis/ko (getQueueOverview)", () => getQueueOverview({ scope: queue })],
  ["/lis (getLisStart: Min side + queue overview)", () => getLisStart({ personScope: person, queueScope: queue })],
  ...(vacancy ? [["largest vacancy's queue (loadQueueStanding)", () => loadQueueStanding(db, { ...vacancy, vacancyId: vacancy.id }, new Date())] as [string, () => Promise<unknown>]] : []),
];
console.info(`LIS ${lisEmail}; ${rounds} rounds`);
// Node CPU (user + system) per call as well as wall time: on a loaded machine the CPU time is the steadier figure.
console.info("| page data | statements | median (ms) | min (ms) | Node CPU median (ms) |\n| --- | ---: | ---: | ---: | ---: |");
for (const [name, fn] of cases) {
  await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  let statements = 0;
  for (let i = 0; i < rounds; i++) {
    const before = counter.__lisSqlStatements ?? 0;
    const s = performance.now();
    const c = process.cpuUsage();
    await fn();
    times.push(performance.now() - s);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    statements = (counter.__lisSqlStatements ?? 0) - before;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.info(`| ${name} | ${statements} | ${times[Math.floor(times.length / 2)]!.toFixed(1)} | ${times[0]!.toFixed(1)} | ${cpu[Math.floor(cpu.length / 2)]!.toFixed(1)} |`);
}
await db.$disconnect();
