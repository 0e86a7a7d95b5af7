import { describe, expect, it } from "vitest";
import {
  assessEligibility,
  countingEmployment,
  eligibilityTargetPeriod,
  fagavtaleCovers,
  type EligibilityFacts,
  type FactEmployment,
  type FactPeriod,
} from "./eligibility-facts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date("2026-11-22T10:00:00Z");

const employment = (over: Partial<FactEmployment> = {}): FactEmployment => ({
  id: "e1",
  organisationId: "helgeland",
  departmentId: "kir",
  specialtyId: "genkir",
  type: "FAST",
  startDate: day("2024-05-01"),
  endDate: null,
  planDeadlineWeeks: 4,
  planVersions: [{ status: "GODKJENT", approvedAt: day("2026-08-01"), expiresAt: day("2027-08-01") }],
  ...over,
});

const period = (over: Partial<FactPeriod> = {}): FactPeriod => ({
  id: "p1",
  status: "I_KO",
  desiredStart: day("2027-03-01"),
  receivingOrganisationId: "unn",
  receivingName: "UNN",
  specialtyId: "genkir",
  fagavtale: { id: "f1", homeOrganisationId: "helgeland", validFrom: day("2024-01-01"), validTo: null, prerequisiteGoals: [{ id: "g1", code: "GENKIR-01", title: "Akutt abdomen" }] },
  ...over,
});

const facts = (over: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  personId: "lis",
  employments: [employment()],
  feRegistrations: [{ organisationId: "helgeland", registeredOn: day("2025-01-10") }],
  achievedGoals: [{ learningGoalId: "g1", specialtyId: "genkir" }],
  periods: [period()],
  ...over,
});

const codes = (f: EligibilityFacts, targetPeriodId?: string) => assessEligibility(f, { now, targetPeriodId }).eligibility.reasons.map((r) => r.code);

describe("countingEmployment", () => {
  const opts = { homeOrganisationId: "helgeland", now };
  it("takes a permanent post before a vikariat at the home trust", () => {
    const vikariat = employment({ id: "vik", type: "VIKARIAT", startDate: day("2026-06-01"), endDate: day("2027-06-01") });
    expect(countingEmployment([vikariat, employment()], opts)?.id).toBe("e1");
  });
  it("ignores ended posts (end date is exclusive) and posts at other trusts", () => {
    const ended = employment({ id: "ended", endDate: day("2026-11-22") });
    const elsewhere = employment({ id: "unn", organisationId: "unn" });
    expect(countingEmployment([ended, elsewhere], opts)).toBeNull();
    expect(countingEmployment([ended, elsewhere], { homeOrganisationId: null, now })?.id).toBe("unn");
    expect(countingEmployment([employment({ endDate: day("2026-11-23") })], opts)?.id).toBe("e1");
  });
  it("prefers a started post over a future one, then the latest start", () => {
    const future = employment({ id: "future", startDate: day("2027-01-01") });
    const older = employment({ id: "older", startDate: day("2020-01-01") });
    expect(countingEmployment([future, older, employment()], opts)?.id).toBe("e1");
    expect(countingEmployment([future], opts)?.id).toBe("future");
  });
});

describe("eligibilityTargetPeriod", () => {
  it("is the earliest active wish, else the earliest need", () => {
    const need = period({ id: "need", status: "BEHOV", desiredStart: day("2027-01-01") });
    const later = period({ id: "later", status: "ONSKE", desiredStart: day("2027-09-01") });
    const offered = period({ id: "offered", status: "TILBUDT", desiredStart: day("2027-05-01") });
    expect(eligibilityTargetPeriod([later, need, offered])?.id).toBe("offered");
    expect(eligibilityTargetPeriod([need, period({ id: "need2", status: "BEHOV", desiredStart: day("2026-12-01") })])?.id).toBe("need2");
    expect(eligibilityTargetPeriod([])).toBeNull();
  });
});

