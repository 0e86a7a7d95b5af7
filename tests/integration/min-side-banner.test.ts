// Issue 10 §1: Min side tells the LIS what has a deadline — an open offer with days left, a plan
// approval expiring within 30 days, a first plan past its deadline — and an open offer counts as an
// active wish; the "Tilbud" menu item carries the count of open offers.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { addDays } from "@/lib/domain/calendar";
import { daysLeft } from "@/lib/domain/today";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { getMinSide } = await import("@/lib/server/people/get-min-side");
const { openOfferCountFor, openOffersText } = await import("@/lib/server/allocation/count-open-offers");

process.env.DB_COUNT_STATEMENTS = "1";
const statements = () => (globalThis as unknown as { __lisSqlStatements?: number }).__lisSqlStatements ?? 0;

const MATHIAS = "mathias.hansen@eksempel.no";
const EMMA = "emma.solheim@eksempel.no";
const IDA = "ida.karlsen@eksempel.no";
const JONAS = "jonas.eriksen@eksempel.no";
const NOW = new Date("2026-03-10T09:00:00.000Z");
const db = () => testDb();
const minSide = async (email: string, now = NOW) => getMinSide({ scope: await scopeByEmail(email, "person:read", "LIS"), now });

beforeAll(async () => {
  await seedDemo(NOW);
});

describe("Min side's deadline banner", () => {
  it("shows no offer before one is made, and counts nothing on the menu", async () => {
    const side = await minSide(MATHIAS);
    expect(side.notices.filter((n) => n.kind === "TILBUD")).toEqual([]);
    expect(side.openOffers).toBe(0);
    expect(await openOfferCountFor(await actorByEmail(MATHIAS), "LIS", NOW)).toBe(0);
  });

  it("shows Emma's plan approval expiring within 30 days and Ida's first plan past its deadline, with days as the domain counts them", async () => {
    const emma = await minSide(EMMA);
    const expiring = emma.notices.find((n) => n.kind === "PLAN_UTLOPER");
    expect(expiring).toBeDefined();
    const emmaPlan = emma.employments.map((e) => e.plan).find((p) => p.kind === "GYLDIG")!;
    expect(emmaPlan.kind === "GYLDIG" && emmaPlan.expiringSoon).toBe(true);
    expect(expiring!.deadline).toEqual(emmaPlan.kind === "GYLDIG" ? emmaPlan.expiresAt : null);
    expect(expiring!.days).toBe(daysLeft(expiring!.deadline, NOW));
    expect(expiring!.days).toBeGreaterThan(0);
    expect(expiring!.days).toBeLessThanOrEqual(30);

    const ida = await minSide(IDA);
    const missing = ida.notices.find((n) => n.kind === "PLAN_MANGLER");
    expect(missing).toBeDefined();
    expect(missing!.days).toBeLessThan(0);
    expect(ida.notices.filter((n) => n.kind === "PLAN_UTLOPER" || n.kind === "PLAN_UTLOPT")).toEqual([]);

    // Jonas's plan is valid for more than 30 days: nothing about it in his banner.
    const jonas = await minSide(JONAS);
    expect(jonas.notices).toEqual([]);
  });

  it("shows an expired approval once the plan has expired (Emma, 40 days on)", async () => {
    const later = addDays(NOW, 40);
    const emma = await minSide(EMMA, later);
    const expired = emma.notices.find((n) => n.kind === "PLAN_UTLOPT");
    expect(expired).toBeDefined();
    expect(expired!.days).toBeLessThan(0);
    expect(emma.notices.find((n) => n.kind === "PLAN_UTLOPER")).toBeUndefined();
  });

  it("shows Mathias's open offer with its deadline and days left, counts it as an active wish and on the menu, in the same number of statements", async () => {
    const before = statements();
    await minSide(MATHIAS);
    const withoutOffer = statements() - before;
    expect(withoutOffer).toBeGreaterThan(0);

    const period = await db().spesialiseringsperiode.findFirstOrThrow({ where: { person: { email: MATHIAS }, status: { in: ["ONSKE", "I_KO"] } } });
    const leader = await db().person.findUniqueOrThrow({ where: { email: "kristoffer.lund@eksempel.no" } });
    const vacancy = await db().vacancy.create({
      data: { organisationId: period.receivingOrganisationId, departmentId: "seed-dept-unn-gastroenterologisk-kirurgi", specialtyId: period.specialtyId, startDate: period.desiredStart, durationMonths: 6, drawSeed: "test", createdById: leader.id },
    });
    const deadline = addDays(NOW, 14);
    await db().offer.create({
      data: { vacancyId: vacancy.id, postNumber: 1, spesialiseringsperiodeId: period.id, personId: period.personId, rankAtOffer: 1, deadline, offeredById: leader.id, offeredAt: NOW },
    });

    const start = statements();
    const side = await minSide(MATHIAS);
    expect(statements() - start).toBe(withoutOffer);
    const offer = side.notices.find((n) => n.kind === "TILBUD");
    expect(offer).toMatchObject({ kind: "TILBUD", deadline, days: 14 });
    expect(offer && offer.kind === "TILBUD" ? offer.place : "").toContain("Gastroenterologisk kirurgi");
    expect(side.openOffers).toBe(1);
    const mathias = await actorByEmail(MATHIAS);
    expect(await openOfferCountFor(mathias, "LIS", NOW)).toBe(1);
    expect(openOffersText(1)).toBe("1 åpent");
    expect(openOffersText(2)).toBe("2 åpne");

    // The offer is Mathias's own: Jonas sees none of it.
    expect((await minSide(JONAS)).openOffers).toBe(0);
    expect(await openOfferCountFor(await actorByEmail(JONAS), "LIS", NOW)).toBe(0);

    // Past the answer deadline it is no longer open: gone from the banner, the wishes and the menu.
    const after = addDays(NOW, 15);
    const lapsed = await minSide(MATHIAS, after);
    expect(lapsed.notices.find((n) => n.kind === "TILBUD")).toBeUndefined();
    expect(lapsed.openOffers).toBe(0);
    expect(await openOfferCountFor(mathias, "LIS", after)).toBe(0);
  });
});

