import { describe, expect, it } from "vitest";
import { checkEligibility, type EligibilityInput } from "./eligibility";

const valid: EligibilityInput = {
  employment: { type: "FAST", specialtyId: "genkir", organisationId: "helgeland" },
  feRegistration: { organisationId: "helgeland" },
  plan: { kind: "GYLDIG", expiresAt: new Date("2027-06-01"), expiringSoon: false, pendingRevision: false },
  target: { receivingOrganisationId: "unn", receivingName: "UNN", specialtyId: "genkir" },
  otherActiveWishOrganisations: [{ id: "unn", name: "UNN" }],
  fagavtaleExists: true,
  prerequisiteGoals: [{ id: "g1", code: "GENKIR-01", title: "Akutt abdomen" }],
  achievedGoalIds: new Set(["g1"]),
};

const codes = (input: EligibilityInput) => checkEligibility(input).reasons.map((r) => r.code);

describe("checkEligibility", () => {
  it("accepts a permanent LIS in the specialty, registered in FE, with a valid plan, a fagavtale and the prerequisites", () => {
    expect(checkEligibility(valid)).toEqual({ eligible: true, reasons: [] });
  });

  it.each([
    ["a vikar (criterion 1)", { employment: { ...valid.employment!, type: "VIKARIAT" as const } }, ["IKKE_FAST_STILLING"]],
    ["another specialty", { employment: { ...valid.employment!, specialtyId: "ane" } }, ["FEIL_SPESIALITET"]],
    ["not in the FE (criterion 2)", { feRegistration: null }, ["IKKE_REGISTRERT_I_FE"]],
    ["an FE registration at another trust", { feRegistration: { organisationId: "unn" } }, ["IKKE_REGISTRERT_I_FE"]],
    ["an expired plan", { plan: { kind: "UTLOPT" as const, expiredAt: new Date(), pendingRevision: false } }, ["PLAN_IKKE_GYLDIG"]],
    ["no plan", { plan: { kind: "INGEN_PLAN" as const, overdue: true, dueAt: new Date() } }, ["PLAN_IKKE_GYLDIG"]],
    ["a wish at another trust (criterion 3)", { otherActiveWishOrganisations: [{ id: "nlsh", name: "NLSH" }] }, ["ONSKE_VED_ANNET_FORETAK"]],
    ["no fagavtale (criterion 4)", { fagavtaleExists: false }, ["MANGLER_FAGAVTALE"]],
    ["a missing prerequisite goal", { achievedGoalIds: new Set<string>() }, ["MANGLER_FORKUNNSKAP"]],
  ])("refuses %s", (_name, change, expected) => {
    expect(codes({ ...valid, ...change })).toEqual(expected);
  });

  it("reports every failed rule at once, each with a Norwegian explanation", () => {
    const result = checkEligibility({ ...valid, employment: null, feRegistration: null, fagavtaleExists: false, achievedGoalIds: new Set() });
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.code)).toEqual(["IKKE_FAST_STILLING", "IKKE_REGISTRERT_I_FE", "MANGLER_FAGAVTALE", "MANGLER_FORKUNNSKAP"]);
    expect(result.reasons.find((r) => r.code === "MANGLER_FORKUNNSKAP")?.message).toContain("GENKIR-01 Akutt abdomen");
  });
});
