import { describe, expect, it } from "vitest";
import { checkFeRegistration, compareSendingOrder, correctionReasonProblem, CORRECTION_REASON_TEXT, lastsAtLeastSixMonths, seniorityDateProblem } from "./fe-registration";

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("checkFeRegistration", () => {
  it("registers a permanent LIS as eligible", () => {
    expect(checkFeRegistration({ employment: { type: "FAST", startDate: d("2026-01-01"), endDate: null }, planApprovedAndValid: true })).toEqual({
      ok: true,
      eligibleForGjennomstromning: true,
      note: null,
    });
  });

  it("treats exactly 6 calendar months as enough and one day less as too short", () => {
    expect(lastsAtLeastSixMonths(d("2026-01-15"), d("2026-07-15"))).toBe(true);
    expect(lastsAtLeastSixMonths(d("2026-01-15"), d("2026-07-14"))).toBe(false);
    // Month-end clamping: 31 August + 6 months = 28 February.
    expect(lastsAtLeastSixMonths(d("2026-08-31"), d("2027-02-28"))).toBe(true);
    expect(lastsAtLeastSixMonths(d("2026-08-31"), d("2027-02-27"))).toBe(false);
  });

  it("registers a vikar of 6 months or more, but not as eligible for gjennomstrømningsstilling", () => {
    const result = checkFeRegistration({ employment: { type: "VIKARIAT", startDate: d("2026-01-15"), endDate: d("2026-07-15") }, planApprovedAndValid: true });
    expect(result).toMatchObject({ ok: true, eligibleForGjennomstromning: false });
  });

  it("refuses a vikariat under 6 months, one without end date, and anyone without a valid approved plan", () => {
    expect(checkFeRegistration({ employment: { type: "VIKARIAT", startDate: d("2026-01-15"), endDate: d("2026-07-14") }, planApprovedAndValid: true })).toMatchObject({
      ok: false,
      code: "VIKARIAT_FOR_KORT",
    });
    expect(checkFeRegistration({ employment: { type: "VIKARIAT", startDate: d("2026-01-15"), endDate: null }, planApprovedAndValid: true })).toMatchObject({
      ok: false,
      code: "MANGLER_SLUTTDATO",
    });
    expect(checkFeRegistration({ employment: { type: "FAST", startDate: d("2026-01-15"), endDate: null }, planApprovedAndValid: false })).toMatchObject({
      ok: false,
      code: "PLAN_IKKE_GODKJENT",
    });
  });
});

describe("compareSendingOrder", () => {
  it("orders by rank, unranked last, then by seniority date, then name", () => {
    const rows = [
      { name: "C", sendingRank: null, registeredOn: d("2025-01-01") },
      { name: "B", sendingRank: 2, registeredOn: d("2026-01-01") },
      { name: "A", sendingRank: 1, registeredOn: d("2026-06-01") },
      { name: "D", sendingRank: null, registeredOn: d("2024-01-01") },
    ];
    expect([...rows].sort(compareSendingOrder).map((r) => r.name)).toEqual(["A", "B", "D", "C"]);
  });
});

describe("seniorityDateProblem: a seniority date within the rule's own bounds", () => {
  const today = d("2026-12-02");
  const employmentStart = d("2024-01-15");
  it.each([
    ["2026-12-02", null],
    ["2024-01-15", null],
    ["2025-06-01", null],
  ])("%s is accepted", (date, problem) => {
    expect(seniorityDateProblem({ date: d(date), today, employmentStart })).toBe(problem);
  });
  it("refuses a date in the future", () => {
    expect(seniorityDateProblem({ date: d("2026-12-03"), today, employmentStart })).toBe("Registreringsdatoen kan ikke være frem i tid (i dag er 02.12.2026).");
  });
  it("refuses a date before the employment began, including 0001-01-01", () => {
    expect(seniorityDateProblem({ date: d("2024-01-14"), today, employmentStart })).toBe("Registreringsdatoen kan ikke være før ansettelsen i foretaket begynte (15.01.2024).");
    expect(seniorityDateProblem({ date: d("0001-01-01"), today, employmentStart })).toMatch(/før ansettelsen/);
  });
  it("refuses an invalid date", () => {
    expect(seniorityDateProblem({ date: new Date(Number.NaN), today, employmentStart })).toBe("Registreringsdatoen er ugyldig.");
  });
});

describe("correctionReasonProblem: a reason of some substance", () => {
  it.each(["x", "", "          ", "xxxxxxxxxx", "x x x x x x", "ab ab ab ab ab", "1234567890", "!!!!!!!!!!!!", "kort"])("refuses %j", (reason) => {
    expect(correctionReasonProblem(reason)).toBe(CORRECTION_REASON_TEXT);
  });
  it.each(["Feil dato ved registrering, se e-post fra HR 12.03.", "Registrert på feil plan"])("accepts %j", (reason) => {
    expect(correctionReasonProblem(reason)).toBeNull();
  });
});
