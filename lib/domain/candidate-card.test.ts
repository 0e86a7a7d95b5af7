import { describe, expect, it } from "vitest";
import { candidateCardFacts } from "./candidate-card";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("candidateCardFacts", () => {
  it("says the plan and prerequisites are in order and how long the candidate has waited by the vacancy's start", () => {
    expect(candidateCardFacts({ feRegisteredOn: d("2026-11-04"), queueDate: null }, d("2027-10-01"))).toEqual([
      "Gjennomføringsplanen er godkjent og gyldig",
      "forkunnskapskravene i fagavtalen er oppfylt",
      "i fiktiv enhet fra 04.11.2026 (10 måneder ved stillingens start)",
    ]);
  });
  it("names a receiving trust's queue date and counts one month in the singular", () => {
    expect(candidateCardFacts({ feRegisteredOn: d("2027-01-15"), queueDate: d("2027-02-01") }, d("2027-02-15")).slice(2)).toEqual([
      "i fiktiv enhet fra 15.01.2027 (1 måned ved stillingens start)",
      "i mottakende foretaks kø fra 01.02.2027",
    ]);
  });
});
