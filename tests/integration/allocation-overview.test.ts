import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, ownerDb, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { monthStartIso } from "../helpers/dates";
import { offerStatusAt } from "@/lib/domain/offer-expiry";
import { OFFER_STATUSES, type OfferStatus } from "@/lib/domain/offer-status";
import { parseAllocationFilter } from "@/lib/domain/allocation-filter";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { listAllocations, listVacancyAllocationSummaries, loadAllocationOverview } = await import("@/lib/server/allocation/list-allocations");
const { offerStatusShownSql, offerStatusWhere } = await import("@/lib/server/allocation/offer-status-where");
const { loadIndicatorFacts } = await import("@/lib/server/indicators/load-indicator-facts");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");

const TOR = "tor.henriksen@eksempel.no"; // regional coordinator, Helse Nord
const ANDERS = "anders.haetta@eksempel.no"; // local coordinator, Finnmark
const ALL = 10_000;

const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";

/** Open offers through the actions: UNN gastro offers Mathias (Finnmark) and Jonas (Helgeland) a place each; Jonas accepts. */
async function makeOffers(): Promise<void> {
  for (const periodId of ["seed-periode-mathias-unn", "seed-periode-jonas-unn"]) {
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const vacancy = await createVacancy({ departmentId: GASTRO, startDate: monthStartIso(4), posts: "1", startWindowDays: "90" });
    if (!vacancy.ok) throw new Error(vacancy.message);
    const offer = await makeOffer({ vacancyId: vacancy.data.id, periodId });
    if (!offer.ok || offer.data.kind !== "TILBUD") throw new Error(offer.ok ? "expected an offer" : offer.message);
    if (periodId === "seed-periode-jonas-unn") {
      actAs(await actorByEmail("jonas.eriksen@eksempel.no"));
      const answer = await respondOffer({ offerId: offer.data.offerId, answer: "AKSEPTER" });
      if (!answer.ok) throw new Error(answer.message);
    }
  }
}

/**
 * Closed offers of every stored status added to the demo's vacancies (copies of its offers under new ids:
 * closed offers hold no post, so the partial unique indexes allow them), so that every status occurs.
 */
async function addClosedOffers(): Promise<void> {
  const owner = ownerDb();
  const columns = await owner.$queryRaw<{ column_name: string }[]>`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Offer'`;
  const names = columns.map((c) => c.column_name);
  for (const status of ["AVSLATT", "UTLOPT", "TRUKKET"] as const) {
    const value = (c: string) => (c === "id" ? `"id" || '-copy-${status.toLowerCase()}'` : c === "status" ? `'${status}'::"OfferStatus"` : `"${c}"`);
    await owner.$executeRawUnsafe(`INSERT INTO "Offer" (${names.map((c) => `"${c}"`).join(", ")}) SELECT ${names.map(value).join(", ")} FROM "Offer" WHERE id NOT LIKE '%-copy-%'`);
  }
}

