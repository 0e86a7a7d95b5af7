import { describe, expect, it } from "vitest";
import { AGREEMENT_DAY_AFTER_START, AGREEMENT_DAY_IN_FUTURE, AGREEMENT_END_BEFORE_START, AGREEMENT_TOO_LONG, agreesOutsideApp, checkPeriodAgreement, type AgreementInput } from "./period-agreement";
import { NORMERT_TID_MAX_MONTHS } from "./rules";
import { addDays, addMonths } from "./calendar";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base: AgreementInput = {
  periodId: "p1",
  agreedStart: d("2027-02-01"),
  agreedEndInclusive: d("2027-07-31"),
  agreedOn: d("2026-12-01"),
  today: d("2026-12-03"),
  otherAgreed: [],
  capacity: { unit: "VARSEMESTER", count: 1, uses: [], periods: [] },
};

describe("checkPeriodAgreement", () => {
  it("stores the inclusive end typed as an exclusive end, in the term of the start", () => {
    expect(checkPeriodAgreement(base)).toEqual({ ok: true, agreedStart: d("2027-02-01"), agreedEnd: d("2027-08-01"), term: "2027-V" });
  });

  it.each([
    ["end before start", { agreedEndInclusive: d("2027-01-31") }, "agreedEnd", AGREEMENT_END_BEFORE_START],
    ["end on the start day", { agreedEndInclusive: d("2027-02-01") }, "agreedEnd", AGREEMENT_END_BEFORE_START],
    ["longer than the longest normert tid", { agreedEndInclusive: addMonths(d("2027-02-01"), NORMERT_TID_MAX_MONTHS) }, "agreedEnd", AGREEMENT_TOO_LONG],
    ["agreed in the future", { agreedOn: d("2026-12-04") }, "agreedOn", AGREEMENT_DAY_IN_FUTURE],
    ["agreed after the start", { agreedStart: d("2026-11-01"), agreedEndInclusive: d("2027-04-30"), agreedOn: d("2026-12-01") }, "agreedOn", AGREEMENT_DAY_AFTER_START],
  ])("refuses %s", (_label, change, field, message) => {
    const result = checkPeriodAgreement({ ...base, ...change, capacity: { ...base.capacity, unit: "PER_AR" } });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { [field]: [message] } });
  });

  it("accepts the longest normert tid to the day", () => {
    const result = checkPeriodAgreement({ ...base, agreedEndInclusive: addDays(addMonths(d("2027-02-01"), NORMERT_TID_MAX_MONTHS), -1) });
    expect(result.ok).toBe(true);
  });

  it("refuses an overlap with another agreed period of the LIS, but not one that ends the day before", () => {
    const other = { id: "p2", start: d("2026-09-01"), endExclusive: d("2027-02-02"), what: "Plastikkirurgi ved OUS" };
    expect(checkPeriodAgreement({ ...base, otherAgreed: [other] })).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("Plastikkirurgi ved OUS, 01.09.2026–01.02.2027") });
    expect(checkPeriodAgreement({ ...base, otherAgreed: [{ ...other, endExclusive: d("2027-02-01") }] }).ok).toBe(true);
    // The period's own earlier agreement is no clash.
    expect(checkPeriodAgreement({ ...base, otherAgreed: [{ ...other, id: "p1" }] }).ok).toBe(true);
  });

  it("refuses an overbooking: the spring place taken by an agreed period or an accepted or open offer", () => {
    const agreed = { id: "p9", status: "AVTALT", agreedStart: d("2027-03-01"), desiredStart: d("2027-03-01") };
    expect(checkPeriodAgreement({ ...base, capacity: { ...base.capacity, periods: [agreed] } })).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("våren 2027") });
    expect(checkPeriodAgreement({ ...base, capacity: { ...base.capacity, uses: [{ term: "2027-V", offerStatus: "TILBUDT", periodId: "p8" }] } }).ok).toBe(false);
    expect(checkPeriodAgreement({ ...base, capacity: { ...base.capacity, uses: [{ term: "2027-V", offerStatus: "AKSEPTERT", periodId: "p8" }] } }).ok).toBe(false);
    // A declined offer holds no place; the next spring is free.
    expect(checkPeriodAgreement({ ...base, capacity: { ...base.capacity, uses: [{ term: "2027-V", offerStatus: "AVSLATT", periodId: "p8" }] } }).ok).toBe(true);
    expect(checkPeriodAgreement({ ...base, agreedStart: d("2028-02-01"), agreedEndInclusive: d("2028-07-31"), capacity: { ...base.capacity, periods: [agreed] } }).ok).toBe(true);
  });

  it("refuses a start in a semester the fagavtale gives no places in", () => {
    const result = checkPeriodAgreement({ ...base, agreedStart: d("2027-08-01"), agreedEndInclusive: d("2028-01-31") });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("ingen plasser for høsten 2027") });
  });
});

describe("agreesOutsideApp", () => {
  it("is true for an own intake form or a partner outside the region, false for an allocation inside it", () => {
    expect(agreesOutsideApp({ intakeProcedure: "EGET_SKJEMA", partnerRegionId: "hn", homeRegionId: "hn" })).toBe(true);
    expect(agreesOutsideApp({ intakeProcedure: "HELSE_NORD_TILDELING", partnerRegionId: "hso", homeRegionId: "hn" })).toBe(true);
    expect(agreesOutsideApp({ intakeProcedure: "HELSE_NORD_TILDELING", partnerRegionId: "hn", homeRegionId: "hn" })).toBe(false);
  });
});
