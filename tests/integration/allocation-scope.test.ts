import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { coveringRole, type AccessScope } from "@/lib/domain/access-scope";
import type { Capability } from "@/lib/domain/capabilities";
import type { Role } from "@/lib/domain/roles";
import { AppError } from "@/lib/server/errors";
import { monthStartIso } from "../helpers/dates";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");
const { decideConflict } = await import("@/lib/actions/conflicts/decide-conflict");
const { getVacancy } = await import("@/lib/server/allocation/get-vacancy");
const { listVacancies } = await import("@/lib/server/allocation/list-vacancies");
const { listAllocations, listVacancyAllocationSummaries, loadAllocationOverview } = await import("@/lib/server/allocation/list-allocations");
const { listVacancyRankings } = await import("@/lib/server/allocation/list-vacancy-rankings");
const { listOwnOffers } = await import("@/lib/server/allocation/list-own-offers");
const { getQueuePosition } = await import("@/lib/server/allocation/get-queue-position");
const { listConflicts } = await import("@/lib/server/conflicts/list-conflicts");
const { expireOverdueOffers } = await import("@/lib/server/allocation/expire-offers");
const { OFFER_LAPSED } = await import("@/lib/server/allocation/respond-offer");
const { vacancyFacts, vacancyWhere } = await import("@/lib/server/scope/vacancy-where");
const { offerFacts, offerWhere } = await import("@/lib/server/scope/offer-where");
const { conflictFacts, conflictWhere } = await import("@/lib/server/scope/conflict-where");

const NOW = new Date();
const START = monthStartIso(4); // the demo's desired start for Jonas and Mathias
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";
const P = { jonas: "seed-periode-jonas-unn", emma: "seed-periode-emma-unn", mathias: "seed-periode-mathias-unn", ingrid: "seed-periode-ingrid-unn" };
const EMAIL = {
  kristoffer: "kristoffer.lund@eksempel.no", // leader, receiving department (UNN gastro)
  oleMartin: "ole.martin.berg@eksempel.no", // leader, another UNN department
  anders: "anders.haetta@eksempel.no", // local coordinator, Finnmark (Mathias's trust)
  hilde: "hilde.pedersen@eksempel.no", // local coordinator, NLSH (no LIS involved)
  marit: "marit.sorensen@eksempel.no", // local coordinator, Helgeland (Jonas's and Ingrid's trust)
  siri: "siri.mikkelsen@eksempel.no", // regional coordinator Helse Nord and local coordinator UNN
  tor: "tor.henriksen@eksempel.no", // regional coordinator Helse Nord
  vest: "vest.koordinator@eksempel.no", // regional coordinator Helse Vest (added here): another region
  mathias: "mathias.hansen@eksempel.no",
  jonas: "jonas.eriksen@eksempel.no",
};

const as = async (email: string) => actAs(await actorByEmail(email));
const scope = (email: string, capability: Capability, role?: Role) => scopeByEmail(email, capability, role);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

async function snapshot() {
  const db = testDb();
  const [vacancies, offers, uses, periods, conflicts, steps, notifications, audits] = await Promise.all([
    db.vacancy.findMany({ orderBy: { id: "asc" } }),
    db.offer.findMany({ orderBy: { id: "asc" } }),
    db.capacityUse.findMany({ orderBy: { id: "asc" } }),
    db.spesialiseringsperiode.findMany({ orderBy: { id: "asc" } }),
    db.conflict.findMany({ orderBy: { id: "asc" } }),
    db.conflictStep.count(),
    db.notification.count(),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ vacancies, offers, uses, periods, conflicts, steps, notifications, audits });
}

