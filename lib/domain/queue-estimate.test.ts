import { describe, expect, it } from "vitest";
import { estimatePlacementTerm } from "./queue-estimate";

const terms = [
  { term: "2027-V", free: 1 },
  { term: "2027-H", free: 0 },
  { term: "2028-V", free: 2 },
];

describe("estimatePlacementTerm", () => {
  it.each([
    [0, "2027-V"],
    [1, "2028-V"], // the one ahead takes spring 2027; autumn has no place
    [2, "2028-V"],
    [3, null], // beyond the horizon
  ])("with %i ahead → %s", (ahead, expected) => {
    expect(estimatePlacementTerm({ terms, ahead })).toBe(expected);
  });

  it("treats negative free places (overbooked by old data) as none", () => {
    expect(estimatePlacementTerm({ terms: [{ term: "2027", free: -1 }, { term: "2028", free: 1 }], ahead: 0 })).toBe("2028");
  });
});
