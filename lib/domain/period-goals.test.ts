import { describe, expect, it } from "vitest";
import { GOAL_NOT_COVERED, GOALS_NOT_STARTED, goalProgressText, planGoalMarks } from "./period-goals";

describe("planGoalMarks", () => {
  const base = { status: "PAGAR", coveredGoalIds: ["g1", "g2", "g3"], markedGoalIds: ["g1"], reachedGoalIds: ["g1", "g3"] };
  it("adds the newly ticked and removes the unticked", () => {
    expect(planGoalMarks(base)).toEqual({ ok: true, add: ["g3"], remove: [] });
    expect(planGoalMarks({ ...base, reachedGoalIds: ["g2"] })).toEqual({ ok: true, add: ["g2"], remove: ["g1"] });
    expect(planGoalMarks({ ...base, reachedGoalIds: [] })).toEqual({ ok: true, add: [], remove: ["g1"] });
  });
  it("allows marking after the period is completed", () => {
    expect(planGoalMarks({ ...base, status: "GJENNOMFORT" }).ok).toBe(true);
  });
  it.each(["AVTALT", "I_KO", "AVBRUTT"])("refuses a period that is %s", (status) => {
    expect(planGoalMarks({ ...base, status })).toEqual({ ok: false, code: "CONFLICT", message: GOALS_NOT_STARTED });
  });
  it("refuses a goal the fagavtale does not cover", () => {
    expect(planGoalMarks({ ...base, reachedGoalIds: ["g1", "x9"] })).toEqual({ ok: false, code: "RULE", message: GOAL_NOT_COVERED });
  });
  it("writes progress in words", () => {
    expect(goalProgressText(2, 5)).toBe("2 av 5 læringsmål nådd");
  });
});