describe("allocation overview (issue 9 §3)", () => {
  beforeAll(async () => {
    await seedDemo();
    await makeOffers();
    await addClosedOffers();
  });

  it("the SQL status filter agrees with offerStatusAt for every offer, also at and around each deadline", async () => {
    const offers = await testDb().offer.findMany({ select: { id: true, status: true, deadline: true } });
    expect(new Set(offers.map((o) => o.status))).toEqual(new Set(OFFER_STATUSES));
    expect(offers.some((o) => o.status === "TILBUDT")).toBe(true);
    const open = offers.find((o) => o.status === "TILBUDT")!;
    // At the deadline itself the offer is still open; a millisecond later it has expired.
    const moments = [new Date(), open.deadline, new Date(open.deadline.getTime() - 1), new Date(open.deadline.getTime() + 1)];
    for (const now of moments) {
      for (const status of OFFER_STATUSES) {
        const inSql = await testDb().offer.findMany({ where: offerStatusWhere(status, now), select: { id: true } });
        const inJs = offers.filter((o) => offerStatusAt(o, now) === status);
        expect(inSql.map((o) => o.id).sort(), `${status} at ${now.toISOString()}`).toEqual(inJs.map((o) => o.id).sort());
      }
      // The raw SQL expression (the indicators' aggregate) says the same for every offer.
      const shown = await testDb().$queryRaw<{ id: string; status: string }[]>`SELECT o.id, ${offerStatusShownSql("o", now)} AS status FROM "Offer" o`;
      expect(Object.fromEntries(shown.map((r) => [r.id, r.status]))).toEqual(Object.fromEntries(offers.map((o) => [o.id, offerStatusAt(o, now)])));
    }
    expect(() => offerStatusShownSql('o"; DROP TABLE "Offer', new Date())).toThrow();
    expect(offers.filter((o) => offerStatusAt(o, open.deadline) === "TILBUDT").map((o) => o.id)).toContain(open.id);
    expect(offers.filter((o) => offerStatusAt(o, new Date(open.deadline.getTime() + 1)) === "UTLOPT").map((o) => o.id)).toContain(open.id);
  });

  it("the indicators count offers by the same shown status: an overdue open offer as expired", async () => {
    // Mathias's offer: the only open one (Jonas accepted his).
    const offer = await testDb().offer.findFirstOrThrow({ where: { status: "TILBUDT" }, include: { spesialiseringsperiode: { include: { fagavtale: true } } } });
    const trust = { id: offer.spesialiseringsperiode.fagavtale.homeOrganisationId, name: "Finnmark", deadlineWeeks: 4 };
    const facts = (now: Date) => loadIndicatorFacts({ scope: { kind: "TRUST", id: trust.id, name: trust.name, trusts: [trust] }, now });
    const before = (await facts(offer.deadline)).offers.byStatus;
    const after = (await facts(new Date(offer.deadline.getTime() + 1))).offers.byStatus;
    expect((after.UTLOPT ?? 0) - (before.UTLOPT ?? 0)).toBe(1);
    expect((before.TILBUDT ?? 0) - (after.TILBUDT ?? 0)).toBe(1);
  });

  it("the per-vacancy summary counts exactly the scope's offers by shown status, and the offers list filters by it", async () => {
    for (const email of [TOR, ANDERS]) {
      const scope = await scopeByEmail(email, "offer:read", email === TOR ? "REGIONAL_KOORDINATOR" : "LOKAL_KOORDINATOR");
      const open = await testDb().offer.findFirstOrThrow({ where: { status: "TILBUDT" } });
      const now = new Date(open.deadline.getTime() + 1); // the open offers that far are shown as expired
      const all = await listAllocations({ scope, now, pageSize: ALL });
      expect(all.total).toBeGreaterThan(0);
      const summaries = await listVacancyAllocationSummaries({ scope, now, pageSize: ALL });
      expect(summaries.items.map((s) => s.vacancyId).sort()).toEqual([...new Set(all.items.map((o) => o.vacancyId))].sort());
      for (const line of summaries.items) {
        const expected = Object.fromEntries(OFFER_STATUSES.map((s) => [s, all.items.filter((o) => o.vacancyId === line.vacancyId && o.status === s).length]));
        expect(line.offers, line.vacancyId).toEqual(expected);
      }
      for (const status of OFFER_STATUSES) {
        const filtered = await listAllocations({ scope, now, filter: { status }, pageSize: ALL });
        expect(filtered.items.map((o) => o.id).sort()).toEqual(all.items.filter((o) => o.status === status).map((o) => o.id).sort());
      }
      const vacancyId = summaries.items[0]!.vacancyId;
      const oneVacancy = await listAllocations({ scope, now, filter: { vacancyId }, pageSize: ALL });
      expect(oneVacancy.items.map((o) => o.id).sort()).toEqual(all.items.filter((o) => o.vacancyId === vacancyId).map((o) => o.id).sort());
    }
  });

  it("a local coordinator's summary counts only their own trust's LIS's offers; a trust without any sees none", async () => {
    const anders = await scopeByEmail(ANDERS, "offer:read", "LOKAL_KOORDINATOR");
    const tor = await scopeByEmail(TOR, "offer:read", "REGIONAL_KOORDINATOR");
    const hilde = await scopeByEmail("hilde.pedersen@eksempel.no", "offer:read", "LOKAL_KOORDINATOR");
    const sum = (lines: { offers: Record<OfferStatus, number> }[]) => lines.reduce((n, l) => n + Object.values(l.offers).reduce((a, b) => a + b, 0), 0);
    const local = await listVacancyAllocationSummaries({ scope: anders, pageSize: ALL });
    const region = await listVacancyAllocationSummaries({ scope: tor, pageSize: ALL });
    expect(sum(local.items)).toBe((await listAllocations({ scope: anders, pageSize: ALL })).total);
    expect(sum(local.items)).toBeLessThan(sum(region.items));
    expect((await listVacancyAllocationSummaries({ scope: hilde })).total).toBe(0);
    // A vacancy id outside the scope's offers gives no line and no offers, not an error.
    const foreign = region.items.find((l) => !local.items.some((m) => m.vacancyId === l.vacancyId));
    expect(foreign).toBeDefined(); // Jonas's vacancy: Helgeland's LIS, not Finnmark's
    expect((await listVacancyAllocationSummaries({ scope: anders, vacancyId: foreign!.vacancyId })).items).toEqual([]);
    expect((await listAllocations({ scope: anders, filter: { vacancyId: foreign!.vacancyId } })).total).toBe(0);
  });

  it("paginates in SQL: pages are disjoint, in order, and an out-of-range page lands on the last", async () => {
    const tor = await scopeByEmail(TOR, "offer:read", "REGIONAL_KOORDINATOR");
    const all = await listAllocations({ scope: tor, pageSize: ALL });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const pages = [1, 2, 3].map((page) => listAllocations({ scope: tor, page, pageSize: 2 }));
    const ids = (await Promise.all(pages)).flatMap((p) => p.items.map((o) => o.id));
    expect(ids).toEqual(all.items.slice(0, ids.length).map((o) => o.id));
    const last = await listAllocations({ scope: tor, page: 9999, pageSize: 2 });
    expect(last.page).toBe(last.pageCount);
    expect(last.to).toBe(all.total);
    const summaryPage = await listVacancyAllocationSummaries({ scope: tor, page: 9999, pageSize: 1 });
    expect(summaryPage.page).toBe(summaryPage.total);
    expect(summaryPage.items).toHaveLength(1);
  });

  it("reads absurd search parameters as no filter and shows a chosen vacancy's line and ranking", async () => {
    expect(parseAllocationFilter({ status: "DROP TABLE", stilling: "x".repeat(500), side: "-1" })).toEqual({});
    expect(parseAllocationFilter({ status: ["UTLOPT", "TILBUDT"], stilling: "v1" })).toEqual({ status: "UTLOPT", vacancyId: "v1" });
    const tor = await scopeByEmail(TOR, "offer:read", "REGIONAL_KOORDINATOR");
    const absurd = await loadAllocationOverview({ scope: tor, params: { status: "ukjent", side: "abc", stillingsside: "999999" } });
    expect(absurd.filter).toEqual({});
    expect(absurd.chosen).toBeNull();
    expect(absurd.offers.page).toBe(1);
    const open = await testDb().vacancy.findFirstOrThrow({ where: { status: "APEN", offers: { some: {} } }, select: { id: true } });
    const chosen = await loadAllocationOverview({ scope: tor, params: { stilling: open.id } });
    expect(chosen.chosen?.summary?.vacancyId).toBe(open.id);
    expect(chosen.chosen?.rankings.map((r) => r.id)).toEqual([open.id]);
    expect(chosen.offers.items.every((o) => o.vacancyId === open.id)).toBe(true);
  });
});
