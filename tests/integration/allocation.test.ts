import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { termOf } from "@/lib/domain/capacity";
import { addDaysIso, addMonthsIso, monthStartIso } from "../helpers/dates";
import { addDays } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");
const { decideConflict } = await import("@/lib/actions/conflicts/decide-conflict");
const { getVacancy } = await import("@/lib/server/allocation/get-vacancy");
const { expireOverdueOffers } = await import("@/lib/server/allocation/expire-offers");

const NOW = new Date();
const START = monthStartIso(4); // the demo's desired start for Jonas and Mathias (4 months ahead)
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";
const P = { jonas: "seed-periode-jonas-unn", emma: "seed-periode-emma-unn", mathias: "seed-periode-mathias-unn" };

async function snapshot() {
  const db = testDb();
  const [offers, uses, periods, conflicts, audits] = await Promise.all([
    db.offer.findMany({ orderBy: { id: "asc" } }),
    db.capacityUse.findMany({ orderBy: { id: "asc" } }),
    db.spesialiseringsperiode.findMany({ orderBy: { id: "asc" } }),
    db.conflict.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ offers, uses, periods, conflicts, audits });
}

async function newVacancy(posts = 1): Promise<string> {
  actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
  const result = await createVacancy({ departmentId: GASTRO, startDate: START, posts: String(posts), startWindowDays: "90" });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

describe("allocation of a gjennomstrømningsstilling", () => {
  beforeAll(async () => {
    await seedDemo(NOW);
  });

  it("creates a vacancy with a stored draw seed and the fagavtale's normert tid", async () => {
    const id = await newVacancy();
    const v = await testDb().vacancy.findUniqueOrThrow({ where: { id } });
    expect(v.durationMonths).toBe(6);
    expect(v.drawSeed).toMatch(/^[0-9a-f]{24}$/);
    expect(await testDb().auditLog.count({ where: { entityType: "Vacancy", entityId: id, action: "stilling-utlyst" } })).toBe(1);
  });

  it("refuses a leader announcing a vacancy in another department", async () => {
    actAs(await actorByEmail("ole.martin.berg@eksempel.no"));
    expect(await createVacancy({ departmentId: GASTRO, startDate: START, posts: "1", startWindowDays: "90" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("ranks Finnmark (waited longest) first, then Helgeland in Helgeland's own order, with reasons", async () => {
    const id = await newVacancy();
    const kristoffer = await scopeByEmail("kristoffer.lund@eksempel.no", "vacancy:manage", "LEDER");
    const view = await getVacancy({ scope: kristoffer, vacancyId: id, now: NOW });
    expect(view.ranking.ranked.map((r) => r.candidate.id)).toEqual([P.mathias, P.jonas, P.emma]);
    // The top candidate needs no reason; passing over them does (the service says so, not the page).
    expect(view.ranking.ranked.map((r) => [r.isTop, r.needsReason])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
    expect(view.can).toEqual({ pick: true, withdraw: true });
    expect(view.ranking.ranked[0]!.reasons.join(" ")).toMatch(/Finnmarkssykehuset HF har ventet lengst/);
    expect(view.ranking.ranked[1]!.reasons.join(" ")).toMatch(/Nr\. 1 i Helgelandssykehuset HFs prioritering/);
    expect(view.ranking.conflict).toBeNull();
  });

  it("refuses a leader picking for another department's vacancy, changing nothing", async () => {
    const id = await newVacancy();
    const before = await snapshot();
    actAs(await actorByEmail("ole.martin.berg@eksempel.no"));
    expect(await makeOffer({ vacancyId: id, periodId: P.mathias })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A LIS cannot pick at all.
    actAs(await actorByEmail("jonas.eriksen@eksempel.no"));
    expect(await makeOffer({ vacancyId: id, periodId: P.jonas })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot()).toBe(before);
  });

  it("requires a written reason to pass over the top candidate", async () => {
    const id = await newVacancy();
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const result = await makeOffer({ vacancyId: id, periodId: P.jonas });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.deviationReason?.[0]).toMatch(/Skriv hvorfor/);
    expect(await testDb().offer.count({ where: { vacancyId: id } })).toBe(0);
  });

  it("offers to the top candidate, reserves capacity, notifies; the LIS accepts and gets an agreed period", async () => {
    const id = await newVacancy();
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const result = await makeOffer({ vacancyId: id, periodId: P.mathias });
    expect(result.ok).toBe(true);
    if (!result.ok || result.data.kind !== "TILBUD") throw new Error("expected an offer");
    const offer = await testDb().offer.findUniqueOrThrow({ where: { id: result.data.offerId }, include: { capacityUse: true } });
    expect(offer).toMatchObject({ status: "TILBUDT", postNumber: 1, rankAtOffer: 1, deviationReason: null });
    expect(offer.capacityUse).toMatchObject({ fagavtaleId: "seed-fagavtale-finnmark-unn-generell-kirurgi", term: termOf(new Date(`${START}T00:00:00Z`), "PER_SEMESTER"), slot: 1 });
    const notified = await testDb().notification.findMany({ where: { entityType: "Offer", entityId: offer.id } });
    // The LIS, their leader (Ragnhild) and Finnmark's local coordinator (Anders).
    expect(notified.map((n) => n.toEmail).sort()).toEqual(["anders.haetta@eksempel.no", "mathias.hansen@eksempel.no", "ragnhild.johansen@eksempel.no"]);
    // Dates in the message are Norwegian (dd.mm.åååå), not ISO.
    const [startYear, startMonth, startDay] = START.split("-");
    expect(notified[0]!.body).toContain(`med start ${startDay}.${startMonth}.${startYear}`);
    expect(notified[0]!.body).toMatch(/Svarfrist: \d{2}\.\d{2}\.\d{4}\./);

    // Someone else cannot answer Mathias's offer.
    const before = await snapshot();
    actAs(await actorByEmail("jonas.eriksen@eksempel.no"));
    expect(await respondOffer({ offerId: offer.id, answer: "AKSEPTER" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot()).toBe(before);

    actAs(await actorByEmail("mathias.hansen@eksempel.no"));
    const accepted = await respondOffer({ offerId: offer.id, answer: "AKSEPTER" });
    expect(accepted.ok).toBe(true);
    const period = await testDb().spesialiseringsperiode.findUniqueOrThrow({ where: { id: P.mathias } });
    expect(period.status).toBe("AVTALT");
    expect(period.agreedStart?.toISOString().slice(0, 10)).toBe(START);
    expect(period.agreedEnd?.toISOString().slice(0, 10)).toBe(addMonthsIso(START, 6));
    expect(period.leaveAutomatic).toBe(true);
    expect((await testDb().vacancy.findUniqueOrThrow({ where: { id } })).status).toBe("BESATT");
    expect(await testDb().auditLog.count({ where: { entityId: offer.id, action: { in: ["tilbud-gitt", "tilbud-akseptert"] } } })).toBe(2);
  });

  it("declining frees the post and the capacity; an unanswered offer expires in the sweep", async () => {
    const id = await newVacancy();
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const first = await makeOffer({ vacancyId: id, periodId: P.jonas });
    expect(first.ok).toBe(true);
    if (!first.ok || first.data.kind !== "TILBUD") throw new Error("expected an offer");
    actAs(await actorByEmail("jonas.eriksen@eksempel.no"));
    expect((await respondOffer({ offerId: first.data.offerId, answer: "AVSLA", reason: "Familiære forhold." })).ok).toBe(true);
    expect(await testDb().capacityUse.count({ where: { offerId: first.data.offerId } })).toBe(0);
    expect((await testDb().spesialiseringsperiode.findUniqueOrThrow({ where: { id: P.jonas } })).status).toBe("I_KO");

    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const second = await makeOffer({ vacancyId: id, periodId: P.jonas });
    expect(second.ok).toBe(true);
    if (!second.ok || second.data.kind !== "TILBUD") throw new Error("expected an offer");
    expect(await expireOverdueOffers({ now: addDays(new Date(), 15) })).toBe(1);
    const lapsed = await testDb().offer.findUniqueOrThrow({ where: { id: second.data.offerId }, include: { capacityUse: true } });
    expect(lapsed.status).toBe("UTLOPT");
    expect(lapsed.capacityUse).toBeNull();
    expect((await testDb().spesialiseringsperiode.findUniqueOrThrow({ where: { id: P.jonas } })).status).toBe("I_KO");
  });

  it("an ineligible candidate cannot be picked", async () => {
    const id = await newVacancy();
    // Emma's plan approval lapses: she stays on the list, separately, with the reason.
    await testDb().planVersion.update({ where: { id: "seed-plan-emma-v1" }, data: { expiresAt: new Date(`${addDaysIso(monthStartIso(0), -1)}T00:00:00Z`) } });
    const view = await getVacancy({ scope: await scopeByEmail("kristoffer.lund@eksempel.no", "vacancy:manage", "LEDER"), vacancyId: id, now: NOW });
    expect(view.ranking.ineligible.map((c) => c.candidate.id)).toContain(P.emma);
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const result = await makeOffer({ vacancyId: id, periodId: P.emma, deviationReason: "Prøver likevel." });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/utløpt/);
  });

  it("a tie between trusts opens a samtidskonflikt; the regional coordinator decides it on the record; then the leader can offer", async () => {
    const db = testDb();
    // Put Jonas (Helgeland) level with Mathias (Finnmark): same FE registration date and progression.
    const mathiasFe = await db.feRegistration.findUniqueOrThrow({ where: { id: "seed-fe-mathias" } });
    const mathiasEmployment = await db.employment.findUniqueOrThrow({ where: { id: "seed-employment-mathias" } });
    await db.$executeRaw`UPDATE "Spesialiseringsperiode" SET status = 'I_KO', "agreedStart" = NULL, "agreedEnd" = NULL WHERE id = ${P.mathias}`;
    await db.feRegistration.update({ where: { id: "seed-fe-jonas" }, data: { registeredOn: mathiasFe.registeredOn } });
    await db.employment.update({ where: { id: "seed-employment-jonas" }, data: { startDate: mathiasEmployment.startDate } });

    const id = await newVacancy();
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const opened = await makeOffer({ vacancyId: id, periodId: P.jonas });
    expect(opened.ok).toBe(true);
    if (!opened.ok || opened.data.kind !== "KONFLIKT") throw new Error("expected a conflict");
    const conflictId = opened.data.conflictId;
    const conflict = await db.conflict.findUniqueOrThrow({ where: { id: conflictId }, include: { candidates: true, steps: true } });
    expect(conflict.candidates.map((c) => c.spesialiseringsperiodeId).sort()).toEqual([P.jonas, P.mathias].sort());
    expect(conflict.steps.map((s) => s.kind)).toEqual(["OPPRETTET"]);
    expect(await db.offer.count({ where: { vacancyId: id } })).toBe(0);

    // Until it is decided, nobody can be offered the place.
    expect((await makeOffer({ vacancyId: id, periodId: P.jonas })).ok).toBe(false);

    // A local coordinator cannot decide; nor can a leader.
    actAs(await actorByEmail("marit.sorensen@eksempel.no"));
    expect(await decideConflict({ conflictId, decision: "AVGJORT", chosenPeriodId: P.jonas, reason: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    actAs(await actorByEmail("tor.henriksen@eksempel.no"));
    const noReason = await decideConflict({ conflictId, decision: "ESKALERT", reason: " " });
    expect(noReason.ok).toBe(false);
    expect((await decideConflict({ conflictId, decision: "ESKALERT", reason: "Avdelingene ble ikke enige." })).ok).toBe(true);
    expect((await decideConflict({ conflictId, decision: "AVGJORT", chosenPeriodId: P.jonas, reason: "Fagsjefene vektla at Helgeland mangler plass neste år." })).ok).toBe(true);
    const steps = await db.conflictStep.findMany({ where: { conflictId }, orderBy: { at: "asc" } });
    expect(steps.map((s) => [s.kind, s.level])).toEqual([
      ["OPPRETTET", "AVDELING"],
      ["ESKALERT", "FAGSJEF"],
      ["AVGJORT", "FAGSJEF"],
    ]);
    expect(steps.every((s) => s.byId && s.reason.trim().length > 0)).toBe(true);

    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const offered = await makeOffer({ vacancyId: id, periodId: P.jonas });
    expect(offered.ok).toBe(true);
    if (offered.ok) expect(offered.data.kind).toBe("TILBUD");
  });
});

describe("the demo's samtidskonflikt (Ingrid Nilsen, Helgeland, and Even Aas, Finnmark)", () => {
  it("is detected for a vacancy at their desired start", async () => {
    const db = testDb();
    const ingrid = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-ingrid-unn" } });
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const r = await createVacancy({ departmentId: GASTRO, startDate: ingrid.desiredStart.toISOString().slice(0, 10), posts: "1", startWindowDays: "30" });
    if (!r.ok) throw new Error(r.message);
    const view = await getVacancy({ scope: await scopeByEmail("kristoffer.lund@eksempel.no", "vacancy:manage", "LEDER"), vacancyId: r.data.id, now: NOW });
    expect(view.ranking.ranked.map((c) => c.candidate.personName).sort()).toEqual(["Even Aas", "Ingrid Nilsen"]);
    expect(view.ranking.conflict?.candidateIds.sort()).toEqual(["seed-periode-even-unn", "seed-periode-ingrid-unn"]);
  });
});

describe("who sees what", () => {
  it("a local coordinator sees their own trust's LIS's offers and ranking; the regional coordinator the region", async () => {
    const { listAllocations } = await import("@/lib/server/allocation/list-allocations");
    const { listVacancyRankings } = await import("@/lib/server/allocation/list-vacancy-rankings");
    const { listConflicts } = await import("@/lib/server/conflicts/list-conflicts");
    const anders = await scopeByEmail("anders.haetta@eksempel.no", "offer:read", "LOKAL_KOORDINATOR"); // Finnmark
    const hilde = await scopeByEmail("hilde.pedersen@eksempel.no", "offer:read", "LOKAL_KOORDINATOR"); // NLSH: no LIS involved
    const tor = await scopeByEmail("tor.henriksen@eksempel.no", "offer:read", "REGIONAL_KOORDINATOR");
    const conflictsOf = async (email: string, role: "LOKAL_KOORDINATOR" | "REGIONAL_KOORDINATOR") => listConflicts({ scope: await scopeByEmail(email, "conflict:read", role) });

    const finnmark = (await listAllocations({ scope: anders, now: NOW })).items;
    expect(finnmark.length).toBeGreaterThan(0);
    expect(finnmark.every((r) => r.lis === "Mathias Hansen")).toBe(true); // the only Finnmark LIS offered a place here
    expect(finnmark.some((r) => r.lis === "Jonas Eriksen")).toBe(false);
    expect((await listAllocations({ scope: hilde, now: NOW })).items).toEqual([]);
    const region = (await listAllocations({ scope: tor, now: NOW })).items;
    expect(region.map((r) => r.lis)).toEqual(expect.arrayContaining(["Mathias Hansen", "Jonas Eriksen"]));

    const rankings = await listVacancyRankings({ scope: anders, now: NOW });
    expect(rankings.length).toBeGreaterThan(0);
    for (const v of rankings) for (const r of [...v.ranked, ...v.ineligible]) expect(r.candidate.sendingOrganisationName).toBe("Finnmarkssykehuset HF");
    expect((await conflictsOf("hilde.pedersen@eksempel.no", "LOKAL_KOORDINATOR")).length).toBe(0);
    const finnmarkConflicts = await conflictsOf("anders.haetta@eksempel.no", "LOKAL_KOORDINATOR");
    expect(finnmarkConflicts.length).toBeGreaterThan(0);
    // A local coordinator takes part but does not decide; the regional coordinator decides what is undecided.
    expect(finnmarkConflicts.every((c) => !c.can.decide && !c.can.escalate)).toBe(true);
    const regional = await conflictsOf("tor.henriksen@eksempel.no", "REGIONAL_KOORDINATOR");
    expect(regional.length).toBeGreaterThan(0);
    for (const c of regional) expect(c.can).toEqual({ decide: c.status !== "LOST", escalate: c.status !== "LOST" && c.level === "AVDELING" });
  });
});

describe("Min plass i køen", () => {
  it("shows the LIS's position with the reasons and an estimate from capacity per term", async () => {
    const { getQueuePosition } = await import("@/lib/server/allocation/get-queue-position");
    const emma = await scopeByEmail("emma.solheim@eksempel.no", "queue:read", "LIS");
    await testDb().planVersion.update({ where: { id: "seed-plan-emma-v1" }, data: { expiresAt: new Date(`${monthStartIso(12)}T00:00:00Z`) } });
    // Withdraw the offer to Jonas made above (test bookkeeping), so he is back in the queue ahead of Emma.
    const jonasOffers = await testDb().offer.findMany({ where: { spesialiseringsperiodeId: P.jonas, status: "TILBUDT" } });
    await testDb().capacityUse.deleteMany({ where: { offerId: { in: jonasOffers.map((o) => o.id) } } });
    await testDb().offer.updateMany({ where: { id: { in: jonasOffers.map((o) => o.id) } }, data: { status: "TRUKKET" } });
    await testDb().spesialiseringsperiode.update({ where: { id: P.jonas }, data: { status: "I_KO" } });
    const [position] = await getQueuePosition({ scope: emma, now: NOW });
    expect(position!.eligible).toBe(true);
    expect(position!.position).toBeGreaterThan(1);
    expect(position!.aheadFromOwnTrust).toBeGreaterThanOrEqual(1); // Jonas, Helgeland's number 1
    expect(position!.reasons.join(" ")).toMatch(/Nr\. 2 i Helgelandssykehuset HFs prioritering/);
    expect(position!.estimate).toMatch(/^(våren|høsten) \d{4}$/);
    expect(position!.capacityText).toBe("2 plasser per semester for ditt foretak");
  });
});

describe("announcing a vacancy", () => {
  it("refuses a start date in the past, with the error on the field and nothing saved", async () => {
    actAs(await actorByEmail("kristoffer.lund@eksempel.no"));
    const before = await testDb().vacancy.count();
    const result = await createVacancy({ departmentId: GASTRO, startDate: "2020-01-01", posts: "1", startWindowDays: "90" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.startDate).toEqual(["Startdatoen kan ikke være passert."]);
    expect(await testDb().vacancy.count()).toBe(before);
  });
});
