import { describe, expect, it } from "vitest";
import { ALLOCATION_RULE_LABEL } from "@/lib/domain/labels";
import { REGION_POLICIES, TRUST_OVERRIDES, policyFor, queueDateUnder } from "./index";

describe("region policies", () => {
  it("has one policy per regional health authority, each complete", () => {
    expect(Object.keys(REGION_POLICIES).sort()).toEqual(["HELSE_MIDT_NORGE", "HELSE_NORD", "HELSE_SOR_OST", "HELSE_VEST"]);
    for (const p of Object.values(REGION_POLICIES)) {
      expect(p.minVikariatMonths).toBe(6);
      expect(p.planValidityMonths).toBe(12);
      expect(p.planDeadlineWeeks).toBe(4);
      expect(ALLOCATION_RULE_LABEL[p.allocationRule]).toMatch(/\S/);
    }
    for (const o of Object.values(TRUST_OVERRIDES)) expect(ALLOCATION_RULE_LABEL[o.allocationRule]).toMatch(/\S/);
  });

  it("Helse Nord: criteria 1–6, queue from the FE registration, the region's allocation", () => {
    const p = policyFor({ regionPolicyKey: "HELSE_NORD", policyOverride: null });
    expect([p.allocationRule, p.queueDateStart, p.intakeProcedure, p.key]).toEqual(["HELSE_NORD", "FE_REGISTRERING", "HELSE_NORD_TILDELING", "HELSE_NORD"]);
  });

  it("merges a trust's override into its region's policy (OUS inside Helse Sør-Øst) and keeps the rest", () => {
    const region = policyFor({ regionPolicyKey: "HELSE_SOR_OST", policyOverride: null });
    const ous = policyFor({ regionPolicyKey: "HELSE_SOR_OST", policyOverride: "OUS" });
    expect(region.allocationRule).toBe("EGEN");
    expect([ous.allocationRule, ous.queueDateStart, ous.key, ous.overrideKey]).toEqual(["OUS", "MOTTATT_HOS_MOTTAKER", "HELSE_SOR_OST/OUS", "OUS"]);
    expect(ous.minVikariatMonths).toBe(region.minVikariatMonths);
  });

  it("a trust's own plan deadline wins over the policy's; null keeps the policy's", () => {
    expect(policyFor({ regionPolicyKey: "HELSE_NORD", policyOverride: null, planDeadlineWeeks: 6 }).planDeadlineWeeks).toBe(6);
    expect(policyFor({ regionPolicyKey: "HELSE_NORD", policyOverride: null, planDeadlineWeeks: null }).planDeadlineWeeks).toBe(4);
  });

  it("an unknown or missing key falls back to Helse Nord's policy and no override", () => {
    const p = policyFor({ regionPolicyKey: "UKJENT", policyOverride: "UKJENT" });
    expect([p.regionKey, p.overrideKey, p.allocationRule]).toEqual(["HELSE_NORD", null, "HELSE_NORD"]);
    expect(policyFor({ regionPolicyKey: null, policyOverride: undefined }).regionKey).toBe("HELSE_NORD");
  });

  it("the queue date follows the receiving side's policy", () => {
    const facts = { feRegisteredOn: new Date(Date.UTC(2025, 0, 1)), receivedOn: new Date(Date.UTC(2026, 2, 3)) };
    expect(queueDateUnder(REGION_POLICIES.HELSE_NORD, facts)).toBe(facts.feRegisteredOn);
    expect(queueDateUnder(policyFor({ regionPolicyKey: "HELSE_SOR_OST", policyOverride: "OUS" }), facts)).toBe(facts.receivedOn);
  });
});

describe("the ranking under a policy's queue date", () => {
  it("a policy counting the queue from the FE registration orders EGEN by registration, not by the received date", async () => {
    const { rankCandidates } = await import("@/lib/domain/ranking");
    const c = (id: string, fe: string, received: string) => ({
      id,
      personName: id,
      sendingOrganisationId: id,
      sendingOrganisationName: id,
      sendingRank: null,
      feRegisteredOn: new Date(`${fe}T00:00:00Z`),
      queueDate: new Date(`${received}T00:00:00Z`),
      desiredStart: new Date("2027-03-01T00:00:00Z"),
      specialisationStart: null,
      achievedGoalCount: 0,
      eligibility: { eligible: true as const, reasons: [] as [] },
    });
    const candidates = [c("tidlig-mottatt", "2025-06-01", "2026-01-01"), c("tidlig-registrert", "2025-01-01", "2026-02-01")];
    const order = (queueDateFrom?: "FE_REGISTRERING" | "MOTTATT_HOS_MOTTAKER") =>
      rankCandidates({ rule: "EGEN", queueDateFrom, vacancyStart: new Date("2027-03-01T00:00:00Z"), drawSeed: "x", candidates }).ranked.map((r) => r.candidate.id);
    expect(order()).toEqual(["tidlig-mottatt", "tidlig-registrert"]);
    expect(order("MOTTATT_HOS_MOTTAKER")).toEqual(["tidlig-mottatt", "tidlig-registrert"]);
    expect(order("FE_REGISTRERING")).toEqual(["tidlig-registrert", "tidlig-mottatt"]);
  });
});

describe("the policy's numbers reach the rules", () => {
  it("a policy's minimum vikariat and plan validity are used where the trust's policy is passed", async () => {
    const { checkFeRegistration } = await import("@/lib/domain/fe-registration");
    const { planExpiresAt } = await import("@/lib/domain/plan-status");
    const employment = { type: "VIKARIAT" as const, startDate: new Date("2026-01-01T00:00:00Z"), endDate: new Date("2026-08-01T00:00:00Z") };
    expect(checkFeRegistration({ employment, planApprovedAndValid: true, minVikariatMonths: policyFor({ regionPolicyKey: "HELSE_NORD", policyOverride: null }).minVikariatMonths }).ok).toBe(true);
    const strict = checkFeRegistration({ employment, planApprovedAndValid: true, minVikariatMonths: 9 });
    expect(strict).toMatchObject({ ok: false, code: "VIKARIAT_FOR_KORT" });
    expect(strict.ok ? "" : strict.message).toMatch(/9 måneder/);
    const approved = new Date("2026-03-15T00:00:00Z");
    expect(planExpiresAt(approved, REGION_POLICIES.HELSE_VEST.planValidityMonths).toISOString().slice(0, 10)).toBe("2027-03-15");
    expect(planExpiresAt(approved, 6).toISOString().slice(0, 10)).toBe("2026-09-15");
  });
});
