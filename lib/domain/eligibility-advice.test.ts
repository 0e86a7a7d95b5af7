import { describe, expect, it } from "vitest";
import { ELIGIBILITY_ADVICE } from "./eligibility-advice";
import { INELIGIBILITY_CODES } from "./eligibility";

describe("eligibility advice", () => {
  it("tells the LIS what to do for every reason they can be refused, in Norwegian sentences", () => {
    for (const code of INELIGIBILITY_CODES) {
      const advice = ELIGIBILITY_ADVICE[code];
      expect(advice.todo, code).toMatch(/^[A-ZÆØÅ].*\.$/);
    }
    expect(Object.keys(ELIGIBILITY_ADVICE).sort()).toEqual([...INELIGIBILITY_CODES].sort());
  });

  it("sends plan problems to the plan and the leader, registry problems to the local coordinator", () => {
    expect(ELIGIBILITY_ADVICE.PLAN_IKKE_GYLDIG).toMatchObject({ ask: "LEDER", planLink: true });
    expect(ELIGIBILITY_ADVICE.IKKE_REGISTRERT_I_FE).toMatchObject({ ask: "LOKAL_KOORDINATOR", planLink: false });
  });
});
