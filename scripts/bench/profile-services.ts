// Times the data-access functions behind the slowest pages directly (no HTTP, no rendering) and counts
// Prisma queries per call. Needs DATABASE_URL (the bench volume) and the react-server condition:
//   DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/profile-services.ts [rounds]
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/create-client";
import type { Capability } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";

const rounds = Number(process.argv[2] ?? 5);
let queries = 0;
const base = createPrismaClient();
const counted = base.$extends({ query: { $allOperations: ({ args, query }) => (queries++, query(args)) } });
(globalThis as unknown as { __lisDb?: unknown }).__lisDb = counted;

const { loadActor } = await import("@/lib/server/auth/load-actor");
const { listFeRegistry } = await import("@/lib/server/fe/list-fe-registry");
const { listFeWorklist } = await import("@/lib/server/fe/list-fe-worklist");
const { listSendingGroups } = await import("@/lib/server/fe/list-sending-groups");
const { getVacancy } = await import("@/lib/server/allocation/get-vacancy");
const { getMinSide } = await import("@/lib/server/people/get-min-side");
const { getQueuePosition } = await import("@/lib/server/allocation/get-queue-position");
const { getTrustSummaries } = await import("@/lib/server/organisations/get-trust-summaries");
const { scopeOf } = await import("@/lib/server/scope/require-scope");

async function actor(email: string) {
  const p = await base.person.findUniqueOrThrow({ where: { email } });
  const a = await loadActor(p.id);
  if (!a) throw new Error(email);
  return a;
}
const marit = await actor("marit.sorensen@eksempel.no");
const tor = await actor("tor.henriksen@eksempel.no");
function scope(a: Awaited<ReturnType<typeof actor>>, capability: Capability, role: Role) {
  const s = scopeOf(a, capability, role);
  if (!s) throw new Error(`${a.email} does not hold ${capability} as ${role}`);
  return s;
}
const kristoffer = await actor("kristoffer.lund@eksempel.no");
const jonas = await actor("jonas.eriksen@eksempel.no");
const kristofferVacancies = scopeOf(kristoffer, "vacancy:manage", "LEDER")!;
const jonasQueue = scopeOf(jonas, "queue:read", "LIS")!;
const torTrusts = scopeOf(tor, "organisation:read", "REGIONAL_KOORDINATOR")!;
const jonasMinSide = scopeOf(jonas, "person:read", "LIS")!;

const cases: [string, () => Promise<unknown>][] = [
  ["listFeRegistry LOKAL (Helgeland)", () => listFeRegistry({ scope: scope(marit, "fe:read", "LOKAL_KOORDINATOR") })],
  ["listFeWorklist (Helgeland)", () => listFeWorklist({ scope: scope(marit, "fe:register", "LOKAL_KOORDINATOR") })],
  ["listSendingGroups (Helgeland)", () => listSendingGroups({ scope: scope(marit, "fe:prioritise", "LOKAL_KOORDINATOR") })],
  ["listFeRegistry REGIONAL (HN)", () => listFeRegistry({ scope: scope(tor, "fe:read", "REGIONAL_KOORDINATOR") })],
  ["getTrustSummaries (HN)", () => getTrustSummaries({ scope: torTrusts })],
  ["getVacancy bench", () => getVacancy({ scope: kristofferVacancies, vacancyId: "bench-vacancy-unn-generell-kirurgi" })],
  ["getQueuePosition (Jonas)", () => getQueuePosition({ scope: jonasQueue })],
  ["getMinSide (Jonas)", () => getMinSide({ scope: jonasMinSide })],
];
console.info("| funksjon | spørringer | median (ms) |\n| --- | ---: | ---: |");
for (const [name, fn] of cases) {
  await fn();
  const times: number[] = [];
  let q = 0;
  for (let i = 0; i < rounds; i++) {
    queries = 0;
    const s = performance.now();
    await fn();
    times.push(performance.now() - s);
    q = queries;
  }
  times.sort((a, b) => a - b);
  console.info(`| ${name} | ${q} | ${times[Math.floor(times.length / 2)]!.toFixed(0)} |`);
}
await base.$disconnect();
