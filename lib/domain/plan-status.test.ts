import { describe, expect, it } from "vitest";
import { firstPlanDueAt, planExpiresAt, planMissingSteps, planStanding } from "./plan-status";

const d = (iso: string) => new Date(iso);

describe("planStanding", () => {
  const approvedAt = d("2025-12-01T09:00:00Z");
  const approved = { status: "GODKJENT", approvedAt, expiresAt: planExpiresAt(approvedAt) };
  const base = { employmentStart: d("2025-10-01T00:00:00Z"), deadlineWeeks: 4 };

  it("is valid the moment before expiry and expired at it (12 months, seed 001)", () => {
    expect(planExpiresAt(approvedAt).toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(planStanding({ ...base, versions: [approved], now: d("2026-12-01T08:59:59Z") }).kind).toBe("GYLDIG");
    expect(planStanding({ ...base, versions: [approved], now: d("2026-12-01T09:00:00Z") }).kind).toBe("UTLOPT");
  });

  it("warns 30 days before expiry, not 31", () => {
    const at30 = planStanding({ ...base, versions: [approved], now: d("2026-11-01T09:00:00Z") });
    const at31 = planStanding({ ...base, versions: [approved], now: d("2026-10-31T09:00:00Z") });
    expect(at30).toMatchObject({ kind: "GYLDIG", expiringSoon: true });
    expect(at31).toMatchObject({ kind: "GYLDIG", expiringSoon: false });
  });

  it("keeps the approved version in force while a revision is open", () => {
    const standing = planStanding({
      ...base,
      versions: [{ status: "UTKAST", approvedAt: null, expiresAt: null }, approved],
      now: d("2026-06-01T00:00:00Z"),
    });
    expect(standing).toMatchObject({ kind: "GYLDIG", pendingRevision: true });
  });

  it("flags a missing first plan as overdue from exactly 4 weeks after start", () => {
    const start = d("2026-10-01T00:00:00Z");
    expect(firstPlanDueAt(start, 4).toISOString()).toBe("2026-10-29T00:00:00.000Z");
    expect(planStanding({ versions: [], employmentStart: start, deadlineWeeks: 4, now: d("2026-10-28T23:59:59Z") })).toMatchObject({
      kind: "INGEN_PLAN",
      overdue: false,
    });
    expect(planStanding({ versions: [], employmentStart: start, deadlineWeeks: 4, now: d("2026-10-29T00:00:00Z") })).toMatchObject({
      kind: "INGEN_PLAN",
      overdue: true,
    });
  });

  it("reports an unapproved draft past the deadline as overdue", () => {
    const standing = planStanding({
      versions: [{ status: "TIL_GODKJENNING", approvedAt: null, expiresAt: null }],
      employmentStart: d("2026-01-01T00:00:00Z"),
      deadlineWeeks: 6,
      now: d("2026-03-01T00:00:00Z"),
    });
    expect(standing).toMatchObject({ kind: "UNDER_ARBEID", status: "TIL_GODKJENNING", overdue: true });
  });
});

describe("planMissingSteps", () => {
  it("names the missing signatures of a draft", () => {
    expect(planMissingSteps({ status: "UTKAST", signedRoles: ["LIS"] })).toEqual(["Mangler signatur fra leder."]);
    expect(planMissingSteps({ status: "UTKAST", signedRoles: [] })).toEqual(["Mangler signatur fra LIS.", "Mangler signatur fra leder."]);
    expect(planMissingSteps({ status: "TIL_GODKJENNING", signedRoles: ["LIS", "LEDER"] })).toEqual(["Venter på godkjenning fra lokal koordinator."]);
    expect(planMissingSteps({ status: "RETURNERT", signedRoles: [] })[0]).toMatch(/^Returnert/);
    expect(planMissingSteps(null)).toEqual(["Planen er ikke opprettet."]);
    expect(planMissingSteps({ status: "GODKJENT", signedRoles: ["LIS", "LEDER", "LOKAL_KOORDINATOR"] })).toEqual([]);
  });
});
