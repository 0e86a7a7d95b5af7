import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { AppError } from "@/lib/server/errors";
import { termOf } from "@/lib/domain/capacity";
import { monthStartIso } from "../helpers/dates";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");
const { withdrawVacancy } = await import("@/lib/actions/allocation/withdraw-vacancy");
const { withdrawVacancy: withdrawVacancyService } = await import("@/lib/server/allocation/withdraw-vacancy");
const { respondOffer: respondOfferService } = await import("@/lib/server/allocation/respond-offer");
const { getVacancy } = await import("@/lib/server/allocation/get-vacancy");

const NOW = new Date();
const START = monthStartIso(4); // the demo's desired start for Jonas and Mathias
const GASTRO = "seed-dept-unn-gastroenterologisk-kirurgi";
const FINNMARK_GENERELL = "seed-fagavtale-finnmark-unn-generell-kirurgi";
const P = { jonas: "seed-periode-jonas-unn", mathias: "seed-periode-mathias-unn" };
const EMAIL = { kristoffer: "kristoffer.lund@eksempel.no", oleMartin: "ole.martin.berg@eksempel.no", mathias: "mathias.hansen@eksempel.no", jonas: "jonas.eriksen@eksempel.no" };
const TERM = termOf(new Date(`${START}T00:00:00Z`), "PER_SEMESTER");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

async function as(email: string) {
  actAs(await actorByEmail(email));
}

async function snapshot() {
  const db = testDb();
  const [vacancies, offers, uses, periods, notifications, audits] = await Promise.all([
    db.vacancy.findMany({ orderBy: { id: "asc" } }),
    db.offer.findMany({ orderBy: { id: "asc" } }),
    db.capacityUse.findMany({ orderBy: { id: "asc" } }),
    db.spesialiseringsperiode.findMany({ orderBy: { id: "asc" } }),
    db.notification.count(),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ vacancies, offers, uses, periods, notifications, audits });
}

