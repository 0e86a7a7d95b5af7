import { describe, expect, it } from "vitest";
import { can, scopeFor } from "./capabilities";
import { roleForPath } from "./roles";

describe("capability table", () => {
  it.each([
    [["LIS"], "plan:approve", false],
    [["LEDER"], "plan:approve", false],
    [["LOKAL_KOORDINATOR"], "plan:approve", true],
    [["LIS"], "vacancy:manage", false],
    [["LEDER"], "vacancy:manage", true],
    [["LIS"], "offer:respond", true],
    [["LEDER"], "offer:respond", false],
    [["LOKAL_KOORDINATOR"], "conflict:resolve", false],
    [["REGIONAL_KOORDINATOR"], "conflict:resolve", true],
    [["LIS", "LEDER"], "vacancy:manage", true],
    [[], "role:switch", false],
  ] as const)("%j may %s: %s", (roles, capability, expected) => {
    expect(can(roles, capability)).toBe(expected);
  });

  it("scopes each grant", () => {
    expect(scopeFor("LIS", "plan:read")).toBe("own");
    expect(scopeFor("LEDER", "plan:read")).toBe("department");
    expect(scopeFor("LOKAL_KOORDINATOR", "fe:read")).toBe("trust");
    expect(scopeFor("REGIONAL_KOORDINATOR", "fe:read")).toBe("region");
    expect(scopeFor("REGIONAL_KOORDINATOR", "plan:approve")).toBeNull();
  });
});

describe("roleForPath", () => {
  it.each([
    ["/lis", "LIS"],
    ["/lis/plan", "LIS"],
    ["/lisx", null],
    ["/koordinator/fe", "LOKAL_KOORDINATOR"],
    ["/regional", "REGIONAL_KOORDINATOR"],
    ["/", null],
  ] as const)("%s → %s", (path, role) => {
    expect(roleForPath(path)).toBe(role);
  });
});
