import { coveringRole, rescope, type AccessScope, type ObjectFacts } from "./access-scope";
import type { Capability } from "./capabilities";
import type { Role } from "./roles";

/**
 * The role in which the scope's holder may do `capability` on an object, looking only through the
 * roles the scope already has, in its order. On a page the scope has exactly the area's role, so a
 * button shown in the leader area is the leader's (a leader who is also the trust's coordinator sees
 * "approve" in the coordinator area, not here). `canOn` looks through all of the person's roles.
 */
export function actingRole(scope: AccessScope, capability: Capability, facts: ObjectFacts): Role | null {
  for (const { role } of scope.roles) {
    const through = rescope(scope, capability, role);
    if (through && coveringRole(through, facts)) return role;
  }
  return null;
}

/** `can` flag for the UI: may the scope's holder, in the scope's roles, do `capability` on the object? */
export function canAs(scope: AccessScope, capability: Capability, facts: ObjectFacts): boolean {
  return actingRole(scope, capability, facts) !== null;
}
