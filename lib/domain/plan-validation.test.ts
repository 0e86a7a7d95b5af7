import { describe, expect, it } from "vitest";
import { completeDraft, isRefundedByHomeEmployer, periodEnd, validatePlan, validatePlanPeriods, wholeMonths, type PlanContext, type PlanPeriodDraft, type PlanPeriodRow } from "./plan-validation";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const context: PlanContext = {
  homeOrganisationId: "finnmark",
  specialtyId: "ane",
  homeDepartmentIds: ["finnmark-ane"],
  fagavtaler: [
    { id: "fa-unn-ane", homeOrganisationId: "finnmark", specialtyId: "ane", normertTidMonths: 6, validFrom: d("2025-01-01"), validTo: d("2028-01-01") },
    { id: "fa-other-trust", homeOrganisationId: "nlsh", specialtyId: "ane", normertTidMonths: 6, validFrom: d("2025-01-01"), validTo: null },
    { id: "fa-other-specialty", homeOrganisationId: "finnmark", specialtyId: "gen", normertTidMonths: 6, validFrom: d("2025-01-01"), validTo: null },
  ],
};
const home = (start: string, end: string, departmentId = "finnmark-ane"): PlanPeriodDraft => ({ kind: "HJEMME", departmentId, startDate: d(start), endDate: d(end) });
const away = (start: string, durationMonths = 6, extra: Partial<Extract<PlanPeriodDraft, { kind: "SPESIALISERINGSPERIODE" }>> = {}): PlanPeriodDraft => ({
  kind: "SPESIALISERINGSPERIODE",
  fagavtaleId: "fa-unn-ane",
  startDate: d(start),
  durationMonths,
  ...extra,
});

describe("validatePlanPeriods", () => {
  it("accepts back-to-back periods (end dates are exclusive)", () => {
    expect(validatePlanPeriods([home("2026-01-01", "2026-07-01"), away("2026-07-01"), home("2027-01-01", "2028-01-01")], context)).toEqual({});
  });

  it("refuses an overlap of one day and names the period", () => {
    const errors = validatePlanPeriods([home("2026-01-01", "2026-07-02"), away("2026-07-01")], context);
    expect(errors["periods.1.startDate"]).toEqual(["Perioden overlapper med periode 1."]);
  });

  it("refuses dates out of order and an empty plan", () => {
    expect(validatePlanPeriods([home("2026-07-01", "2026-07-01")], context)["periods.0.endDate"]).toEqual(["Til-datoen må være etter fra-datoen."]);
    expect(validatePlanPeriods([], context).periods).toEqual(["Legg til minst én periode."]);
  });

  it("requires a fagavtale of the LIS's own trust and specialty, valid at the start", () => {
    expect(validatePlanPeriods([away("2026-07-01", 6, { fagavtaleId: "fa-other-trust" })], context)["periods.0.fagavtaleId"]).toHaveLength(1);
    expect(validatePlanPeriods([away("2026-07-01", 6, { fagavtaleId: "fa-other-specialty" })], context)["periods.0.fagavtaleId"]).toHaveLength(1);
    expect(validatePlanPeriods([away("2026-07-01", 6, { fagavtaleId: "finnes-ikke" })], context)["periods.0.fagavtaleId"]).toHaveLength(1);
    expect(validatePlanPeriods([away("2024-12-31")], context)["periods.0.startDate"]).toEqual(["Fagavtalen gjelder ikke på denne startdatoen."]);
    expect(validatePlanPeriods([away("2025-01-01")], context)).toEqual({});
    expect(validatePlanPeriods([away("2027-12-31")], context)).toEqual({});
    expect(validatePlanPeriods([away("2028-01-01")], context)["periods.0.startDate"]).toHaveLength(1);
  });

  it("needs a reason for a duration shorter than the normert tid, not for exactly the normert tid", () => {
    expect(validatePlanPeriods([away("2026-07-01", 6)], context)).toEqual({});
    expect(validatePlanPeriods([away("2026-07-01", 5)], context)["periods.0.shortDurationReason"]?.[0]).toMatch(/kortere enn normert tid \(6 måneder\)/);
    expect(validatePlanPeriods([away("2026-07-01", 5, { shortDurationReason: "  " })], context)["periods.0.shortDurationReason"]).toHaveLength(1);
    expect(validatePlanPeriods([away("2026-07-01", 5, { shortDurationReason: "Læringsmål nådd i egen avdeling" })], context)).toEqual({});
  });

  it("refuses a home period at another trust's department", () => {
    expect(validatePlanPeriods([home("2026-01-01", "2026-07-01", "unn-ane")], context)["periods.0.departmentId"]).toHaveLength(1);
  });

  it("returns every error at once", () => {
    const errors = validatePlanPeriods([home("2026-07-01", "2026-01-01", "unn-ane"), away("2026-07-01", 2)], context);
    expect(Object.keys(errors).sort()).toEqual(["periods.0.departmentId", "periods.0.endDate", "periods.1.shortDurationReason"]);
  });
});