async function newVacancy(startDate = START, window = "90"): Promise<string> {
  await as(EMAIL.kristoffer);
  const result = await createVacancy({ departmentId: GASTRO, startDate, posts: "1", startWindowDays: window });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

async function offer(vacancyId: string, periodId: string, deviationReason?: string): Promise<string> {
  await as(EMAIL.kristoffer);
  const result = await makeOffer({ vacancyId, periodId, deviationReason });
  if (!result.ok || result.data.kind !== "TILBUD") throw new Error(result.ok ? "expected an offer" : result.message);
  return result.data.offerId;
}

/** Makes an open offer overdue (test bookkeeping: as if its 14 days had passed). */
const pastDeadline = (offerId: string) => testDb().offer.update({ where: { id: offerId }, data: { deadline: new Date(Date.now() - 60_000) } });

async function refusalOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

let vacancyA: string; // UNN gastro at START, offered to Mathias
let offerA: string;
let conflictVacancy: string; // Ingrid (Helgeland) and Even (Finnmark) stand level: a samtidskonflikt
let conflictId: string;

beforeAll(async () => {
  await seedDemo(NOW);
  const db = testDb();
  await db.person.create({ data: { id: "test-regional-hv", name: "Vera Vest", email: EMAIL.vest } });
  await db.roleAssignment.create({ data: { personId: "test-regional-hv", role: "REGIONAL_KOORDINATOR", regionId: "seed-region-hv", validFrom: new Date("2024-01-01T00:00:00Z") } });

  vacancyA = await newVacancy();
  offerA = await offer(vacancyA, P.mathias);
  const ingrid = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: P.ingrid } });
  conflictVacancy = await newVacancy(ingrid.desiredStart.toISOString().slice(0, 10), "30");
  await as(EMAIL.kristoffer);
  const opened = await makeOffer({ vacancyId: conflictVacancy, periodId: P.ingrid });
  if (!opened.ok || opened.data.kind !== "KONFLIKT") throw new Error("expected a samtidskonflikt");
  conflictId = opened.data.conflictId;
});

