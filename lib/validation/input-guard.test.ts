import { describe, expect, it } from "vitest";
import { INPUT_LIMITS, inputProblems } from "./input-guard";

describe("inputProblems", () => {
  it("passes ordinary input, æøå and emoji included", () => {
    expect(inputProblems({ reason: "Ønsker å bytte – Tromsø 😀", periods: [{ a: "1" }], n: 5 })).toBeNull();
    expect(inputProblems(null)).toBeNull();
  });

  it.each([
    [{ reason: "a\u0000b" }, "reason"],
    [{ reason: "\ud800" }, "reason"],
    [{ reason: "x\udc00y" }, "reason"],
    [{ periods: [{ note: "\u0000" }] }, "periods.0.note"],
    [{ big: "x".repeat(INPUT_LIMITS.maxStringLength + 1) }, "big"],
    [{ list: Array.from({ length: INPUT_LIMITS.maxArrayLength + 1 }, () => "x") }, "list"],
    [{ "a\u0000": "x" }, "_"],
  ])("refuses %#", (input, key) => {
    expect(Object.keys(inputProblems(input) ?? {})).toContain(key);
  });

  it("refuses deep nesting and an oversized whole", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 20; i++) deep = { deep };
    expect(inputProblems(deep)).not.toBeNull();
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}`, "x".repeat(150_000)]));
    expect(inputProblems(many)?._).toEqual(["Skjemaet er for stort."]);
  });
});
