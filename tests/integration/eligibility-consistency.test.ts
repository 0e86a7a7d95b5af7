// The same LIS gets the same eligibility and reasons on Min side, in the FE registry (local and
// regional) and in the leader's ranked candidate list (issue 8, "Done when"), and the demo people
// cover every reason code the UI can show.
import { beforeAll, describe, expect, it } from "vitest";
import { scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { INELIGIBILITY_CODES, type Eligibility, type IneligibilityCode } from "@/lib/domain/eligibility";
import { QUEUED_STATUSES } from "@/lib/domain/period-status";
import { addDays, osloToday } from "@/lib/domain/calendar";
import { SPEC } from "@/lib/seed/reference-data";
import { getMinSide } from "@/lib/server/people/get-min-side";
import { listFeRegistry, listFeRegistryPage } from "@/lib/server/fe/list-fe-registry";
import { createVacancy } from "@/lib/server/allocation/create-vacancy";
import { getVacancy } from "@/lib/server/allocation/get-vacancy";
import { loadRanking } from "@/lib/server/allocation/load-ranking";
import { getQueuePosition } from "@/lib/server/allocation/get-queue-position";

const NOW = new Date();

/** Which reasons each demo LIS shows (the README's demo table tells the same story). */
const EXPECTED: Record<string, IneligibilityCode[]> = {
  "Jonas Eriksen": [],
  "Emma Solheim": [],
  "Mathias Hansen": [],
  "Ingrid Nilsen": [],
  "Even Aas": [],
  "Sara Mortensen": [],
  "Sofie Dahl": [],
  "Lars Nordby": ["MANGLER_FORKUNNSKAP"],
  "Thomas Andreassen": ["PLAN_IKKE_GYLDIG"],
  "Ida Karlsen": ["IKKE_REGISTRERT_I_FE", "PLAN_IKKE_GYLDIG"],
  "Magnus Larsen": ["IKKE_REGISTRERT_I_FE", "PLAN_IKKE_GYLDIG"],
  "Vilde Nilsen": ["IKKE_REGISTRERT_I_FE"],
  "Nora Lie": ["IKKE_FAST_STILLING"],
  "Henrik Berg": ["IKKE_FAST_STILLING", "IKKE_REGISTRERT_I_FE", "PLAN_IKKE_GYLDIG"],
  "Maja Kristiansen": ["FEIL_SPESIALITET"],
  "Jakob Aune": ["MANGLER_FAGAVTALE"],
};

/**
 * Reasons no view can show, by construction: ONSKE_VED_ANNET_FORETAK needs an active wish at another
 * trust than the target, but the target is the LIS's active wish when there is one (and a ranked
 * candidate's own wish), and the database holds active wishes at one receiving trust at a time.
 * The last test proves the database half; lib/domain/eligibility-facts.test.ts the target half.
 */
const UNREACHABLE_IN_VIEWS: IneligibilityCode[] = ["ONSKE_VED_ANNET_FORETAK"];

type Lis = { id: string; name: string; email: string };
let lis: Lis[] = [];
const minSide = new Map<string, Eligibility>();

const codes = (e: Eligibility) => e.reasons.map((r) => r.code);

beforeAll(async () => {
  await seedDemo(NOW);
  const people = await testDb().person.findMany({ where: { roles: { some: { role: "LIS" } } }, orderBy: { name: "asc" } });
  lis = people.map((p) => ({ id: p.id, name: p.name, email: p.email! }));
  for (const p of lis) minSide.set(p.id, (await getMinSide({ scope: await scopeByEmail(p.email, "person:read", "LIS"), now: NOW })).eligibility);
});

async function expectRegistryAgrees(minSide: Map<string, Eligibility>) {
  const regional = await listFeRegistry({ scope: await scopeByEmail("tor.henriksen@eksempel.no", "fe:read", "REGIONAL_KOORDINATOR"), now: NOW });
  const locals = await Promise.all(
    ["siri.mikkelsen@eksempel.no", "hilde.pedersen@eksempel.no", "marit.sorensen@eksempel.no", "anders.haetta@eksempel.no"].map(async (email) =>
      listFeRegistry({ scope: await scopeByEmail(email, "fe:read", "LOKAL_KOORDINATOR"), now: NOW }),
    ),
  );
  for (const p of lis) {
    const mine = minSide.get(p.id)!;
    const rows = regional.filter((r) => r.personId === p.id);
    // In the registry exactly when registered in the fiktiv enhet.
    expect(rows.length > 0, p.name).toBe(!codes(mine).includes("IKKE_REGISTRERT_I_FE"));
    for (const row of rows) expect(row.eligibility, p.name).toEqual(mine);
    for (const row of locals.flat().filter((r) => r.personId === p.id)) expect(row.eligibility, p.name).toEqual(mine);
  }
  expect(locals.flat().length).toBe(regional.length);
  // The registry's eligibility filter (decided in SQL, eligible-in-sql.ts) picks the same rows.
  const tor = await scopeByEmail("tor.henriksen@eksempel.no", "fe:read", "REGIONAL_KOORDINATOR");
  for (const eligible of ["ja", "nei"] as const) {
    const page = await listFeRegistryPage({ scope: tor, filter: { eligible }, pageSize: 1000, now: NOW });
    expect({ eligible, ids: page.items.map((r) => r.registrationId) }).toEqual({ eligible, ids: regional.filter((r) => r.eligibility.eligible === (eligible === "ja")).map((r) => r.registrationId) });
  }
}

/** Every queued demo wish in a ranking: a real vacancy read by its leader, else the ranking that page loads. */
async function expectRankingsAgree(minSide: Map<string, Eligibility>) {
  const db = testDb();
  const queued = await db.spesialiseringsperiode.findMany({
    where: { status: { in: [...QUEUED_STATUSES] }, person: { roles: { some: { role: "LIS" } } } },
    include: { fagavtale: true },
    orderBy: { id: "asc" },
  });
  expect(queued.length).toBeGreaterThanOrEqual(6);
  const seen = new Map<string, Eligibility>(); // period id → eligibility in a ranking
  const leaders = await db.roleAssignment.findMany({ where: { role: "LEDER" }, include: { person: true } });
  const today = osloToday(NOW);
  for (const p of queued) {
    const departmentId = p.fagavtale.partnerDepartmentId;
    const leader = leaders.find((l) => l.departmentId === departmentId);
    if (leader && departmentId && p.desiredStart >= today) {
      const scope = await scopeByEmail(leader.person.email!, "vacancy:manage", "LEDER");
      const { id } = await createVacancy({ scope, input: { departmentId, startDate: p.desiredStart, posts: 1, startWindowDays: 30 }, now: NOW });
      const view = await getVacancy({ scope, vacancyId: id, now: NOW });
      for (const c of [...view.ranking.ranked, ...view.ranking.ineligible]) seen.set(c.candidate.id, c.candidate.eligibility);
    } else {
      // No demo leader there (e.g. Helse Bergen).
      const target = { organisationId: p.receivingOrganisationId, departmentId, specialtyId: p.specialtyId, startDate: p.desiredStart, startWindowDays: 30, drawSeed: "test" };
      const ranking = await loadRanking(db, target, NOW);
      for (const c of [...ranking.ranked, ...ranking.ineligible]) seen.set(c.candidate.id, c.candidate.eligibility);
    }
  }
  for (const p of queued) {
    expect(seen.has(p.id), `${p.id} in a ranking`).toBe(true);
    expect(seen.get(p.id), p.id).toEqual(minSide.get(p.personId));
  }
  for (const person of lis.filter((x) => queued.some((q) => q.personId === x.id))) {
    const mine = minSide.get(person.id)!;
    for (const pos of await getQueuePosition({ scope: await scopeByEmail(person.email, "queue:read", "LIS"), now: NOW })) {
      expect(pos.eligible, person.name).toBe(mine.eligible);
      expect(pos.ineligibleReasons, person.name).toEqual(mine.reasons.map((r) => r.message));
    }
  }
}

describe("eligibility is the same everywhere", () => {
  it("Min side shows each demo LIS the reasons the demo table promises", () => {
    expect(Object.fromEntries(lis.map((p) => [p.name, codes(minSide.get(p.id)!)]))).toEqual(EXPECTED);
  });

  it("the demo people cover every reason a view can show", () => {
    const shown = new Set(lis.flatMap((p) => codes(minSide.get(p.id)!)));
    const missing = INELIGIBILITY_CODES.filter((c) => !shown.has(c) && !UNREACHABLE_IN_VIEWS.includes(c));
    expect(missing, "reason codes without a demo person: add one in lib/seed/demo-data.ts").toEqual([]);
    for (const c of UNREACHABLE_IN_VIEWS) expect(shown.has(c)).toBe(false);
  });

  it("the FE registry, regional and local, shows the same eligibility as Min side", async () => {
    await expectRegistryAgrees(minSide);
  });

  it("the leader's ranked list and the queue position show the same eligibility as Min side", async () => {
    await expectRankingsAgree(minSide);
  });

  it("still agrees where the three copies used to disagree: a newer vikariat beside the fast post, a fagavtale not yet in force today", async () => {
    const db = testDb();
    const mathias = lis.find((p) => p.name === "Mathias Hansen")!;
    const emma = lis.find((p) => p.name === "Emma Solheim")!;
    // Mathias also takes a short vikariat in another department at his home trust (Min side used to count it, the ranking the fast post).
    const post = await db.employment.findUniqueOrThrow({ where: { id: "seed-employment-mathias" } });
    await db.employment.create({
      data: {
        personId: mathias.id,
        organisationId: post.organisationId,
        departmentId: "seed-dept-finnmark-anestesi",
        specialtyId: SPEC.anestesiologi,
        type: "VIKARIAT",
        part: "DEL3",
        title: "Vikar, anestesi",
        startDate: addDays(osloToday(NOW), -7),
        endDate: addDays(osloToday(NOW), 60),
      },
    });
    // The Helgeland–UNN agreement is renewed from tomorrow (Min side used to check today, the ranking the start).
    await db.fagavtale.update({ where: { id: "seed-fagavtale-helgeland-unn-generell-kirurgi" }, data: { validFrom: addDays(osloToday(NOW), 1) } });

    const after = new Map<string, Eligibility>();
    for (const p of lis) after.set(p.id, (await getMinSide({ scope: await scopeByEmail(p.email, "person:read", "LIS"), now: NOW })).eligibility);
    expect(after.get(mathias.id)).toEqual({ eligible: true, reasons: [] });
    expect(after.get(emma.id)).toEqual({ eligible: true, reasons: [] });
    await expectRegistryAgrees(after);
    await expectRankingsAgree(after);
  });

  it("a second receiving trust for active wishes is refused by the database (why ONSKE_VED_ANNET_FORETAK cannot show)", async () => {
    const db = testDb();
    const jonas = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-jonas-unn" } });
    const nordlys = await db.fagavtale.findUniqueOrThrow({ where: { id: "seed-fagavtale-helgeland-nordlys-generell-kirurgi" } });
    await expect(
      db.spesialiseringsperiode.create({
        data: {
          personId: jonas.personId,
          fagavtaleId: nordlys.id,
          receivingOrganisationId: nordlys.partnerOrganisationId,
          specialtyId: nordlys.specialtyId,
          status: "ONSKE",
          desiredStart: jonas.desiredStart,
          durationMonths: 3,
        },
      }),
    ).rejects.toThrow(/one_receiving_trust/);
  });
});
