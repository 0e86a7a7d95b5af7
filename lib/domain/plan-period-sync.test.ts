import { describe, expect, it } from "vitest";
import { planPeriodSync, type ExistingPeriod, type PlannedPeriod } from "./plan-period-sync";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const plan = (id: string, fagavtaleId: string, start: string, end: string): PlannedPeriod => ({
  planPeriodId: id,
  fagavtaleId,
  partnerOrganisationId: `partner-${fagavtaleId}`,
  startDate: d(start),
  endDate: d(end),
});
const row = (id: string, fagavtaleId: string, status: string, start: string, months: number, planPeriodId: string | null = `old-${id}`): ExistingPeriod => ({
  id,
  fagavtaleId,
  receivingOrganisationId: `partner-${fagavtaleId}`,
  planPeriodId,
  status,
  desiredStart: d(start),
  durationMonths: months,
});

/** The steps in a short form: "action row-or-planned[ moved]". */
function run(planned: PlannedPeriod[], existing: ExistingPeriod[], previous: string[] = []): string[] {
  return planPeriodSync({ planned, existing, previousPlanPeriodIds: new Set(previous) }).map((s) => {
    switch (s.action) {
      case "create":
        return `create ${s.planned.planPeriodId} ${s.durationMonths}m`;
      case "update":
        return `update ${s.row.id}←${s.planned.planPeriodId}${s.moved ? " moved" : ""}`;
      case "report-moved":
        return `report-moved ${s.row.id}`;
      case "cancel":
        return `cancel ${s.row.id}`;
      case "report-removed":
        return `report-removed ${s.row.id}`;
    }
  });
}

const SIX = plan("p1", "unn", "2027-03-01", "2027-09-01");

describe("planPeriodSync: which spesialiseringsperioder follow an approved plan", () => {
  it.each([
    ["a new planned period becomes a need", [SIX], [], [], ["create p1 6m"]],
    ["an unchanged need is re-pointed at the new plan period, not reported", [SIX], [row("a", "unn", "BEHOV", "2027-03-01", 6)], [], ["update a←p1"]],
    ["a moved wish follows the plan and is reported", [SIX], [row("a", "unn", "ONSKE", "2027-01-01", 6)], [], ["update a←p1 moved"]],
    ["a changed duration counts as moved", [SIX], [row("a", "unn", "I_KO", "2027-03-01", 4)], [], ["update a←p1 moved"]],
    ["an offered period that moved is only reported", [SIX], [row("a", "unn", "TILBUDT", "2027-01-01", 6)], [], ["report-moved a"]],
    ["an agreed period that moved is only reported", [SIX], [row("a", "unn", "AVTALT", "2027-01-01", 6)], [], ["report-moved a"]],
    ["an agreed period that did not move: nothing", [SIX], [row("a", "unn", "AVTALT", "2027-03-01", 6)], [], []],
    ["a completed period is never changed or reported", [SIX], [row("a", "unn", "GJENNOMFORT", "2026-01-01", 6)], [], []],
    ["a need removed from the plan is cancelled", [], [row("a", "unn", "BEHOV", "2027-03-01", 6)], [], ["cancel a"]],
    ["a queued wish removed from the plan is cancelled", [], [row("a", "unn", "I_KO", "2027-03-01", 6)], [], ["cancel a"]],
    ["an ongoing period removed from the plan is only reported", [], [row("a", "unn", "PAGAR", "2027-03-01", 6)], [], ["report-removed a"]],
    ["a completed period removed from the plan: nothing", [], [row("a", "unn", "GJENNOMFORT", "2025-03-01", 6)], [], []],
    ["a period not from a plan is left alone", [], [row("a", "unn", "BEHOV", "2027-03-01", 6, null)], [], []],
    ["another fagavtale's row is not matched: one created, one cancelled", [SIX], [row("a", "bergen", "BEHOV", "2027-03-01", 6)], [], ["create p1 6m", "cancel a"]],
  ])("%s", (_name, planned, existing, previous, expected) => {
    expect(run(planned, existing, previous)).toEqual(expected);
  });

  it("prefers the row planned from the previous version over a closer desired start", () => {
    const existing = [row("close", "unn", "BEHOV", "2027-03-01", 6, "hand-p"), row("previous", "unn", "BEHOV", "2028-01-01", 6, "v1-p2")];
    expect(run([SIX], existing, ["v1-p2"])).toEqual(["update previous←p1 moved", "cancel close"]);
  });

  it("otherwise takes the closest desired start, and matches each row once", () => {
    const two = [plan("p1", "unn", "2027-03-01", "2027-09-01"), plan("p2", "unn", "2028-03-01", "2028-09-01")];
    const existing = [row("late", "unn", "BEHOV", "2028-02-01", 6), row("early", "unn", "BEHOV", "2027-02-01", 6)];
    expect(run(two, existing)).toEqual(["update early←p1 moved", "update late←p2 moved"]);
    expect(run(two, [row("only", "unn", "BEHOV", "2028-02-01", 6)])).toEqual(["update only←p1 moved", "create p2 6m"]);
  });
});
