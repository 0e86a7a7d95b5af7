import { beforeAll, describe, expect, it, vi } from "vitest";
import { scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { actorByEmail } from "../helpers/db";
import { countEach, useCountingClient } from "../helpers/statement-count";
import { multiplyLis } from "../helpers/multiply-lis";
import type { AccessScope } from "@/lib/domain/access-scope";
import type { Capability } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { listFeRegistryPage, registryFilterOptions } = await import("@/lib/server/fe/list-fe-registry");
const { listFeWorklistPage, logWorklistRowsShown } = await import("@/lib/server/fe/list-fe-worklist");
const { listSendingGroupSummaries, loadSendingGroup } = await import("@/lib/server/fe/list-sending-groups");
const { logRegistryRowsShown } = await import("@/lib/server/fe/log-registry-rows");
const { listCoordinatorPlanWork, listLeaderPlanWork, logPlanWorkRowsShown } = await import("@/lib/server/plans/list-plan-work");
const { listDepartmentLis, logDepartmentLisShown } = await import("@/lib/server/people/list-department-lis");
const { listPendingEntraLinks, searchPersonIdentities } = await import("@/lib/server/people/list-person-identities");
const { getReceivingOverview } = await import("@/lib/server/fagavtaler/get-receiving-overview");
const { getLisStart } = await import("@/lib/server/people/get-lis-start");
const { getQueueOverview } = await import("@/lib/server/allocation/get-queue-position");
const { GET: exportLocal } = await import("@/app/koordinator/fiktiv-enhet/eksport/route");
const { loadAllocationOverview } = await import("@/lib/server/allocation/list-allocations");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { getIndicatorPage } = await import("@/lib/server/indicators/get-indicator-report");
const { GET: exportIndicatorsLocal } = await import("@/app/koordinator/styringsinformasjon/eksport/route");

const EMAIL = {
  marit: "marit.sorensen@eksempel.no", // lokal koordinator, Helgeland
  hilde: "hilde.pedersen@eksempel.no", // lokal koordinator, NLSH
  tor: "tor.henriksen@eksempel.no", // regional koordinator, Helse Nord
  kari: "kari.johnsen@eksempel.no", // leder NLSH nevrologi
  kristoffer: "kristoffer.lund@eksempel.no", // leder UNN gastroenterologisk kirurgi (mottakende)
  jonas: "jonas.eriksen@eksempel.no", // LIS, Helgeland, in the queue for UNN
  anders: "anders.haetta@eksempel.no", // lokal koordinator, Finnmark
};

/** The open vacancy (UNN gastro) with offers, made in beforeAll: the allocations pages have rows to show. */
let offeredVacancy = "";

/** UNN gastro offers Mathias (Finnmark) and Jonas (Helgeland) a place each, through the actions. */
async function makeOffers(): Promise<void> {
  const start = new Date();
  start.setUTCMonth(start.getUTCMonth() + 4, 1);
  actAs(await actorByEmail(EMAIL.kristoffer));
  const vacancy = await createVacancy({ departmentId: "seed-dept-unn-gastroenterologisk-kirurgi", startDate: start.toISOString().slice(0, 10), posts: "2", startWindowDays: "90" });
  if (!vacancy.ok) throw new Error(vacancy.message);
  offeredVacancy = vacancy.data.id;
  for (const periodId of ["seed-periode-mathias-unn", "seed-periode-jonas-unn"]) {
    const offer = await makeOffer({ vacancyId: offeredVacancy, periodId });
    if (!offer.ok || offer.data.kind !== "TILBUD") throw new Error(offer.ok ? "expected an offer" : offer.message);
  }
}

const scopes = new Map<string, AccessScope>();
async function scope(email: string, capability: Capability, role: Role): Promise<AccessScope> {
  const key = `${email}|${capability}|${role}`;
  if (!scopes.has(key)) scopes.set(key, await scopeByEmail(email, capability, role));
  return scopes.get(key)!;
}

/** Each page's own data loading, as its server component (or route) does it; the session is task "pgb"'s and not counted. */
async function pageLoaders(): Promise<Record<string, () => Promise<unknown>>> {
  const local = await scope(EMAIL.marit, "fe:read", "LOKAL_KOORDINATOR");
  const register = await scope(EMAIL.marit, "fe:register", "LOKAL_KOORDINATOR");
  const prioritise = await scope(EMAIL.marit, "fe:prioritise", "LOKAL_KOORDINATOR");
  const regional = await scope(EMAIL.tor, "fe:read", "REGIONAL_KOORDINATOR");
  const planCoordinator = await scope(EMAIL.hilde, "plan:read", "LOKAL_KOORDINATOR");
  const leader = await scope(EMAIL.kari, "plan:read", "LEDER");
  const marit = await actorByEmail(EMAIL.marit);
  const identitiesLocal = await scope(EMAIL.marit, "person-identity:manage", "LOKAL_KOORDINATOR");
  const identitiesRegional = await scope(EMAIL.tor, "person-identity:manage", "REGIONAL_KOORDINATOR");
  const receivingLeader = await scope(EMAIL.kristoffer, "plan:read", "LEDER");
  const receivingAgreements = await scope(EMAIL.kristoffer, "fagavtale:read", "LEDER");
  const lisPerson = await scope(EMAIL.jonas, "person:read", "LIS");
  const lisQueue = await scope(EMAIL.jonas, "queue:read", "LIS");
  const offersLocal = await scope(EMAIL.anders, "offer:read", "LOKAL_KOORDINATOR");
  const offersRegional = await scope(EMAIL.tor, "offer:read", "REGIONAL_KOORDINATOR");
  const indicatorsLocal = await scope(EMAIL.marit, "indicator:read", "LOKAL_KOORDINATOR");
  const indicatorsRegional = await scope(EMAIL.tor, "indicator:read", "REGIONAL_KOORDINATOR");
  const now = new Date();
  return {
    // Styringsinformasjon (issue 13 §6); the printable report (/rapport) loads the same.
    "/koordinator/styringsinformasjon": async () => getIndicatorPage({ scope: indicatorsLocal, now }),
    "/regional/styringsinformasjon": async () => getIndicatorPage({ scope: indicatorsRegional, now }),
    "/koordinator/styringsinformasjon/eksport?tabell=kapasitet": async () => {
      actAs(marit);
      const response = await exportIndicatorsLocal(new Request("http://localhost/koordinator/styringsinformasjon/eksport?tabell=kapasitet"));
      expect(response.status).toBe(200);
      expect((await response.text()).split("\n").length).toBeGreaterThan(1);
    },
    "/koordinator/tildelinger": async () => loadAllocationOverview({ scope: offersLocal, params: {} }),
    "/regional/tildelinger": async () => loadAllocationOverview({ scope: offersRegional, params: {} }),
    // an out-of-range page lands on the last one (the demo's two open offers fit on one)
    "/regional/tildelinger?status=TILBUDT&side=2": async () => loadAllocationOverview({ scope: offersRegional, params: { status: "TILBUDT", side: "2" } }),
    "/regional/tildelinger?stilling=…": async () => loadAllocationOverview({ scope: offersRegional, params: { stilling: offeredVacancy } }),
    "/lis": async () => getLisStart({ personScope: lisPerson, queueScope: lisQueue }),
    "/lis/ko": async () => getQueueOverview({ scope: lisQueue }),
    "/leder (mottakende)": async () => Promise.all([listDepartmentLis({ scope: receivingLeader }).then((d) => logDepartmentLisShown(receivingLeader, d)), getReceivingOverview({ scope: receivingAgreements })]),
    "/koordinator/personer?sok=ne": async () => Promise.all([listPendingEntraLinks(identitiesLocal), searchPersonIdentities(identitiesLocal, "ne")]),
    "/regional/personer?sok=ne": async () => Promise.all([listPendingEntraLinks(identitiesRegional), searchPersonIdentities(identitiesRegional, "ne")]),
    "/koordinator/fiktiv-enhet": async () => {
      const [worklist, page, , groups] = await Promise.all([
        listFeWorklistPage({ scope: register }),
        listFeRegistryPage({ scope: local, page: 1 }),
        registryFilterOptions(local),
        listSendingGroupSummaries({ scope: prioritise }),
      ]);
      await Promise.all([logRegistryRowsShown(local, page), logWorklistRowsShown(register, worklist.items)]);
      if (groups[0]) await loadSendingGroup({ scope: prioritise, summary: groups[0] });
    },
    "/koordinator/fiktiv-enhet?plan=gyldig&sort=navn&side=2": async () => {
      const page = await listFeRegistryPage({ scope: local, filter: { plan: "gyldig", sort: "navn" }, page: 2 });
      await logRegistryRowsShown(local, page);
    },
    "/regional/fiktiv-enhet": async () => {
      const [page] = await Promise.all([listFeRegistryPage({ scope: regional, page: 1 }), registryFilterOptions(regional)]);
      await logRegistryRowsShown(regional, page);
    },
    "/regional/fiktiv-enhet?eligible=nei": async () => {
      const [page] = await Promise.all([listFeRegistryPage({ scope: regional, filter: { eligible: "nei" }, page: 1 }), registryFilterOptions(regional)]);
      await logRegistryRowsShown(regional, page);
    },
    "/koordinator/fiktiv-enhet/eksport": async () => {
      actAs(marit);
      const response = await exportLocal(new Request("http://localhost/koordinator/fiktiv-enhet/eksport"));
      expect(response.status).toBe(200);
      await response.text();
    },
    "/koordinator/planer": async () => {
      const work = await listCoordinatorPlanWork({ scope: planCoordinator });
      await logPlanWorkRowsShown(planCoordinator, [...work.awaitingApproval, ...work.expiringSoon, ...work.expired, ...work.overdue]);
    },
    "/leder/planer": async () => logPlanWorkRowsShown(leader, (await listLeaderPlanWork({ scope: leader })).all),
    "/leder": async () => logDepartmentLisShown(leader, await listDepartmentLis({ scope: leader })),
  };
}

/**
 * Statements a page's own data may take (the target is ≤ ~8 with the session). A nested select is one
 * statement (relation joins); the pages above 8 read several independent lists (the local FE page: work
 * list, registry page, filter options, sending groups, access logs). A page that needs more than its
 * budget fails here; lower a budget when a page gets cheaper.
 */
// The client loads nested relations with JOINs in one statement (relationJoins, decision 0024), except the
// FE work list, which loads level by level because that was faster at national volume. The registry rows
// and the eligibility facts are one flat SQL statement each (load-registry-rows.ts, load-eligibility-facts.ts).
// Measured counts at demo and 10× size are equal; each budget is the measured count.
const BUDGET: Record<string, number> = {
  // work list (9, level by level) + its access log + registry page (count, ids, rows, eligibility facts) +
  // filter options (2) + sending groups (5) + one group + access log
  "/koordinator/fiktiv-enhet": 23,
  // registry page (count, ids, rows, facts) + access log
  "/koordinator/fiktiv-enhet?plan=gyldig&sort=navn&side=2": 5,
  // registry page (4) + filter options (2) + access log
  "/regional/fiktiv-enhet": 7,
  // the eligibility filter: the filtered set's ids, the matching ids decided in SQL, the page's rows and
  // facts, filter options (2), access log
  "/regional/fiktiv-enhet?eligible=nei": 7,
  // per batch of up to 500: ids, rows, facts; and the access log: grows only past 500 rows
  "/koordinator/fiktiv-enhet/eksport": 4,
  // deadlines (1) + per list count and ids (8) + the rows shown (8) + notifications (2) + access log (1)
  "/koordinator/planer": 12,
  // the leader's departments' employments + access log
  "/leder/planer": 2,
  // the leader's LIS list with the policy of each trust (region level), plan signatures and each LIS's
  // periods with partner and intake form (issue 10 §2) + access log
  "/leder": 2,
  // the same plus the receiving overview: fagavtaler of the leader's departments with capacity uses and periods
  "/leder (mottakende)": 2,
  // Min side (its loaders and the queue overview) and the queue page: the rankings' eligibility facts
  // are one statement whatever the rivals' number; the timeline's plan lane is one more (issue 13 §3).
  "/lis": 8,
  "/lis/ko": 2,
  // pending Entra link requests with their person + the search's rows and count
  "/koordinator/personer?sok=ne": 3,
  "/regional/personer?sok=ne": 3,
  // per-vacancy summary: count + the page's vacancies (4 levels) + one grouped count per shown status (5);
  // offers list: count + the page's offers (9 relation levels)
  "/koordinator/tildelinger": 9,
  "/regional/tildelinger": 9,
  "/regional/tildelinger?status=TILBUDT&side=2": 9,
  // the same plus the chosen vacancy's line (10) and its ranking (the queue standings of one vacancy)
  "/regional/tildelinger?stilling=…": 21,
  // the scopes' trusts (1) + the indicators' seven aggregates + the last two snapshots (1); the export
  // the same without the snapshots
  "/koordinator/styringsinformasjon": 9,
  "/regional/styringsinformasjon": 9,
  "/koordinator/styringsinformasjon/eksport?tabell=kapasitet": 8,
};

describe("SQL statements per page (issue 9 §3)", () => {
  let demo: Record<string, number>;

  beforeAll(async () => {
    await useCountingClient();
    await seedDemo();
    await makeOffers();
  });

  it("stays small and does not grow when the data set is ten times larger", async () => {
    demo = await countEach(await pageLoaders());
    const registrationsBefore = await testDb().feRegistration.count();
    await multiplyLis(9);
    expect(await testDb().feRegistration.count()).toBe(registrationsBefore * 10);
    const large = await countEach(await pageLoaders());
    // The same count at 10× as at demo size, page by page …
    expect(large).toEqual(demo);
    // … and small: each page's own statements within its budget (the session's are task "pgb"'s).
    const over = Object.entries(large).filter(([name, statements]) => statements > (BUDGET[name] ?? 8));
    expect(over).toEqual([]);
  });
});
