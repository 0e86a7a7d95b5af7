import { describe, expect, it } from "vitest";
import { canOn, coveringRole, rescope, resolveScope, type GrantLike } from "./access-scope";

const siri: GrantLike[] = [
  { id: "g-reg", role: "REGIONAL_KOORDINATOR", organisationId: null, departmentId: null, regionId: "hn" },
  { id: "g-lok", role: "LOKAL_KOORDINATOR", organisationId: "unn", departmentId: null, regionId: null },
];
const leader: GrantLike[] = [
  { id: "g-l1", role: "LEDER", organisationId: "unn", departmentId: "gastro", regionId: null },
  { id: "g-l2", role: "LEDER", organisationId: "unn", departmentId: "plastikk", regionId: null },
];

describe("resolveScope", () => {
  it("gives only roles that hold the capability: forwarding an intake form is local, whatever role is active", () => {
    const scope = resolveScope({ personId: "siri", grants: siri, capability: "intake:forward", preferred: "REGIONAL_KOORDINATOR" });
    expect(scope?.roles.map((r) => r.role)).toEqual(["LOKAL_KOORDINATOR"]);
    expect(scope?.roles[0]).toMatchObject({ level: "trust", organisationIds: ["unn"], regionIds: [] });
  });

  it("puts the preferred role first when several hold the capability, else the role priority", () => {
    expect(resolveScope({ personId: "siri", grants: siri, capability: "fe:read", preferred: "REGIONAL_KOORDINATOR" })?.roles.map((r) => r.role)).toEqual([
      "REGIONAL_KOORDINATOR",
      "LOKAL_KOORDINATOR",
    ]);
    expect(resolveScope({ personId: "siri", grants: siri, capability: "fe:read" })?.roles.map((r) => r.role)).toEqual(["LOKAL_KOORDINATOR", "REGIONAL_KOORDINATOR"]);
  });

  it("restricts to one role for a page in that role's area, and is null when that role lacks the capability", () => {
    expect(resolveScope({ personId: "siri", grants: siri, capability: "fe:read", only: "REGIONAL_KOORDINATOR" })?.roles.map((r) => r.role)).toEqual(["REGIONAL_KOORDINATOR"]);
    expect(resolveScope({ personId: "siri", grants: siri, capability: "fe:register", only: "REGIONAL_KOORDINATOR" })).toBeNull();
    expect(resolveScope({ personId: "x", grants: [], capability: "role:switch" })).toBeNull();
  });

  it("unions the ids of all grants of the role", () => {
    const scope = resolveScope({ personId: "l", grants: leader, capability: "vacancy:manage" });
    expect(scope?.roles[0]).toMatchObject({ role: "LEDER", level: "department", departmentIds: ["gastro", "plastikk"], organisationIds: ["unn"], grantIds: ["g-l1", "g-l2"] });
  });
});

describe("coveringRole and canOn", () => {
  const scope = resolveScope({ personId: "siri", grants: siri, capability: "fagavtale:manage", preferred: "LOKAL_KOORDINATOR" })!;

  it.each([
    [{ organisationId: "unn", regionId: "hn" }, "LOKAL_KOORDINATOR"],
    [{ organisationId: "finnmark", regionId: "hn" }, "REGIONAL_KOORDINATOR"],
    [{ organisationId: ["ous", "unn"], regionId: ["hso", "hn"] }, "LOKAL_KOORDINATOR"],
    [{ organisationId: "ous", regionId: "hso" }, null],
    [{}, null],
  ] as const)("an object at %j is covered by %s", (facts, role) => {
    expect(coveringRole(scope, facts)).toBe(role);
  });

  it("answers other capabilities from the same table", () => {
    expect(canOn(scope, "conflict:resolve", { regionId: "hn" })).toBe(true);
    expect(canOn(scope, "conflict:resolve", { regionId: "hso" })).toBe(false);
    expect(canOn(scope, "vacancy:manage", { departmentId: "gastro" })).toBe(false);
    expect(rescope(scope, "plan:approve")?.roles.map((r) => r.role)).toEqual(["LOKAL_KOORDINATOR"]);
  });

  it("own scope covers only the person's own objects", () => {
    const lis = resolveScope({ personId: "p1", grants: [{ id: "g", role: "LIS", organisationId: "unn", departmentId: null, regionId: null }], capability: "offer:respond" })!;
    expect(coveringRole(lis, { personId: "p1" })).toBe("LIS");
    expect(coveringRole(lis, { personId: "p2", organisationId: "unn" })).toBeNull();
  });
});
