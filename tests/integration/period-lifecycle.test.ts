import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorByEmail, scopeByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import { addDays, addMonths, isoDay, osloToday } from "@/lib/domain/calendar";

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => import("../helpers/next-navigation-mock"));

const { changeAgreedPeriod } = await import("@/lib/actions/fe/change-agreed-period");
const { changeAgreedPeriod: changeService } = await import("@/lib/server/fe/change-agreed-period");
const { recordPeriodAgreement } = await import("@/lib/server/fe/record-period-agreement");
const { advancePeriodStatuses } = await import("@/lib/server/fe/advance-periods");
const { listFeRegistry } = await import("@/lib/server/fe/list-fe-registry");
const { createVacancy } = await import("@/lib/actions/allocation/create-vacancy");
const { makeOffer } = await import("@/lib/actions/allocation/make-offer");
const { respondOffer } = await import("@/lib/actions/allocation/respond-offer");
const { getPlanWorkspace } = await import("@/lib/server/plans/get-plan-workspace");

const SIRI = "siri.mikkelsen@eksempel.no"; // lokal koordinator, UNN
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgeland: another trust
const SARA = "sara.mortensen@eksempel.no"; // LIS plastikkirurgi, UNN; wish at Helse Bergen (own procedure)
const SARA_BERGEN = "seed-periode-sara-helse-bergen";
const LARS_BERGEN = "seed-periode-lars-helse-bergen";
const ANDERS = "anders.haetta@eksempel.no"; // lokal koordinator, Finnmark
const KRISTOFFER = "kristoffer.lund@eksempel.no"; // leder, Gastroenterologisk kirurgi UNN (receiving)
const MATHIAS = "mathias.hansen@eksempel.no"; // LIS, Finnmark; in the queue at UNN (one place per semester)
const MATHIAS_UNN = "seed-periode-mathias-unn";
const db = () => testDb();
const today = osloToday(new Date());
/** Noon in Oslo on a calendar day: the job's clock. */
const noonOn = (day: Date) => new Date(day.getTime() + 11 * 3_600_000);

async function snapshot() {
  const [periods, uses, notifications, audits] = await Promise.all([
    db().spesialiseringsperiode.findMany({ orderBy: { id: "asc" } }),
    db().capacityUse.findMany({ orderBy: { id: "asc" } }),
    db().notification.count(),
    db().auditLog.count(),
  ]);
  return JSON.stringify({ periods, uses, notifications, audits });
}

let spring: Date; // Sara's agreed start: the next spring term's first day
const lastDayOf = (start: Date, months = 6) => addDays(addMonths(start, months), -1);
const input = (start: Date, lastDay: Date, extra: Record<string, string> = {}) => ({
  periodId: SARA_BERGEN,
  agreedStart: isoDay(start),
  agreedEnd: isoDay(lastDay),
  reasonKind: "LOVFESTET_FRAVAER",
  reason: "Foreldrepermisjon fram til oppstart.",
  ...extra,
});

