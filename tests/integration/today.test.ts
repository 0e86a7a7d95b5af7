import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { policyOfOrganisation } from "@/lib/domain/region-policy";
import { actAs } from "../helpers/session-mock";
import { searchLis, searchText } from "@/lib/server/today/search-lis";
import { addDays, addMonths } from "@/lib/domain/calendar";
import { isPlanMissing, isExpiringSoon, TODAY_ITEMS_PER_GROUP, type TodayGroup } from "@/lib/domain/today";
import { planStanding } from "@/lib/domain/plan-status";
import { getLocalToday, todayWheres, type LocalToday } from "@/lib/server/today/get-local-today";
import { getRegionalToday } from "@/lib/server/today/get-regional-today";
import type { AccessScope } from "@/lib/domain/access-scope";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));
const { GET: exportToday } = await import("@/app/koordinator/i-dag/eksport/route");

// Count every statement the server's client sends (lib/db/create-client.ts); the client is created lazily, after this.
process.env.DB_COUNT_STATEMENTS = "1";
const statements = () => (globalThis as unknown as { __lisSqlStatements?: number }).__lisSqlStatements ?? 0;

const HILDE = "hilde.pedersen@eksempel.no"; // lokal koordinator, NLSH
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland
const ANDERS = "anders.haetta@eksempel.no"; // lokal koordinator, Finnmark
const db = () => testDb();

// A fixed clock, mid-month (no month-end clamping in the seed's "12 months ago").
const NOW = new Date("2026-03-10T09:00:00.000Z");
const local = async (email: string) => scopeByEmail(email, "plan:read", "LOKAL_KOORDINATOR");
const todayOf = async (email: string, now = NOW) => getLocalToday({ scope: await local(email), now });
const group = (t: LocalToday, g: TodayGroup) => t.groups.find((x) => x.group === g)!;
const names = (t: LocalToday, g: TodayGroup) => group(t, g).items.map((i) => i.lisName);
const itemOf = (t: LocalToday, g: TodayGroup, name: string) => group(t, g).items.find((i) => i.lisName === name);

beforeAll(async () => {
  await seedDemo(NOW);
});

