import { describe, expect, it } from "vitest";
import { planProgress, type PlanProgressVersion } from "./plan-progress";
import { planExpiresAt, planStanding } from "./plan-status";

const d = (iso: string) => new Date(iso);
const base = { employmentStart: d("2026-01-05T00:00:00Z"), deadlineWeeks: 4 };

function progress(versions: PlanProgressVersion[], now: Date) {
  return planProgress({ versions, standing: planStanding({ ...base, versions, now }) });
}
const states = (p: ReturnType<typeof planProgress>) => p.steps.map((s) => `${s.key}:${s.state}`);

const created = d("2026-01-10T10:00:00Z");
const draft = (signatures: PlanProgressVersion["signatures"] = [], status = "UTKAST"): PlanProgressVersion => ({
  status,
  createdAt: created,
  approvedAt: null,
  expiresAt: null,
  signatures,
});
const lisSigned = { role: "LIS", signedAt: d("2026-01-12T10:00:00Z") };
const leaderSigned = { role: "LEDER", signedAt: d("2026-01-13T10:00:00Z") };
const approvedAt = d("2026-01-20T10:00:00Z");
const approved: PlanProgressVersion = { status: "GODKJENT", createdAt: created, approvedAt, expiresAt: planExpiresAt(approvedAt), signatures: [lisSigned, leaderSigned] };

describe("planProgress", () => {
  it("without a plan: the draft is the current step and the LIS's task, due at the first plan's deadline", () => {
    const p = progress([], d("2026-01-15T00:00:00Z"));
    expect(states(p)).toEqual(["UTKAST:current", "SIGNERT_LIS:todo", "SIGNERT_LEDER:todo", "GODKJENT:todo", "UTLOPER:todo"]);
    expect(p.next).toMatchObject({ actor: "LIS", deadline: d("2026-02-02T00:00:00Z") });
  });

  it("past the deadline the current step is overdue", () => {
    const p = progress([draft()], d("2026-02-03T00:00:00Z"));
    expect(states(p)[1]).toBe("SIGNERT_LIS:overdue");
    expect(p.next.actor).toBe("LIS");
    expect(p.next.text).toMatch(/signer/);
  });

  it("signed by the LIS only: the LIS waits for the leader", () => {
    const p = progress([draft([lisSigned])], d("2026-01-15T00:00:00Z"));
    expect(states(p).slice(0, 3)).toEqual(["UTKAST:done", "SIGNERT_LIS:done", "SIGNERT_LEDER:current"]);
    expect(p.steps[1]!.at).toEqual(lisSigned.signedAt);
    expect(p.next.actor).toBe("LEDER");
  });

  it("submitted: both signatures done, the coordinator's approval is next", () => {
    const p = progress([draft([lisSigned, leaderSigned], "TIL_GODKJENNING")], d("2026-01-15T00:00:00Z"));
    expect(states(p).slice(0, 4)).toEqual(["UTKAST:done", "SIGNERT_LIS:done", "SIGNERT_LEDER:done", "GODKJENT:current"]);
    expect(p.next.actor).toBe("LOKAL_KOORDINATOR");
  });

  it("returned: the signatures no longer count and the LIS must sign again", () => {
    const p = progress([draft([lisSigned, leaderSigned], "RETURNERT")], d("2026-01-15T00:00:00Z"));
    expect(states(p).slice(0, 2)).toEqual(["UTKAST:done", "SIGNERT_LIS:current"]);
    expect(p.next).toMatchObject({ actor: "LIS" });
    expect(p.next.text).toMatch(/returnert/);
  });

  it("approved: every step done, the expiry date shown, nothing to do until it nears", () => {
    const p = progress([approved], d("2026-06-01T00:00:00Z"));
    expect(states(p)).toEqual(["UTKAST:done", "SIGNERT_LIS:done", "SIGNERT_LEDER:done", "GODKJENT:done", "UTLOPER:todo"]);
    expect(p.steps[3]!.at).toEqual(approvedAt);
    expect(p.steps[4]!.at).toEqual(planExpiresAt(approvedAt));
    expect(p.next.actor).toBeNull();
  });

  it("approved and expiring soon: the LIS is asked to revise", () => {
    const p = progress([approved], d("2027-01-05T00:00:00Z"));
    expect(states(p)[4]).toBe("UTLOPER:current");
    expect(p.next).toMatchObject({ actor: "LIS", deadline: planExpiresAt(approvedAt) });
  });

  it("expired: the expiry step is overdue", () => {
    const p = progress([approved], d("2027-02-01T00:00:00Z"));
    expect(states(p)[4]).toBe("UTLOPER:overdue");
    expect(p.next.text).toMatch(/utløpt/);
  });

  it("a revision in progress: the steps follow the revision, the approved version's expiry stays", () => {
    const p = progress([draft([lisSigned]), approved], d("2026-06-01T00:00:00Z"));
    expect(states(p).slice(0, 4)).toEqual(["UTKAST:done", "SIGNERT_LIS:done", "SIGNERT_LEDER:current", "GODKJENT:todo"]);
    expect(p.expiresAt).toEqual(planExpiresAt(approvedAt));
    expect(p.steps[4]!.at).toEqual(planExpiresAt(approvedAt));
  });
});
