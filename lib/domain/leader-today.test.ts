import { describe, expect, it } from "vitest";
import { compareLeaderActions, leaderActions } from "./leader-today";
import { planProgress, type PlanProgressVersion } from "./plan-progress";
import { planExpiresAt, planStanding } from "./plan-status";

const d = (iso: string) => new Date(iso);
const base = { employmentStart: d("2026-01-05T00:00:00Z"), deadlineWeeks: 4 };
function actionsFor(versions: PlanProgressVersion[], now: Date, intakeWaiting: { partner: string; filledAt: Date }[] = []) {
  const standing = planStanding({ ...base, versions, now });
  return leaderActions({ standing, progress: planProgress({ versions, standing }), intakeWaiting, now });
}
const created = d("2026-01-10T10:00:00Z");
const lisSigned = { role: "LIS", signedAt: d("2026-01-12T10:00:00Z") };
const approvedAt = d("2026-01-20T10:00:00Z");
const approved: PlanProgressVersion = { status: "GODKJENT", createdAt: created, approvedAt, expiresAt: planExpiresAt(approvedAt), signatures: [lisSigned, { role: "LEDER", signedAt: approvedAt }] };

describe("leaderActions", () => {
  it("no plan: make it with the LIS, due at the first plan's deadline, overdue after it", () => {
    expect(actionsFor([], d("2026-01-26T12:00:00Z"))).toEqual([expect.objectContaining({ kind: "LAG_PLAN", days: 7, dueText: "om 7 dager", where: "PLAN" })]);
    expect(actionsFor([], d("2026-02-04T12:00:00Z"))[0]).toMatchObject({ kind: "LAG_PLAN", days: -2, dueText: "2 dager over fristen" });
  });

  it("the LIS has signed: the leader signs", () => {
    const draft: PlanProgressVersion = { status: "UTKAST", createdAt: created, approvedAt: null, expiresAt: null, signatures: [lisSigned] };
    expect(actionsFor([draft], d("2026-01-26T12:00:00Z")).map((a) => a.kind)).toEqual(["SIGNER_PLAN"]);
  });

  it("the LIS has not signed a draft yet, or the coordinator is to approve: nothing for the leader", () => {
    const draft: PlanProgressVersion = { status: "UTKAST", createdAt: created, approvedAt: null, expiresAt: null, signatures: [] };
    expect(actionsFor([draft], d("2026-01-26T12:00:00Z"))).toEqual([]);
    expect(actionsFor([{ ...draft, status: "TIL_GODKJENNING", signatures: [lisSigned, { role: "LEDER", signedAt: created }] }], d("2026-01-26T12:00:00Z"))).toEqual([]);
  });

  it("a valid approval: nothing; expiring soon or expired without a revision: revise", () => {
    expect(actionsFor([approved], d("2026-06-01T00:00:00Z"))).toEqual([]);
    expect(actionsFor([approved], d("2027-01-10T00:00:00Z"))[0]).toMatchObject({ kind: "REVIDER_PLAN" });
    expect(actionsFor([approved], d("2027-02-10T00:00:00Z"))[0]).toMatchObject({ kind: "REVIDER_PLAN" });
    expect(actionsFor([approved], d("2027-02-10T00:00:00Z"))[0]!.days).toBeLessThan(0);
  });

  it("an intake form waiting for approval is an action without a deadline, saying how long it has waited", () => {
    const actions = actionsFor([approved], d("2026-06-11T08:00:00Z"), [{ partner: "Helse Bergen HF", filledAt: d("2026-06-06T08:00:00Z") }]);
    expect(actions).toEqual([expect.objectContaining({ kind: "GODKJENN_SKJEMA", days: null, dueText: "venter i 5 dager", where: "SKJEMA" })]);
    expect(actions[0]!.text).toContain("Helse Bergen HF");
  });

  it("orders deadlines first, overdue before soon, then waiting items oldest first", () => {
    const mk = (days: number | null) => ({ kind: "LAG_PLAN" as const, text: "", deadline: null, days, dueText: "", where: "PLAN" as const });
    const items = [
      { action: mk(null), since: d("2026-06-05T00:00:00Z") },
      { action: mk(5), since: null },
      { action: mk(null), since: d("2026-06-01T00:00:00Z") },
      { action: mk(-3), since: null },
    ];
    expect(items.sort(compareLeaderActions).map((i) => i.action.days ?? i.since!.toISOString().slice(0, 10))).toEqual([-3, 5, "2026-06-01", "2026-06-05"]);
  });
});
