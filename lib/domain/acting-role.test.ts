import { describe, expect, it } from "vitest";
import { resolveScope, type GrantLike } from "./access-scope";
import { actingRole, canAs } from "./acting-role";

// A leader of UNN's plastic surgery department who is also UNN's local coordinator, and a LIS.
const grants: GrantLike[] = [
  { id: "g-led", role: "LEDER", organisationId: "unn", departmentId: "plastikk", regionId: null },
  { id: "g-lok", role: "LOKAL_KOORDINATOR", organisationId: "unn", departmentId: null, regionId: null },
];
const plan = { personId: "sara", departmentId: "plastikk", organisationId: "unn" };

describe("actingRole", () => {
  it("looks only through the scope's roles: the leader area's scope cannot approve, the coordinator area's can", () => {
    const asLeader = resolveScope({ personId: "p", grants, capability: "plan:read", only: "LEDER" })!;
    const asCoordinator = resolveScope({ personId: "p", grants, capability: "plan:read", only: "LOKAL_KOORDINATOR" })!;
    expect(canAs(asLeader, "plan:approve", plan)).toBe(false);
    expect(actingRole(asLeader, "plan:sign", plan)).toBe("LEDER");
    expect(canAs(asCoordinator, "plan:approve", plan)).toBe(true);
    expect(actingRole(asCoordinator, "plan:sign", plan)).toBeNull();
  });

  it("follows the scope's order when several roles cover, and needs the object in the role's reach", () => {
    const both = resolveScope({ personId: "p", grants, capability: "plan:read", preferred: "LEDER" })!;
    expect(actingRole(both, "plan:read", plan)).toBe("LEDER");
    expect(actingRole(both, "plan:read", { ...plan, departmentId: "gastro" })).toBe("LOKAL_KOORDINATOR");
    expect(actingRole(both, "plan:read", { personId: "x", departmentId: "nevro", organisationId: "nlsh" })).toBeNull();
  });

  it("gives the LIS their own objects only", () => {
    const lis = resolveScope({ personId: "sara", grants: [{ id: "g", role: "LIS", organisationId: "unn", departmentId: null, regionId: null }], capability: "plan:read" })!;
    expect(actingRole(lis, "plan:sign", plan)).toBe("LIS");
    expect(canAs(lis, "plan:sign", { ...plan, personId: "lars" })).toBe(false);
    expect(canAs(lis, "intake:fill", { personId: "sara" })).toBe(true);
  });
});