describe("validatePlan: format and rule errors in one round", () => {
  const missingEnd: PlanPeriodRow = { kind: "HJEMME", departmentId: "finnmark-ane", startDate: d("2026-01-01"), endDate: null, formatErrors: { endDate: ["Oppgi til og med-dato."] } };

  it("reports a row's missing end date, an overlapping pair and a too short spesialiseringsperiode together", () => {
    const errors = validatePlan(
      { courses: "", notes: "", periods: [missingEnd, home("2027-01-01", "2027-07-02"), away("2027-07-01", 6), away("2028-01-01", 2, { fagavtaleId: "fa-unn-ane" })] },
      { ...context, fagavtaler: context.fagavtaler.map((f) => (f.id === "fa-unn-ane" ? { ...f, validTo: null } : f)) },
    );
    expect(errors).toEqual({
      "periods.0.endDate": ["Oppgi til og med-dato."],
      "periods.2.startDate": ["Perioden overlapper med periode 2."],
      "periods.3.shortDurationReason": ["Varigheten er kortere enn normert tid (6 måneder). Oppgi en begrunnelse."],
    });
  });

  it("checks what a partial row has and no more: no rule error on a field that already has a format error", () => {
    const partial: PlanPeriodRow = { kind: "SPESIALISERINGSPERIODE", fagavtaleId: "fa-other-trust", startDate: null, durationMonths: null, formatErrors: { startDate: ["Oppgi ønsket startdato."], durationMonths: ["Oppgi varighet i hele måneder (1–60)."] } };
    const noDepartment: PlanPeriodRow = { kind: "HJEMME", departmentId: null, startDate: d("2026-07-01"), endDate: d("2026-01-01"), formatErrors: { departmentId: ["Velg læringsarena."] } };
    expect(validatePlanPeriods([partial, noDepartment], context)).toEqual({
      "periods.0.startDate": ["Oppgi ønsket startdato."],
      "periods.0.durationMonths": ["Oppgi varighet i hele måneder (1–60)."],
      "periods.0.fagavtaleId": ["Velg en fagavtale for din spesialitet og ditt helseforetak."],
      "periods.1.departmentId": ["Velg læringsarena."],
      "periods.1.endDate": ["Til-datoen må være etter fra-datoen."],
    });
    expect(completeDraft(partial)).toBeNull();
    expect(completeDraft(noDepartment)).toBeNull();
    expect(completeDraft(home("2026-01-01", "2026-07-01"))).toMatchObject({ kind: "HJEMME", departmentId: "finnmark-ane" });
  });

  it("checks the lengths of courses and notes with the periods", () => {
    const errors = validatePlan({ courses: "x".repeat(4001), notes: "x".repeat(4000), periods: [home("2026-07-01", "2026-07-01")] }, context);
    expect(Object.keys(errors).sort()).toEqual(["courses", "periods.0.endDate"]);
  });
});

describe("period lengths", () => {
  it("marks periods under 3 months as refunded by the hovedarbeidsgiver, not 3 months exactly", () => {
    expect(isRefundedByHomeEmployer(d("2026-01-01"), d("2026-03-31"))).toBe(true);
    expect(isRefundedByHomeEmployer(d("2026-01-01"), d("2026-04-01"))).toBe(false);
  });

  it("derives the end of a spesialiseringsperiode from its duration and counts whole months", () => {
    expect(periodEnd(away("2026-08-31", 6)).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(wholeMonths(d("2026-01-01"), d("2026-07-01"))).toBe(6);
    expect(wholeMonths(d("2026-01-01"), d("2026-06-30"))).toBe(5);
    expect(wholeMonths(d("2026-01-01"), d("2026-01-10"))).toBe(1);
  });
});
