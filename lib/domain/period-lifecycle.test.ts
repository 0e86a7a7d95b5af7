import { describe, expect, it } from "vitest";
import {
  agreedStateOn,
  CHANGE_NOT_AGREED,
  CHANGE_NOTHING,
  CHANGE_START_IN_PAST,
  CHANGE_START_STARTED,
  checkPeriodChange,
  periodChangeText,
  type PeriodChangeInput,
} from "./period-lifecycle";
import { AGREEMENT_END_BEFORE_START } from "./period-agreement";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("agreedStateOn", () => {
  const period = { agreedStart: d("2027-03-01"), agreedEnd: d("2027-09-01") }; // 01.03.2027 to and with 31.08.2027
  it.each([
    ["2027-02-28", "AVTALT"],
    ["2027-03-01", "PAGAR"], // the start day itself
    ["2027-08-31", "PAGAR"], // the last day
    ["2027-09-01", "GJENNOMFORT"], // the day after the last day
  ])("on %s the period is %s", (today, state) => {
    expect(agreedStateOn(period, d(today))).toBe(state);
  });
});

const base: PeriodChangeInput = {
  periodId: "p1",
  status: "AVTALT",
  current: { agreedStart: d("2027-03-01"), agreedEnd: d("2027-09-01") },
  newStart: d("2027-04-01"),
  newEndInclusive: d("2027-09-30"),
  today: d("2026-12-03"),
  otherAgreed: [],
  // One place per semester, the spring one held by this period (its accepted offer) and nobody else.
  capacity: { unit: "PER_SEMESTER", count: 1, uses: [{ term: "2027-V", offerStatus: "AKSEPTERT", periodId: "p1" }], periods: [{ id: "p1", status: "AVTALT", agreedStart: d("2027-03-01"), desiredStart: d("2027-03-01") }] },
};

describe("checkPeriodChange", () => {
  it("moves an agreed period within its term without counting its own place twice", () => {
    expect(checkPeriodChange(base)).toEqual({ ok: true, agreedStart: d("2027-04-01"), agreedEnd: d("2027-10-01"), state: "AVTALT", fromTerm: "2027-V", toTerm: "2027-V", kind: "FLYTTET" });
  });

  it("moves it to a term with a free place, its own place going along", () => {
    const result = checkPeriodChange({ ...base, newStart: d("2027-08-01"), newEndInclusive: d("2028-01-31") });
    expect(result).toMatchObject({ ok: true, fromTerm: "2027-V", toTerm: "2027-H" });
  });

  it("refuses a move into a term whose places are used by others (no overbooking)", () => {
    const full = { ...base.capacity, periods: [...base.capacity.periods, { id: "p9", status: "AVTALT", agreedStart: d("2027-08-15"), desiredStart: d("2027-08-15") }] };
    const result = checkPeriodChange({ ...base, newStart: d("2027-08-01"), newEndInclusive: d("2028-01-31"), capacity: full });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/^Kapasiteten i fagavtalen er brukt opp for høsten 2027 \(1 plass, 1 brukt og 0 reservert\)/) });
  });

  it("counts an open offer's reserved place in the new term", () => {
    const reserved = { ...base.capacity, uses: [...base.capacity.uses, { term: "2027-H", offerStatus: "TILBUDT", periodId: "p8" }] };
    expect(checkPeriodChange({ ...base, newStart: d("2027-08-01"), newEndInclusive: d("2028-01-31"), capacity: reserved })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses an overlap with the LIS's other agreed period", () => {
    const other = { id: "p2", start: d("2027-09-15"), endExclusive: d("2028-03-01"), what: "Nevrologi ved St. Olavs hospital" };
    expect(checkPeriodChange({ ...base, otherAgreed: [other] })).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("Nevrologi ved St. Olavs hospital, 15.09.2027–29.02.2028") });
  });

  it.each([
    ["the same dates", { newStart: d("2027-03-01"), newEndInclusive: d("2027-08-31") }, CHANGE_NOTHING],
    ["a start in the past", { newStart: d("2026-12-01"), newEndInclusive: d("2027-05-31") }, CHANGE_START_IN_PAST],
    ["an end before the start", { newEndInclusive: d("2027-03-31") }, AGREEMENT_END_BEFORE_START],
    ["moving the start of a period in progress", { status: "PAGAR", today: d("2027-05-01") }, CHANGE_START_STARTED],
    ["a wish, not an agreed period", { status: "I_KO" }, CHANGE_NOT_AGREED],
  ])("refuses %s", (_label, change, message) => {
    const result = checkPeriodChange({ ...base, ...change });
    expect(result).toMatchObject({ ok: false, message });
  });

  it("cuts a period in progress short: it is completed at once when the new last day has passed", () => {
    const result = checkPeriodChange({ ...base, status: "PAGAR", today: d("2027-06-15"), newStart: d("2027-03-01"), newEndInclusive: d("2027-06-14") });
    expect(result).toMatchObject({ ok: true, kind: "FORKORTET", agreedEnd: d("2027-06-15"), state: "GJENNOMFORT" });
  });

  it("extends a completed period (a correction): it is in progress again", () => {
    const result = checkPeriodChange({ ...base, status: "GJENNOMFORT", today: d("2027-09-10"), newStart: d("2027-03-01"), newEndInclusive: d("2027-11-30") });
    expect(result).toMatchObject({ ok: true, kind: "FORLENGET", agreedEnd: d("2027-12-01"), state: "PAGAR" });
  });
});

describe("periodChangeText", () => {
  it("says what changed, inclusive dates, and why", () => {
    expect(
      periodChangeText({
        kind: "FLYTTET",
        from: { agreedStart: d("2027-03-01"), agreedEnd: d("2027-09-01") },
        to: { agreedStart: d("2027-04-01"), agreedEnd: d("2027-10-01") },
        reasonKind: "LOVFESTET_FRAVAER",
        reason: " Foreldrepermisjon i mars. ",
      }),
    ).toBe("Perioden er flyttet fra 01.03.2027–31.08.2027 til 01.04.2027–30.09.2027 (lovfestet fravær): Foreldrepermisjon i mars.");
  });
});