describe("Min side's plan steps and what to do when not eligible (issue 10 §1)", () => {
  it("Ida, without an approved plan past her deadline: an overdue step, her own task, and the local coordinators of her trust by name", async () => {
    const ida = await minSide(IDA);
    const employment = ida.employments.find((e) => e.current)!;
    const overdue = employment.progress.steps.filter((s) => s.state === "overdue");
    expect(overdue).toHaveLength(1);
    expect(employment.progress.steps.filter((s) => s.state === "current")).toEqual([]);
    expect(employment.progress.next.actor).not.toBeNull();
    expect(ida.eligibility.eligible).toBe(false);
    expect(ida.eligibility.reasons.map((r) => r.code)).toContain("PLAN_IKKE_GYLDIG");

    // Exactly the trust's current local coordinators, no one from another trust.
    const row = await db().employment.findUniqueOrThrow({ where: { id: employment.id }, select: { organisationId: true } });
    const expected = await db().roleAssignment.findMany({
      where: { organisationId: row.organisationId, role: "LOKAL_KOORDINATOR", validFrom: { lte: NOW }, OR: [{ validTo: null }, { validTo: { gt: NOW } }] },
      select: { person: { select: { email: true } } },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(ida.coordinators.map((c) => c.email).sort()).toEqual(expected.map((r) => r.person.email).sort());
  });

  it("Jonas, with a valid approval: every step up to approval done, nothing for him to do now", async () => {
    const jonas = await minSide(JONAS);
    const employment = jonas.employments.find((e) => e.current && e.plan.kind === "GYLDIG")!;
    expect(employment.progress.steps.slice(0, 4).map((s) => s.state)).toEqual(["done", "done", "done", "done"]);
    expect(employment.progress.steps[4]).toMatchObject({ key: "UTLOPER", state: "todo" });
    expect(employment.progress.steps[4]!.at).toEqual(employment.plan.kind === "GYLDIG" ? employment.plan.expiresAt : null);
    expect(employment.progress.next.actor).toBeNull();
  });
});