describe("an object of a foreign scope is not found", () => {
  it("vacancy: another department's leader, another trust's and another region's coordinator", async () => {
    const before = await snapshot();
    expect(await refusalOf(getVacancy({ scope: await scope(EMAIL.oleMartin, "vacancy:manage", "LEDER"), vacancyId: vacancyA }))).toBe("NOT_FOUND");
    expect((await listVacancies({ scope: await scope(EMAIL.oleMartin, "vacancy:manage", "LEDER") })).vacancies.map((v) => v.id)).not.toContain(vacancyA);
    await as(EMAIL.oleMartin);
    expect(await makeOffer({ vacancyId: vacancyA, periodId: P.jonas, deviationReason: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // An unknown id answers the same.
    expect(await refusalOf(getVacancy({ scope: await scope(EMAIL.kristoffer, "vacancy:manage", "LEDER"), vacancyId: "finnes-ikke" }))).toBe("NOT_FOUND");
    for (const [email, role] of [
      [EMAIL.hilde, "LOKAL_KOORDINATOR"],
      [EMAIL.vest, "REGIONAL_KOORDINATOR"],
    ] as const) {
      expect((await listVacancyRankings({ scope: await scope(email, "offer:read", role) })).map((v) => v.id)).not.toContain(vacancyA);
    }
    expect(await snapshot()).toBe(before);
  });

  it("offer: another LIS, another department's leader, another trust's and another region's coordinator", async () => {
    const before = await snapshot();
    expect((await listOwnOffers({ scope: await scope(EMAIL.jonas, "offer:read", "LIS") })).offers.map((o) => o.id)).not.toContain(offerA);
    await as(EMAIL.jonas);
    expect(await respondOffer({ offerId: offerA, answer: "AKSEPTER" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    for (const [email, role] of [
      [EMAIL.oleMartin, "LEDER"],
      [EMAIL.hilde, "LOKAL_KOORDINATOR"],
      [EMAIL.marit, "LOKAL_KOORDINATOR"], // the receiving side is UNN; Mathias is Finnmark's
      [EMAIL.vest, "REGIONAL_KOORDINATOR"],
    ] as const) {
      expect((await listAllocations({ scope: await scope(email, "offer:read", role) })).items.map((o) => o.id)).not.toContain(offerA);
    }
    // …while those whose scope it is do see it.
    for (const [email, role] of [
      [EMAIL.anders, "LOKAL_KOORDINATOR"],
      [EMAIL.tor, "REGIONAL_KOORDINATOR"],
    ] as const) {
      expect((await listAllocations({ scope: await scope(email, "offer:read", role) })).items.map((o) => o.id)).toContain(offerA);
    }
    expect(await snapshot()).toBe(before);
  });

  it("samtidskonflikt: another department's leader, a trust not involved, another region; deciding from another region is refused and writes nothing", async () => {
    const before = await snapshot();
    for (const [email, role] of [
      [EMAIL.oleMartin, "LEDER"],
      [EMAIL.hilde, "LOKAL_KOORDINATOR"],
      [EMAIL.vest, "REGIONAL_KOORDINATOR"],
    ] as const) {
      expect((await listConflicts({ scope: await scope(email, "conflict:read", role) })).map((c) => c.id)).not.toContain(conflictId);
    }
    await as(EMAIL.vest);
    expect(await decideConflict({ conflictId, decision: "VURDERING", reason: "Ikke vår region." })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot()).toBe(before);
  });

  it("queue: a LIS sees only their own wishes", async () => {
    const positions = await getQueuePosition({ scope: await scope(EMAIL.jonas, "queue:read", "LIS"), now: NOW });
    expect(positions.map((p) => p.periodId)).toEqual([P.jonas]);
  });
});

describe("each builder lets through exactly what its facts say the scope covers", () => {
  const scopes: [string, Capability, Role?][] = [
    [EMAIL.kristoffer, "vacancy:manage", "LEDER"],
    [EMAIL.oleMartin, "offer:read", "LEDER"],
    [EMAIL.kristoffer, "conflict:read", "LEDER"],
    [EMAIL.anders, "offer:read", "LOKAL_KOORDINATOR"],
    [EMAIL.hilde, "offer:read", "LOKAL_KOORDINATOR"],
    [EMAIL.marit, "conflict:read", "LOKAL_KOORDINATOR"],
    [EMAIL.siri, "offer:read", "LOKAL_KOORDINATOR"],
    [EMAIL.siri, "offer:read"], // both of Siri's roles at once
    [EMAIL.tor, "conflict:read", "REGIONAL_KOORDINATOR"],
    [EMAIL.vest, "offer:read", "REGIONAL_KOORDINATOR"],
    [EMAIL.mathias, "offer:read", "LIS"],
    [EMAIL.jonas, "offer:read", "LIS"],
  ];

  async function facts() {
    const db = testDb();
    const vacancies = await db.vacancy.findMany({ include: { organisation: { include: { fagavtalerAsPartner: { include: { homeOrganisation: true } } } } } });
    const offers = await db.offer.findMany({ include: { vacancy: { include: { organisation: true } }, spesialiseringsperiode: { include: { fagavtale: { include: { homeOrganisation: true } } } } } });
    const conflicts = await db.conflict.findMany({ include: { vacancy: { include: { organisation: true } }, candidates: true } });
    return {
      vacancies: vacancies.map((v) => ({
        id: v.id,
        facts: vacancyFacts({
          departmentId: v.departmentId,
          organisationId: v.organisationId,
          regionId: v.organisation.regionId,
          sendingOrganisationIds: v.organisation.fagavtalerAsPartner.map((f) => f.homeOrganisationId),
          sendingRegionIds: v.organisation.fagavtalerAsPartner.map((f) => f.homeOrganisation.regionId),
        }),
      })),
      offers: offers.map((o) => ({
        id: o.id,
        facts: offerFacts({
          personId: o.personId,
          vacancyDepartmentId: o.vacancy.departmentId,
          vacancyRegionId: o.vacancy.organisation.regionId,
          homeOrganisationId: o.spesialiseringsperiode.fagavtale.homeOrganisationId,
          homeRegionId: o.spesialiseringsperiode.fagavtale.homeOrganisation.regionId,
        }),
      })),
      conflicts: conflicts.map((c) => ({
        id: c.id,
        facts: conflictFacts({ vacancyDepartmentId: c.vacancy.departmentId, vacancyOrganisationId: c.vacancy.organisationId, vacancyRegionId: c.vacancy.organisation.regionId, candidateOrganisationIds: c.candidates.map((x) => x.organisationId) }),
      })),
    };
  }

  it.each(scopes)("%s (%s, %s)", async (email, capability, role) => {
    const db = testDb();
    const s: AccessScope = await scope(email, capability, role);
    const all = await facts();
    const covered = (rows: { id: string; facts: Parameters<typeof coveringRole>[1] }[]) => rows.filter((r) => coveringRole(s, r.facts) !== null).map((r) => r.id).sort();
    expect(ids(await db.vacancy.findMany({ where: vacancyWhere(s), select: { id: true } }))).toEqual(covered(all.vacancies));
    expect(ids(await db.offer.findMany({ where: offerWhere(s), select: { id: true } }))).toEqual(covered(all.offers));
    expect(ids(await db.conflict.findMany({ where: conflictWhere(s), select: { id: true } }))).toEqual(covered(all.conflicts));
  });

  it("and they discriminate: the receiving leader and Finnmark see offer A, other departments and trusts do not", async () => {
    const db = testDb();
    const seesOffer = async (email: string, capability: Capability, role: Role) => (await db.offer.count({ where: { AND: [offerWhere(await scope(email, capability, role)), { id: offerA }] } })) === 1;
    expect(await seesOffer(EMAIL.kristoffer, "offer:read", "LEDER")).toBe(true);
    expect(await seesOffer(EMAIL.anders, "offer:read", "LOKAL_KOORDINATOR")).toBe(true);
    expect(await seesOffer(EMAIL.mathias, "offer:read", "LIS")).toBe(true);
    expect(await seesOffer(EMAIL.oleMartin, "offer:read", "LEDER")).toBe(false);
    expect(await seesOffer(EMAIL.hilde, "offer:read", "LOKAL_KOORDINATOR")).toBe(false);
    expect(await seesOffer(EMAIL.jonas, "offer:read", "LIS")).toBe(false);
  });
});

describe("the audit and the conflict history record the role whose grant authorised the step", () => {
  it("Siri, active as UNN's local coordinator, records an assessment as regional coordinator (the role that may resolve)", async () => {
    const siri = await actorByEmail(EMAIL.siri);
    const lokal = siri.roles.find((r) => r.role === "LOKAL_KOORDINATOR")!;
    // The local page's can flag is the person's: she may decide, through her regional grant.
    const fromLocalPage = (await listConflicts({ scope: await scope(EMAIL.siri, "conflict:read", "LOKAL_KOORDINATOR") })).find((c) => c.id === conflictId);
    expect(fromLocalPage?.can).toEqual({ decide: true, escalate: true });
    expect((await listConflicts({ scope: await scope(EMAIL.marit, "conflict:read", "LOKAL_KOORDINATOR") })).find((c) => c.id === conflictId)?.can).toEqual({ decide: false, escalate: false });

    actAs({ ...siri, activeRole: lokal });
    expect(await decideConflict({ conflictId, decision: "VURDERING", reason: "Avklart med begge foretak." })).toMatchObject({ ok: true });
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: conflictId, action: "konflikt-vurdert" } });
    expect(audit).toMatchObject({ actorId: siri.personId, actorRole: "REGIONAL_KOORDINATOR" });
    const step = await testDb().conflictStep.findFirstOrThrow({ where: { conflictId, kind: "VURDERING" } });
    expect(step.byRole).toBe("REGIONAL_KOORDINATOR");
    const opened = await testDb().conflictStep.findFirstOrThrow({ where: { conflictId, kind: "OPPRETTET" } });
    expect(opened.byRole).toBe("LEDER");
  });
});

describe("reads don't write (issue 8 §6): overdue offers lapse in the sweep, once, audited", () => {
  it("every read service of allocation and conflicts writes nothing with an overdue offer present, and shows it as expired", async () => {
    await pastDeadline(offerA);
    const before = await snapshot();

    const kristoffer = await scope(EMAIL.kristoffer, "vacancy:manage", "LEDER");
    const list = await listVacancies({ scope: kristoffer });
    const view = await getVacancy({ scope: kristoffer, vacancyId: vacancyA });
    await getVacancy({ scope: kristoffer, vacancyId: conflictVacancy });
    const own = await listOwnOffers({ scope: await scope(EMAIL.mathias, "offer:read", "LIS") });
    const allocations = await listAllocations({ scope: await scope(EMAIL.anders, "offer:read", "LOKAL_KOORDINATOR") });
    await listAllocations({ scope: await scope(EMAIL.tor, "offer:read", "REGIONAL_KOORDINATOR") });
    const andersOffers = await scope(EMAIL.anders, "offer:read", "LOKAL_KOORDINATOR");
    const expiredOnly = await listAllocations({ scope: andersOffers, filter: { status: "UTLOPT" } });
    const openOnly = await listAllocations({ scope: andersOffers, filter: { status: "TILBUDT" } });
    const summary = await listVacancyAllocationSummaries({ scope: andersOffers, vacancyId: vacancyA });
    await loadAllocationOverview({ scope: await scope(EMAIL.tor, "offer:read", "REGIONAL_KOORDINATOR"), params: { stilling: vacancyA, status: "UTLOPT" } });
    await listVacancyRankings({ scope: await scope(EMAIL.anders, "offer:read", "LOKAL_KOORDINATOR") });
    await listVacancyRankings({ scope: await scope(EMAIL.tor, "offer:read", "REGIONAL_KOORDINATOR") });
    await getQueuePosition({ scope: await scope(EMAIL.mathias, "queue:read", "LIS") });
    await getQueuePosition({ scope: await scope(EMAIL.jonas, "queue:read", "LIS") });
    await listConflicts({ scope: await scope(EMAIL.tor, "conflict:read", "REGIONAL_KOORDINATOR") });
    await listConflicts({ scope: await scope(EMAIL.marit, "conflict:read", "LOKAL_KOORDINATOR") });
    await listConflicts({ scope: await scope(EMAIL.kristoffer, "conflict:read", "LEDER") });
    expect(await snapshot()).toBe(before);

    // Shown as expired from the deadline, before the sweep has written it.
    expect((await testDb().offer.findUniqueOrThrow({ where: { id: offerA } })).status).toBe("TILBUDT");
    expect(own.offers.find((o) => o.id === offerA)).toMatchObject({ status: "UTLOPT", can: { respond: false } });
    expect(allocations.items.find((o) => o.id === offerA)?.status).toBe("UTLOPT");
    // … and filtered and counted as expired in SQL by the same rule.
    expect(expiredOnly.items.map((o) => o.id)).toContain(offerA);
    expect(openOnly.items.map((o) => o.id)).not.toContain(offerA);
    expect(summary.items[0]?.offers).toMatchObject({ TILBUDT: 0, UTLOPT: 1 });
    expect(view.offers.find((o) => o.id === offerA)?.status).toBe("UTLOPT");
    expect(view.postsTaken).toBe(0);
    expect(view.can.pick).toBe(true);
    expect(view.capacity.every((c) => c.reserved === 0)).toBe(true);
    expect(list.vacancies.find((v) => v.id === vacancyA)?.liveOffers).toBe(0);
  });

  it("the sweep expires it once even when two instances run at once; a second run changes nothing", async () => {
    const db = testDb();
    const [first, second] = await Promise.all([expireOverdueOffers(), expireOverdueOffers()]);
    expect(first + second).toBe(1);
    const lapsed = await db.offer.findUniqueOrThrow({ where: { id: offerA }, include: { capacityUse: true } });
    expect(lapsed.status).toBe("UTLOPT");
    expect(lapsed.capacityUse).toBeNull();
    expect((await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: P.mathias } })).status).toBe("I_KO");
    const audits = await db.auditLog.findMany({ where: { entityId: offerA, action: "tilbud-utlopt" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, actorRole: null, entityType: "Offer" });
    expect(await db.notification.count({ where: { kind: "offer.expired", entityId: vacancyA } })).toBe(1);

    const after = await snapshot();
    expect(await expireOverdueOffers()).toBe(0);
    expect(await snapshot()).toBe(after);
  });
});

describe("scoped expiry inside the writes that need it", () => {
  it("a LIS answering after the deadline: the lapse is written (audited), the answer refused", async () => {
    const db = testDb();
    const id = await newVacancy();
    const offerId = await offer(id, P.mathias);
    await pastDeadline(offerId);
    await as(EMAIL.mathias);
    expect(await respondOffer({ offerId, answer: "AKSEPTER" })).toMatchObject({ ok: false, code: "CONFLICT", message: OFFER_LAPSED });
    expect((await db.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("UTLOPT");
    expect(await db.auditLog.count({ where: { entityId: offerId, action: "tilbud-utlopt" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: offerId, action: "tilbud-akseptert" } })).toBe(0);
    expect((await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: P.mathias } })).status).toBe("I_KO");
  });

  it("a leader offering on a vacancy: its overdue offer lapses in the same transaction and frees the post; a refused pick writes nothing, not even the lapse", async () => {
    const db = testDb();
    const id = await newVacancy();
    const overdue = await offer(id, P.mathias);
    await pastDeadline(overdue);

    // Mathias is back on the list once his offer lapses, and stands first: Jonas needs a reason.
    const before = await snapshot();
    await as(EMAIL.kristoffer);
    const refused = await makeOffer({ vacancyId: id, periodId: P.jonas });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!refused.ok) expect(refused.message).toMatch(/Mathias Hansen/);
    expect(await snapshot()).toBe(before);

    const next = await offer(id, P.jonas, "Kan starte tidligere.");
    expect((await db.offer.findUniqueOrThrow({ where: { id: overdue } })).status).toBe("UTLOPT");
    expect(await db.auditLog.count({ where: { entityId: overdue, action: "tilbud-utlopt" } })).toBe(1);
    expect(await db.offer.findUniqueOrThrow({ where: { id: next } })).toMatchObject({ status: "TILBUDT", postNumber: 1, rankAtOffer: 2, deviationReason: "Kan starte tidligere." });
  });
});