describe("local coordinator's I dag", () => {
  it("shows the seeded expired plan and the missing plan at NLSH with days overdue, and the home leader", async () => {
    const t = await todayOf(HILDE);
    const thomas = itemOf(t, "UTLOPT", "Thomas Andreassen");
    expect(thomas?.days).toBe(-28); // approved 13 months before 10 March: expired 10 February
    expect(thomas?.dueText).toBe("28 dager over fristen");
    expect(thomas?.href).toBe("/koordinator/planer/seed-employment-thomas");
    expect(thomas?.responsible).toContain("Kari Johnsen");
    const ida = itemOf(t, "MANGLER_PLAN", "Ida Karlsen");
    expect(ida?.days).toBe(-7); // started 35 days ago, deadline 4 weeks
    expect(ida?.dueText).toBe("7 dager over fristen");
    expect(ida?.responsible).toBe("Ida Karlsen (LIS) og leder Kari Johnsen");
    expect(names(t, "UTLOPER_SNART")).not.toContain("Emma Solheim");
  });

  it("shows Helgeland's plan expiring in 15 days and the approved plan not in the fiktiv enhet", async () => {
    const t = await todayOf(MARIT);
    const emma = itemOf(t, "UTLOPER_SNART", "Emma Solheim");
    expect(emma?.days).toBe(15);
    expect(emma?.dueText).toBe("om 15 dager");
    expect(names(t, "FE_REGISTRERING")).toContain("Vilde Nilsen");
    expect(itemOf(t, "FE_REGISTRERING", "Vilde Nilsen")?.responsible).toBe("Du (lokal koordinator)");
    expect(group(t, "FE_REGISTRERING").count).toBe(group(t, "FE_REGISTRERING").items.length);
  });

  it("never shows another trust's LIS", async () => {
    const [hilde, marit, anders] = await Promise.all([todayOf(HILDE), todayOf(MARIT), todayOf(ANDERS)]);
    for (const [t, org] of [
      [hilde, "seed-org-nlsh"],
      [marit, "seed-org-helgeland"],
      [anders, "seed-org-finnmark"],
    ] as const) {
      const ids = [...new Set(t.groups.flatMap((g) => g.items.map((i) => i.personId)))];
      const inTrust = await db().employment.findMany({ where: { personId: { in: ids }, organisationId: org }, select: { personId: true } });
      expect(new Set(inTrust.map((e) => e.personId)).size).toBe(ids.length);
    }
    expect(names(hilde, "UTLOPER_SNART")).not.toContain("Emma Solheim");
    expect(names(marit, "UTLOPT")).not.toContain("Thomas Andreassen");
  });

  it("lists a plan awaiting approval, an open offer and an intake form to send, each with its deadline", async () => {
    // Magnus (Finnmark) has a plan under work: signed by LIS and leader, it waits for Anders.
    const magnus = await db().employment.findUniqueOrThrow({ where: { id: "seed-employment-magnus" }, include: { plan: { include: { versions: true } } } });
    const open = magnus.plan!.versions.find((v) => v.status === "UTKAST")!;
    await db().planVersion.update({ where: { id: open.id }, data: { status: "TIL_GODKJENNING", submittedAt: addDays(NOW, -3) } });
    // Mathias (Finnmark) is queued at UNN: an open offer, 10 days to answer.
    const period = await db().spesialiseringsperiode.findFirstOrThrow({ where: { person: { email: "mathias.hansen@eksempel.no" }, status: { in: ["ONSKE", "I_KO"] } } });
    const leader = await db().person.findUniqueOrThrow({ where: { email: "kristoffer.lund@eksempel.no" } });
    const vacancy = await db().vacancy.create({
      data: { organisationId: period.receivingOrganisationId, departmentId: "seed-dept-unn-gastroenterologisk-kirurgi", specialtyId: period.specialtyId, startDate: period.desiredStart, durationMonths: 6, drawSeed: "test", createdById: leader.id },
    });
    await db().offer.create({
      data: { vacancyId: vacancy.id, postNumber: 1, spesialiseringsperiodeId: period.id, personId: period.personId, rankAtOffer: 1, deadline: addDays(NOW, 10), offeredById: leader.id, offeredAt: addDays(NOW, -4) },
    });
    // …and his intake form is approved by his leader, not yet sent.
    await db().intakeForm.create({ data: { spesialiseringsperiodeId: period.id, content: {}, filledById: period.personId, leaderApprovedAt: addDays(NOW, -1) } });

    const t = await todayOf(ANDERS);
    const awaiting = itemOf(t, "TIL_GODKJENNING", "Magnus Larsen");
    expect(awaiting?.dueText).toBe("venter i 3 dager");
    expect(awaiting?.href).toBe("/koordinator/planer/seed-employment-magnus");
    const offer = itemOf(t, "TILBUD", "Mathias Hansen");
    expect(offer?.days).toBe(10);
    expect(offer?.dueText).toBe("om 10 dager");
    expect(offer?.responsible).toBe("Mathias Hansen (LIS)");
    expect(itemOf(t, "INNMELDING", "Mathias Hansen")?.detail).toContain("send til mottakende foretak");
    // None of it reaches the other trusts' coordinators.
    const hilde = await todayOf(HILDE);
    expect([...names(hilde, "TILBUD"), ...names(hilde, "TIL_GODKJENNING"), ...names(hilde, "INNMELDING")]).toEqual([]);
    // Past the answer deadline the offer is no longer open.
    expect(itemOf(await todayOf(ANDERS, addDays(NOW, 11)), "TILBUD", "Mathias Hansen")).toBeUndefined();
  });

  it("the SQL conditions agree with the pure rules on the demo data (missing plan, expiring)", async () => {
    for (const email of [HILDE, MARIT, ANDERS]) {
      for (const now of [NOW, addDays(NOW, 20), addMonths(NOW, 2)]) {
        const scope = await local(email);
        const trusts = (await db().organisation.findMany({ where: { id: { in: scope.roles.flatMap((r) => r.organisationIds) } }, include: { region: true } })).map((o) => ({ ...o, planDeadlineWeeks: policyOfOrganisation(o).planDeadlineWeeks }));
        const w = todayWheres(scope, now, trusts);
        const sqlMissing = (await db().employment.findMany({ where: w.MANGLER_PLAN, select: { id: true } })).map((e) => e.id).sort();
        const sqlExpiring = (await db().planVersion.findMany({ where: w.UTLOPER_SNART, select: { id: true } })).map((v) => v.id).sort();
        const all = await db().employment.findMany({
          where: { organisationId: { in: trusts.map((o) => o.id) }, startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gt: now } }] },
          include: { organisation: { include: { region: true } }, plan: { include: { versions: true } } },
        });
        const pureMissing = all
          .filter((e) => {
            const versions = e.plan?.versions ?? [];
            const standing = planStanding({ versions, employmentStart: e.startDate, deadlineWeeks: policyOfOrganisation(e.organisation).planDeadlineWeeks, now });
            const missing = isPlanMissing({ hasApproved: versions.some((v) => v.status === "GODKJENT" && v.expiresAt), employmentStart: e.startDate, deadlineWeeks: policyOfOrganisation(e.organisation).planDeadlineWeeks, now });
            expect(missing).toBe((standing.kind === "INGEN_PLAN" || standing.kind === "UNDER_ARBEID") && standing.overdue);
            return missing;
          })
          .map((e) => e.id)
          .sort();
        const pureExpiring = all
          .flatMap((e) => e.plan?.versions ?? [])
          .filter((v) => v.status === "GODKJENT" && v.expiresAt && isExpiringSoon(v.expiresAt, now))
          .map((v) => v.id)
          .sort();
        expect(sqlMissing).toEqual(pureMissing);
        expect(sqlExpiring).toEqual(pureExpiring);
      }
    }
  });

  it("sends the same number of statements with many more pending rows, and shows at most the first items", async () => {
    await todayOf(HILDE); // warm up (scope lookups are outside the count below)
    const scope = await local(HILDE);
    let before = statements();
    const small = await getLocalToday({ scope, now: NOW });
    const smallStatements = statements() - before;
    const missingBefore = group(small, "MANGLER_PLAN").count;
    const expiredBefore = group(small, "UTLOPT").count;

    // 30 more LIS at NLSH past the deadline without a plan, and 30 with an expired approval.
    for (let i = 0; i < 30; i++) {
      const missing = await db().person.create({ data: { name: `Test Mangler ${String(i).padStart(2, "0")}`, email: `today-missing-${i}@test.no` } });
      await db().employment.create({
        data: { personId: missing.id, organisationId: "seed-org-nlsh", departmentId: "seed-dept-nlsh-nevrologi", specialtyId: "seed-specialty-nev", type: "FAST", part: "DEL3", title: "LIS", startDate: addDays(new Date("2026-01-01"), i) },
      });
      const expired = await db().person.create({ data: { name: `Test Utløpt ${String(i).padStart(2, "0")}`, email: `today-expired-${i}@test.no` } });
      const e = await db().employment.create({
        data: { personId: expired.id, organisationId: "seed-org-nlsh", departmentId: "seed-dept-nlsh-medisin", specialtyId: "seed-specialty-med", type: "FAST", part: "DEL2", title: "LIS", startDate: new Date("2023-01-01") },
      });
      const plan = await db().plan.create({ data: { personId: expired.id, employmentId: e.id } });
      const approvedAt = addMonths(NOW, -13);
      await db().planVersion.create({ data: { planId: plan.id, versionNumber: 1, status: "GODKJENT", createdById: expired.id, approvedAt, expiresAt: addDays(addMonths(approvedAt, 12), i % 20) } });
    }

    before = statements();
    const big = await getLocalToday({ scope, now: NOW });
    const bigStatements = statements() - before;
    expect(smallStatements).toBeGreaterThan(0);
    expect(bigStatements).toBe(smallStatements);
    expect(group(big, "MANGLER_PLAN").count).toBe(missingBefore + 30);
    expect(group(big, "UTLOPT").count).toBe(expiredBefore + 30);
    for (const g of big.groups) expect(g.items.length).toBeLessThanOrEqual(TODAY_ITEMS_PER_GROUP);
    // Most urgent first: the longest overdue.
    const days = group(big, "UTLOPT").items.map((i) => i.days!);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });
  it("never shows anything to a coordinator whose trust ids belong to another region", async () => {
    const scope = await local(HILDE);
    // OUS (Helse Sør-Øst) in every role and grant, as the scope and the capabilities derived from it see it.
    const elsewhere: AccessScope = {
      ...scope,
      roles: scope.roles.map((r) => ({ ...r, organisationIds: ["seed-org-ous"] })),
      grants: scope.grants.map((g) => (g.role === "LOKAL_KOORDINATOR" ? { ...g, organisationId: "seed-org-ous" } : g)),
    };
    const t = await getLocalToday({ scope: elsewhere, now: NOW });
    const seeded = t.groups.flatMap((g) => g.items.map((i) => i.lisName));
    for (const n of ["Thomas Andreassen", "Ida Karlsen", "Emma Solheim", "Vilde Nilsen", "Mathias Hansen", "Magnus Larsen"]) expect(seeded).not.toContain(n);
  });
});

