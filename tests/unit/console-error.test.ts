import { describe, expect, it } from "vitest";
import { allowConsoleError } from "../helpers/console";

describe("console.error during a test", () => {
  it.fails("fails the test that logged it", () => {
    console.error("a bug logged by the code under test");
  });

  it("is allowed, and recorded, after allowConsoleError()", () => {
    const logged = allowConsoleError();
    console.error("expected by this test");
    expect(logged.calls()).toEqual([["expected by this test"]]);
  });
});