describe("fagavtaleCovers", () => {
  const f = { validFrom: day("2026-01-01"), validTo: day("2027-06-01") };
  it.each([
    ["2027-05-31", true],
    ["2027-06-01", false],
    ["2025-12-31", true], // in the past: today counts
  ])("desired start %s → %s", (iso, expected) => {
    expect(fagavtaleCovers(f, day(iso), now)).toBe(expected);
  });
  it("an agreement not yet in force does not cover a start before it", () => {
    expect(fagavtaleCovers({ validFrom: day("2027-01-01"), validTo: null }, day("2026-12-01"), now)).toBe(false);
    expect(fagavtaleCovers({ validFrom: day("2027-01-01"), validTo: null }, day("2027-01-01"), now)).toBe(true);
  });
});

describe("assessEligibility", () => {
  it("accepts the reference LIS and names what it decided from", () => {
    const a = assessEligibility(facts(), { now });
    expect(a.eligibility).toEqual({ eligible: true, reasons: [] });
    expect(a.target?.id).toBe("p1");
    expect(a.employment?.id).toBe("e1");
    expect(a.feRegistration?.organisationId).toBe("helgeland");
    expect(a.plan.kind).toBe("GYLDIG");
  });

  it.each([
    ["a vikariat only", facts({ employments: [employment({ type: "VIKARIAT", endDate: day("2027-06-01") })] }), ["IKKE_FAST_STILLING"]],
    ["a post in another specialty", facts({ employments: [employment({ specialtyId: "indremed" })] }), ["FEIL_SPESIALITET"]],
    ["no FE registration", facts({ feRegistrations: [] }), ["IKKE_REGISTRERT_I_FE"]],
    ["an FE registration at another trust", facts({ feRegistrations: [{ organisationId: "unn", registeredOn: day("2025-01-01") }] }), ["IKKE_REGISTRERT_I_FE"]],
    ["an expired plan", facts({ employments: [employment({ planVersions: [{ status: "GODKJENT", approvedAt: day("2025-08-01"), expiresAt: day("2026-08-01") }] })] }), ["PLAN_IKKE_GYLDIG"]],
    ["a fagavtale that ends before the desired start", facts({ periods: [period({ fagavtale: { ...period().fagavtale, validTo: day("2027-01-01") } })] }), ["MANGLER_FAGAVTALE"]],
    ["a missing prerequisite", facts({ achievedGoals: [] }), ["MANGLER_FORKUNNSKAP"]],
    ["only ended employments", facts({ employments: [employment({ endDate: day("2026-01-01") })] }), ["IKKE_FAST_STILLING", "PLAN_IKKE_GYLDIG"]],
  ])("refuses %s", (_name, f, expected) => {
    expect(codes(f)).toEqual(expected);
  });

  it("a need while an active wish elsewhere exists: refused for the need, not for the wish", () => {
    const need = period({ id: "need", status: "BEHOV", receivingOrganisationId: "nlsh", receivingName: "NLSH", desiredStart: day("2027-01-01") });
    const f = facts({ periods: [need, period()] });
    expect(codes(f)).toEqual([]); // the default target is the active wish
    expect(codes(f, "need")).toEqual(["ONSKE_VED_ANNET_FORETAK"]);
    expect(assessEligibility(f, { now, targetPeriodId: "need" }).eligibility.reasons[0]?.message).toContain("UNN");
  });

  it("without a target only the person's own facts count", () => {
    expect(codes(facts({ periods: [] }))).toEqual([]);
    expect(codes(facts({ periods: [], feRegistrations: [] }))).toEqual(["IKKE_REGISTRERT_I_FE"]);
  });

  it("the home trust is the target's sending trust: a post at another trust does not count", () => {
    const f = facts({ employments: [employment({ organisationId: "finnmark" })] });
    expect(codes(f)).toEqual(["IKKE_FAST_STILLING", "PLAN_IKKE_GYLDIG"]);
  });
});