describe("search by name and the CSV export", () => {
  it("finds LIS in the coordinator's trust by the start of a first or last name, and no one elsewhere", async () => {
    const hilde = await local(HILDE);
    const hits = async (q: string, scope = hilde) => (await searchLis({ scope, q: searchText(q)!, now: NOW })).items.map((h) => h.name);
    expect(await hits("kar")).toContain("Ida Karlsen"); // last name, any case
    expect(await hits("IDA")).toContain("Ida Karlsen");
    expect(await hits("arlsen")).not.toContain("Ida Karlsen"); // a prefix, not a substring
    expect(await hits("Emma")).toEqual([]); // Helgeland's
    expect(await hits("Emma", await local(MARIT))).toEqual(["Emma Solheim"]);
    expect(searchText("k")).toBeNull();
    expect(searchText("%_")).toBeNull(); // wildcards are not search text
    const ida = (await searchLis({ scope: hilde, q: "Ida", now: NOW })).items.find((h) => h.name === "Ida Karlsen");
    expect(ida?.employmentId).toBe("seed-employment-ida");
    expect(ida?.inFe).toBe(false);
  });

  it("paginates in SQL", async () => {
    const page1 = await searchLis({ scope: await local(HILDE), q: "Test", now: NOW, pageSize: 25 });
    const page3 = await searchLis({ scope: await local(HILDE), q: "Test", now: NOW, pageSize: 25, page: 3 });
    expect(page1.total).toBe(60); // the rows added above
    expect(page1.items).toHaveLength(25);
    expect(page3.items).toHaveLength(10);
    expect(page3.from).toBe(51);
  });

  it("exports the I dag list as CSV and logs one access row naming how many LIS it held", async () => {
    const hilde = await actorByEmail(HILDE);
    actAs(hilde);
    const response = await exportToday(new Request("http://localhost/koordinator/i-dag/eksport"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="i-dag-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Gruppe;LIS;Ansvarlig;Frist;Dager igjen;Status;Sak");
    expect(text).toContain("Ida Karlsen");
    expect(text).toContain("Thomas Andreassen");
    expect(text).not.toContain("Emma Solheim");
    expect(text).toMatch(/;\d{2}\.\d{2}\.\d{4};/);
    // Every test LIS added above is in it: the export is not cut at the start page's five.
    expect(lines.filter((l) => l.includes("Test Mangler")).length).toBe(30);
    const row = await db().accessLog.findFirstOrThrow({ where: { viewerPersonId: hilde.personId, what: "WORKLIST_EXPORT" }, orderBy: { id: "desc" } });
    expect(row.viewerRole).toBe("LOKAL_KOORDINATOR");
    expect(row.subjectPersonId).toBeNull();
    const ida = await db().person.findUniqueOrThrow({ where: { email: "ida.karlsen@eksempel.no" } });
    expect(row.subjectPersonIds).toContain(ida.id);
    expect(row.count).toBe(new Set(lines.slice(1).filter(Boolean).map((l) => l.split(";")[1])).size);
  });

  it("refuses the export without a session and to a LIS", async () => {
    actAs(null);
    expect((await exportToday(new Request("http://localhost/koordinator/i-dag/eksport"))).status).toBe(401);
    actAs(await actorByEmail("ida.karlsen@eksempel.no"));
    expect((await exportToday(new Request("http://localhost/koordinator/i-dag/eksport"))).status).toBe(403);
  });
});

describe("regional coordinator's start page", () => {
  const TOR = "tor.henriksen@eksempel.no"; // regional koordinator, Helse Nord
  const regional = async () => scopeByEmail(TOR, "organisation:read", "REGIONAL_KOORDINATOR");
  const groupOf = (t: Awaited<ReturnType<typeof getRegionalToday>>, key: string) => t.groups.find((g) => g.key === key)!;

  it("ranks the region's trusts by expired and missing plans, with counts", async () => {
    const t = await getRegionalToday({ scope: await regional(), now: NOW });
    const plans = groupOf(t, "PLANER");
    expect(plans.items[0]?.title).toBe("Nordlandssykehuset HF"); // Thomas, Ida and the 60 test LIS added above
    expect(plans.items[0]?.detail).toMatch(/^31 utløpte plangodkjenninger, 31 LIS uten godkjent plan etter fristen\.$/);
    expect(plans.items[0]?.href).toBe("/regional/fiktiv-enhet?organisationId=seed-org-nlsh&plan=utlopt");
    expect(plans.items.length).toBeLessThanOrEqual(TODAY_ITEMS_PER_GROUP);
  });

  it("lists fagavtaler expiring within 90 days, a conflict to decide and a term short of places", async () => {
    const fagavtale = await db().fagavtale.findUniqueOrThrow({ where: { id: "seed-fagavtale-helgeland-unn-generell-kirurgi" } });
    await db().fagavtale.update({ where: { id: fagavtale.id }, data: { validTo: new Date("2026-04-30T00:00:00Z") } });
    const vacancy = await db().vacancy.findFirstOrThrow({ where: { organisationId: "seed-org-unn" } });
    const conflict = await db().conflict.create({ data: { vacancyId: vacancy.id, facts: {}, openedAt: addDays(NOW, -2) } });
    // Capacity 0 in the term every queued LIS wants: all of them are short of a place.
    await db().fagavtale.update({ where: { id: "seed-fagavtale-finnmark-unn-generell-kirurgi" }, data: { capacityCount: 0 } });
    const t = await getRegionalToday({ scope: await regional(), now: NOW });
    const expiring = groupOf(t, "FAGAVTALER").items.find((i) => i.id === fagavtale.id);
    expect(expiring?.days).toBe(51); // 10 March → 30 April
    expect(expiring?.dueText).toBe("om 51 dager");
    expect(expiring?.href).toBe(`/regional/fagavtaler/${fagavtale.id}`);
    const c = groupOf(t, "KONFLIKTER").items.find((i) => i.id === conflict.id);
    expect(c?.dueText).toBe("venter i 2 dager");
    const short = groupOf(t, "KAPASITET").items.filter((i) => i.id.startsWith("seed-fagavtale-finnmark-unn-generell-kirurgi|"));
    expect(short.length).toBeGreaterThan(0);
    expect(short[0]?.detail).toMatch(/0 av 0 plasser ledige/);
  });

  it("sends the same number of statements with many more LIS in the region", async () => {
    const scope = await regional();
    await getRegionalToday({ scope, now: NOW });
    let before = statements();
    const small = await getRegionalToday({ scope, now: NOW });
    const smallStatements = statements() - before;
    for (let i = 0; i < 20; i++) {
      const p = await db().person.create({ data: { name: `Test Finnmark ${i}`, email: `today-finnmark-${i}@test.no` } });
      await db().employment.create({
        data: { personId: p.id, organisationId: "seed-org-finnmark", departmentId: "seed-dept-finnmark-kirurgi", specialtyId: "seed-specialty-genkir", type: "FAST", part: "DEL3", title: "LIS", startDate: new Date("2025-06-01") },
      });
    }
    before = statements();
    const big = await getRegionalToday({ scope, now: NOW });
    expect(statements() - before).toBe(smallStatements);
    const finnmark = (t: typeof big) => groupOf(t, "PLANER").items.find((i) => i.title === "Finnmarkssykehuset HF")?.detail ?? "";
    const missingIn = (d: string) => Number(/(\d+) LIS uten godkjent plan/.exec(d)?.[1] ?? 0);
    expect(missingIn(finnmark(big))).toBe(missingIn(finnmark(small)) + 20);
  });

  it("shows another region's coordinator none of it", async () => {
    const scope = await regional();
    const elsewhere: AccessScope = {
      ...scope,
      roles: scope.roles.map((r) => ({ ...r, regionIds: ["no-such-region"] })),
      grants: scope.grants.map((g) => (g.role === "REGIONAL_KOORDINATOR" ? { ...g, regionId: "no-such-region" } : g)),
    };
    const t = await getRegionalToday({ scope: elsewhere, now: NOW });
    for (const g of t.groups) expect([g.key, g.count, g.items.map((i) => i.title)]).toEqual([g.key, 0, []]);
  });
});