describe("an agreed period moves, starts and ends (issue 14 §2)", () => {
  beforeAll(async () => {
    await seedDemo();
    spring = (await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } })).desiredStart;
    await recordPeriodAgreement({
      scope: await scopeByEmail(SIRI, "fe:register", "LOKAL_KOORDINATOR"),
      periodId: SARA_BERGEN,
      agreedStart: spring,
      agreedEndInclusive: lastDayOf(spring),
      agreedWith: "Hanne Aasen",
      agreedOn: today,
    });
  });

  it("offers 'flytt eller endre' on the agreed line to the UNN coordinator only", async () => {
    const line = async (email: string) =>
      (await listFeRegistry({ scope: await scopeByEmail(email, "fe:read", "LOKAL_KOORDINATOR") })).flatMap((r) => r.periods).find((p) => p.id === SARA_BERGEN);
    expect((await line(SIRI))?.can.changeAgreement).toBe(true);
    expect(await line(MARIT)).toBeUndefined();
  });

  it("refuses another trust's coordinator, the LIS herself and absurd input, changing nothing", async () => {
    const before = await snapshot();
    actAs(await actorByEmail(MARIT));
    expect(await changeAgreedPeriod(input(addMonths(spring, 1), lastDayOf(addMonths(spring, 1))))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await actorByEmail(SARA));
    expect(await changeAgreedPeriod(input(addMonths(spring, 1), lastDayOf(addMonths(spring, 1))))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await actorByEmail(SIRI));
    const absurd = await changeAgreedPeriod({ periodId: SARA_BERGEN, agreedStart: "31.02.2027", agreedEnd: "", reasonKind: "FORDI", reason: " " });
    expect(absurd).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(Object.keys(absurd.ok ? {} : (absurd.fieldErrors ?? {})).sort()).toEqual(["agreedEnd", "agreedStart", "reason", "reasonKind"]);
    expect(await changeAgreedPeriod(input(spring, lastDayOf(spring)))).toMatchObject({ ok: false, code: "VALIDATION", message: expect.stringMatching(/^Datoene er de samme/) });
    expect(await changeAgreedPeriod(input(addDays(today, -1), lastDayOf(addDays(today, -1))))).toMatchObject({ ok: false, message: "En avtalt periode kan ikke flyttes til en dato som er passert." });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a move into a term the fagavtale gives no place in, and into a spring whose one place is taken", async () => {
    actAs(await actorByEmail(SIRI));
    const before = await snapshot();
    // Helse Bergen gives one place each spring (VARSEMESTER): the autumn has none.
    const autumn = addMonths(spring, 6);
    expect(await changeAgreedPeriod(input(autumn, lastDayOf(autumn)))).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/^Fagavtalen gir ingen plasser for høsten \d{4}\. Perioden kan ikke flyttes dit\.$/) });
    // Next spring's place is Lars's (agreed there).
    const nextSpring = addMonths(spring, 12);
    const lars = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: LARS_BERGEN } });
    await db().spesialiseringsperiode.update({ where: { id: LARS_BERGEN }, data: { status: "AVTALT", agreedStart: nextSpring, agreedEnd: addMonths(nextSpring, 6) } });
    const full = await changeAgreedPeriod(input(addMonths(nextSpring, 1), lastDayOf(addMonths(nextSpring, 1))));
    expect(full).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/^Kapasiteten i fagavtalen er brukt opp for våren \d{4} \(1 plass, 1 brukt og 0 reservert\)/) });
    await db().spesialiseringsperiode.update({ where: { id: LARS_BERGEN }, data: { status: lars.status, agreedStart: null, agreedEnd: null, updatedAt: lars.updatedAt } });
    expect(await snapshot()).toBe(before);
  });

  it("moves Sara's period a month with a reason: same state, audited, on the record, Helse Bergen's contact and Sara told", async () => {
    actAs(await actorByEmail(SIRI));
    const moved = addMonths(spring, 1);
    expect(await changeAgreedPeriod(input(moved, lastDayOf(moved)))).toMatchObject({ ok: true });
    const period = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } });
    expect(period.status).toBe("AVTALT");
    expect(isoDay(period.agreedStart!)).toBe(isoDay(moved));
    expect(isoDay(period.agreedEnd!)).toBe(isoDay(addMonths(moved, 6)));
    const fmt = (d: Date) => isoDay(d).split("-").reverse().join(".");
    const text = `Perioden er flyttet fra ${fmt(spring)}–${fmt(lastDayOf(spring))} til ${fmt(moved)}–${fmt(lastDayOf(moved))} (lovfestet fravær): Foreldrepermisjon fram til oppstart.`;
    expect(period.statusReason).toBe(text);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "periode-endret", entityId: SARA_BERGEN } });
    expect(audit).toMatchObject({ actorId: (await actorByEmail(SIRI)).personId, actorRole: "LOKAL_KOORDINATOR" });
    expect(audit.data).toMatchObject({ kind: "FLYTTET", reasonKind: "LOVFESTET_FRAVAER", fra: { agreedStart: isoDay(spring) }, til: { agreedStart: isoDay(moved) } });
    const told = await db().notification.findMany({ where: { kind: "periode.endret", entityId: SARA_BERGEN } });
    expect(told.find((n) => n.toEmail === "hanne.aasen@eksempel.no")?.body).toContain(text);
    expect(told.map((n) => n.toEmail)).toContain(SARA);
    // One truth: the registry line and the plan show the move on the record, with the same dates.
    const line = (await listFeRegistry({ scope: await scopeByEmail(SIRI, "fe:read", "LOKAL_KOORDINATOR") })).flatMap((r) => r.periods).find((p) => p.id === SARA_BERGEN);
    expect(line?.record.map((r) => r.text)).toContain(text);
    const ws = await getPlanWorkspace({ scope: await scopeByEmail(SIRI, "plan:read", "LOKAL_KOORDINATOR"), employmentId: "seed-employment-sara" });
    expect(ws.spesialiseringsperioder.find((p) => p.id === SARA_BERGEN)?.record.map((r) => r.text)).toContain(text);
  });

  it("passes to 'pågår' on its start day and 'gjennomført' the day after its last day, by the job, once (controllable clock)", async () => {
    const { agreedStart, agreedEnd } = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } });
    const status = async () => (await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } })).status;
    const audits = (action: string) => db().auditLog.count({ where: { action, entityId: SARA_BERGEN } });

    await advancePeriodStatuses({ now: noonOn(addDays(agreedStart!, -1)) });
    expect(await status()).toBe("AVTALT"); // the day before

    // Two instances at once on the start day: one moves it, one audit record.
    const [a, b] = await Promise.all([advancePeriodStatuses({ now: noonOn(agreedStart!) }), advancePeriodStatuses({ now: noonOn(agreedStart!) })]);
    expect(a.started + b.started).toBe(1);
    expect(await status()).toBe("PAGAR");
    expect(await audits("periode-startet")).toBe(1);
    expect(await advancePeriodStatuses({ now: noonOn(agreedStart!) })).toEqual({ started: 0, completed: 0 });

    // The last day (inclusive) is still in progress; the day after, completed and Sara is told.
    await advancePeriodStatuses({ now: noonOn(addDays(agreedEnd!, -1)) });
    expect(await status()).toBe("PAGAR");
    const [c, d] = await Promise.all([advancePeriodStatuses({ now: noonOn(agreedEnd!) }), advancePeriodStatuses({ now: noonOn(agreedEnd!) })]);
    expect(c.completed + d.completed).toBe(1);
    expect(await status()).toBe("GJENNOMFORT");
    expect(await audits("periode-gjennomfort")).toBe(1);
    expect(await db().notification.count({ where: { kind: "periode.gjennomfort", entityId: SARA_BERGEN } })).toBe(1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "periode-gjennomfort", entityId: SARA_BERGEN } });
    expect(audit.actorId).toBeNull(); // the system's act
  });

  it("lets the coordinator correct the job: a completed period extended is in progress again; cut short it is completed", async () => {
    const scope = await scopeByEmail(SIRI, "fe:register", "LOKAL_KOORDINATOR");
    const { agreedStart, agreedEnd } = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } });
    const dayAfter = noonOn(agreedEnd!);
    // Learning goals not reached: extended by two months.
    const extended = await changeService({ scope, periodId: SARA_BERGEN, agreedStart: agreedStart!, agreedEndInclusive: addDays(addMonths(agreedEnd!, 2), -1), reasonKind: "LAERINGSMAL", reason: "Trenger to måneder til for læringsmålene.", now: dayAfter });
    expect(extended.status).toBe("PAGAR");
    expect((await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: SARA_BERGEN } })).statusReason).toMatch(/^Perioden er forlenget fra .* \(læringsmål ikke nådd i normert tid\): Trenger to måneder til/);
    // A start of a period in progress cannot move.
    await expect(changeService({ scope, periodId: SARA_BERGEN, agreedStart: addDays(agreedStart!, 7), agreedEndInclusive: addDays(addMonths(agreedEnd!, 2), -1), reasonKind: "ANNET", reason: "x", now: dayAfter })).rejects.toMatchObject({ code: "VALIDATION" });
    // Cut short to the day before today: completed at once.
    const cut = await changeService({ scope, periodId: SARA_BERGEN, agreedStart: agreedStart!, agreedEndInclusive: addDays(agreedEnd!, -10), reasonKind: "ARBEIDSGIVER", reason: "Avbrutt etter avtale med mottakende leder.", now: dayAfter });
    expect(cut.status).toBe("GJENNOMFORT");
    expect(await db().auditLog.count({ where: { action: "periode-endret", entityId: SARA_BERGEN } })).toBe(3);
  });

  it("moves a period agreed by an accepted offer to the next semester with its place: the old term's place is free again", async () => {
    actAs(await actorByEmail(KRISTOFFER));
    const mathias = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: MATHIAS_UNN } });
    const vacancy = await createVacancy({ departmentId: "seed-dept-unn-gastroenterologisk-kirurgi", startDate: isoDay(mathias.desiredStart), posts: "1", startWindowDays: "30" });
    if (!vacancy.ok) throw new Error(vacancy.message);
    const offered = await makeOffer({ vacancyId: vacancy.data.id, periodId: MATHIAS_UNN, deviationReason: "Testens valg." });
    if (!offered.ok || offered.data.kind !== "TILBUD") throw new Error(offered.ok ? "expected an offer" : offered.message);
    actAs(await actorByEmail(MATHIAS));
    expect(await respondOffer({ offerId: offered.data.offerId, answer: "AKSEPTER" })).toMatchObject({ ok: true });
    const agreed = await db().spesialiseringsperiode.findUniqueOrThrow({ where: { id: MATHIAS_UNN } });
    const place = await db().capacityUse.findUniqueOrThrow({ where: { offerId: offered.data.offerId } });

    actAs(await actorByEmail(ANDERS));
    const next = addMonths(agreed.agreedStart!, 6); // the next semester
    expect(await changeAgreedPeriod({ periodId: MATHIAS_UNN, agreedStart: isoDay(next), agreedEnd: isoDay(lastDayOf(next)), reasonKind: "ARBEIDSGIVER", reason: "Hjemmeavdelingen mangler bemanning i vår." })).toMatchObject({ ok: true });
    const moved = await db().capacityUse.findUniqueOrThrow({ where: { offerId: offered.data.offerId } });
    expect(moved.term).not.toBe(place.term);
    expect(moved.term).toMatch(/^\d{4}-[VH]$/);
    expect(await db().capacityUse.count({ where: { fagavtaleId: agreed.fagavtaleId, term: place.term } })).toBe(0);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "periode-endret", entityId: MATHIAS_UNN } });
    expect(audit.data).toMatchObject({ movedPlaces: [{ from: { term: place.term }, to: { term: moved.term } }] });
    // The leader who made the offer is told.
    const leader = await actorByEmail(KRISTOFFER);
    expect(await db().notification.count({ where: { kind: "periode.endret", entityId: MATHIAS_UNN, recipientPersonId: leader.personId } })).toBe(1);
  });
});