async function newVacancy(posts = 1): Promise<string> {
  await as(EMAIL.kristoffer);
  const result = await createVacancy({ departmentId: GASTRO, startDate: START, posts: String(posts), startWindowDays: "90" });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

async function offer(vacancyId: string, periodId: string): Promise<string> {
  await as(EMAIL.kristoffer);
  const result = await makeOffer({ vacancyId, periodId, deviationReason: "Testens valg." });
  if (!result.ok || result.data.kind !== "TILBUD") throw new Error(result.ok ? "expected an offer" : result.message);
  return result.data.offerId;
}

const usedSlots = () => testDb().capacityUse.count({ where: { fagavtaleId: FINNMARK_GENERELL, term: TERM } });

describe("a leader withdraws a vacancy", () => {
  beforeAll(async () => {
    await seedDemo(NOW);
  });

  it("refuses without a written reason, with a Norwegian field error, and changes nothing", async () => {
    const id = await newVacancy();
    const before = await snapshot();
    await as(EMAIL.kristoffer);
    const result = await withdrawVacancy(null, form({ vacancyId: id, reason: "   " }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: ["Skriv hvorfor stillingen trekkes."] } });
    expect(await snapshot()).toBe(before);
  });

  it("refuses another department's leader and a LIS, changing nothing", async () => {
    const id = await newVacancy();
    const offerId = await offer(id, P.mathias);
    const before = await snapshot();
    await as(EMAIL.oleMartin);
    expect(await withdrawVacancy(null, form({ vacancyId: id, reason: "Ikke min stilling." }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await as(EMAIL.mathias);
    expect(await withdrawVacancy(null, form({ vacancyId: id, reason: "Vil ikke." }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot()).toBe(before);
    // Clean up for the next test: Mathias declines, back in the queue.
    expect((await respondOffer({ offerId, answer: "AVSLA" })).ok).toBe(true);
  });

  it("withdraws the open offer, frees its capacity, puts the LIS back in the queue, notifies the LIS and local coordinator, and shows the reason", async () => {
    const id = await newVacancy();
    const slotsBefore = await usedSlots();
    const offerId = await offer(id, P.mathias);
    expect(await usedSlots()).toBe(slotsBefore + 1);

    await as(EMAIL.kristoffer);
    const result = await withdrawVacancy(null, form({ vacancyId: id, reason: "Avdelingen er omorganisert." }));
    expect(result).toMatchObject({ ok: true, data: { withdrawnOfferIds: [offerId] } });

    expect(await usedSlots()).toBe(slotsBefore);
    const withdrawn = await testDb().offer.findUniqueOrThrow({ where: { id: offerId }, include: { capacityUse: true } });
    expect(withdrawn.status).toBe("TRUKKET");
    expect(withdrawn.capacityUse).toBeNull();
    const period = await testDb().spesialiseringsperiode.findUniqueOrThrow({ where: { id: P.mathias } });
    expect(period.status).toBe("I_KO");
    expect(period.statusReason).toMatch(/trukket.*Avdelingen er omorganisert\./);
    expect((await testDb().vacancy.findUniqueOrThrow({ where: { id } })).status).toBe("TRUKKET");

    const notified = await testDb().notification.findMany({ where: { kind: "offer.withdrawn", entityId: offerId } });
    // Mathias and Finnmark's local coordinator (Anders).
    expect(notified.map((n) => n.toEmail).sort()).toEqual(["anders.haetta@eksempel.no", "mathias.hansen@eksempel.no"]);
    expect(notified[0]!.body).toMatch(/Begrunnelse: Avdelingen er omorganisert\./);

    const audits = await testDb().auditLog.findMany({ where: { action: { in: ["stilling-trukket", "tilbud-trukket"] }, entityId: { in: [id, offerId] } } });
    expect(audits.map((a) => a.action).sort()).toEqual(["stilling-trukket", "tilbud-trukket"]);
    expect(audits.find((a) => a.action === "stilling-trukket")?.data).toMatchObject({ reason: "Avdelingen er omorganisert.", withdrawnOfferIds: [offerId] });

    const view = await getVacancy({ scope: await scopeByEmail(EMAIL.kristoffer, "vacancy:manage", "LEDER"), vacancyId: id });
    expect(view.status).toBe("TRUKKET");
    expect(view.can).toEqual({ pick: false, withdraw: false });
    expect(view.withdrawal).toMatchObject({ reason: "Avdelingen er omorganisert.", byName: "Kristoffer Lund" });

    // Nobody can be picked from a withdrawn vacancy, and the withdrawn offer cannot be accepted.
    const before = await snapshot();
    await as(EMAIL.kristoffer);
    expect(await makeOffer({ vacancyId: id, periodId: P.mathias })).toMatchObject({ ok: false, code: "CONFLICT", message: "Stillingen er ikke lenger åpen." });
    await as(EMAIL.mathias);
    expect(await respondOffer({ offerId, answer: "AKSEPTER" })).toMatchObject({ ok: false, code: "CONFLICT", message: "Tilbudet er trukket fordi lederen har trukket stillingen." });
    await as(EMAIL.kristoffer);
    expect(await withdrawVacancy(null, form({ vacancyId: id, reason: "Igjen." }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await snapshot()).toBe(before);
  });

  it("a withdrawal and a simultaneous accept never both succeed", async () => {
    const id = await newVacancy();
    const offerId = await offer(id, P.mathias);
    const [withdrawal, answer] = await Promise.allSettled([
      withdrawVacancyService({ scope: await scopeByEmail(EMAIL.kristoffer, "vacancy:manage"), vacancyId: id, reason: "Samtidig." }),
      respondOfferService({ scope: await scopeByEmail(EMAIL.mathias, "offer:respond"), offerId, accept: true }),
    ]);
    expect([withdrawal.status, answer.status].filter((s) => s === "fulfilled")).toHaveLength(1);
    const final = await testDb().offer.findUniqueOrThrow({ where: { id: offerId }, include: { capacityUse: true } });
    const vacancy = await testDb().vacancy.findUniqueOrThrow({ where: { id } });
    if (withdrawal.status === "fulfilled") {
      expect(final.status).toBe("TRUKKET");
      expect(final.capacityUse).toBeNull();
      expect(vacancy.status).toBe("TRUKKET");
    } else {
      expect(final.status).toBe("AKSEPTERT");
      expect(final.capacityUse).not.toBeNull();
      expect(vacancy.status).toBe("BESATT");
    }
    const refused = withdrawal.status === "rejected" ? withdrawal.reason : answer.status === "rejected" ? answer.reason : null;
    expect(refused).toBeInstanceOf(AppError);
  });

  it("refuses when an offer has been accepted, with a clear message, and changes nothing", async () => {
    const id = await newVacancy(2);
    const accepted = await offer(id, P.jonas);
    await as(EMAIL.jonas);
    expect((await respondOffer({ offerId: accepted, answer: "AKSEPTER" })).ok).toBe(true);
    expect((await testDb().vacancy.findUniqueOrThrow({ where: { id } })).status).toBe("APEN");
    const before = await snapshot();
    await as(EMAIL.kristoffer);
    const result = await withdrawVacancy(null, form({ vacancyId: id, reason: "Avdelingen er omorganisert." }));
    expect(result).toMatchObject({ ok: false, code: "RULE" });
    if (!result.ok) expect(result.message).toBe("Stillingen kan ikke trekkes fordi ett tilbud er akseptert. En avtalt plass gjøres ikke om ved å trekke stillingen; ta kontakt med LIS og lokal koordinator.");
    expect(await snapshot()).toBe(before);
  });
});

describe("withdrawing a vacancy with an undecided samtidskonflikt", () => {
  it("closes the conflict on the record, with the leader's reason, and offers can no longer be made", async () => {
    await seedDemo(NOW);
    const db = testDb();
    // Ingrid (Helgeland) and Even (Finnmark) stand level in the demo: a pick opens a conflict.
    const ingrid = await db.spesialiseringsperiode.findUniqueOrThrow({ where: { id: "seed-periode-ingrid-unn" } });
    await as(EMAIL.kristoffer);
    const created = await createVacancy({ departmentId: GASTRO, startDate: ingrid.desiredStart.toISOString().slice(0, 10), posts: "1", startWindowDays: "30" });
    if (!created.ok) throw new Error(created.message);
    const opened = await makeOffer({ vacancyId: created.data.id, periodId: ingrid.id });
    if (!opened.ok || opened.data.kind !== "KONFLIKT") throw new Error("expected a samtidskonflikt");

    const result = await withdrawVacancy(null, form({ vacancyId: created.data.id, reason: "Stillingen er inndratt i budsjettet." }));
    expect(result).toMatchObject({ ok: true });
    const conflict = await db.conflict.findUniqueOrThrow({ where: { id: opened.data.conflictId }, include: { steps: { orderBy: { at: "asc" } } } });
    expect(conflict).toMatchObject({ status: "LOST", resolvedPeriodId: null });
    expect(conflict.steps.map((s) => s.kind)).toEqual(["OPPRETTET", "AVGJORT"]);
    expect(conflict.steps[1]).toMatchObject({ outcome: "Avsluttet uten tildeling: stillingen ble trukket.", reason: "Stillingen er inndratt i budsjettet.", byRole: "LEDER" });
    expect(await db.auditLog.count({ where: { action: "konflikt-lukket", entityId: conflict.id } })).toBe(1);
    expect(await makeOffer({ vacancyId: created.data.id, periodId: ingrid.id })).toMatchObject({ ok: false, message: "Stillingen er ikke lenger åpen." });
  });
});
