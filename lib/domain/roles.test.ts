import { describe, expect, it } from "vitest";
import { grantForArea, type Role } from "./roles";

const grant = (id: string, role: Role) => ({ id, role });
const siri = [grant("regional-nord", "REGIONAL_KOORDINATOR"), grant("lokal-unn", "LOKAL_KOORDINATOR")];

describe("grantForArea", () => {
  it.each([
    ["active lokal, in /koordinator", siri[1]!, "LOKAL_KOORDINATOR", "lokal-unn"],
    ["active lokal, in /regional", siri[1]!, "REGIONAL_KOORDINATOR", "regional-nord"],
    ["active regional, in /koordinator", siri[0]!, "LOKAL_KOORDINATOR", "lokal-unn"],
    ["active regional, in /regional", siri[0]!, "REGIONAL_KOORDINATOR", "regional-nord"],
  ] as const)("%s → %s", (_label, active, area, expected) => {
    expect(grantForArea(siri, active, area)?.id).toBe(expected);
  });

  it("prefers the active grant among several of the same role", () => {
    const leder = [grant("anestesi", "LEDER"), grant("kirurgi", "LEDER")];
    expect(grantForArea(leder, leder[1]!, "LEDER")?.id).toBe("kirurgi");
    expect(grantForArea(leder, grant("lis", "LIS"), "LEDER")?.id).toBe("anestesi");
  });

  it("is null for an area the person has no grant in", () => {
    expect(grantForArea(siri, siri[0]!, "LIS")).toBeNull();
  });
});
