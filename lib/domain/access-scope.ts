import { CAPABILITIES, type Capability, type ScopeLevel } from "./capabilities";
import { ROLE_PRIORITY, type Role } from "./roles";

/** One of a person's role assignments, as the capability table sees it. */
export type GrantLike = {
  id: string;
  role: Role;
  organisationId: string | null;
  departmentId: string | null;
  regionId: string | null;
};

/** What one role's grants cover for one capability: the ids at that role's scope level. */
export type RoleScope = {
  role: Role;
  level: ScopeLevel;
  grantIds: string[];
  departmentIds: string[];
  organisationIds: string[];
  regionIds: string[];
};

/**
 * Who may do what, resolved once per request (issue 8 §1): the capability, the person, and every role
 * of theirs whose grant authorises the capability, the preferred one first. Services take their
 * `where` from the entity builders in `lib/server/scope/`, which read only this; an object outside it
 * is "not found" by construction.
 */
export type AccessScope = {
  capability: Capability;
  personId: string;
  /** Never empty. The first is the preferred role: the one a page is in, or the session's active role. */
  roles: readonly RoleScope[];
  /** All of the person's grants, so a service can say what else the person may do (`can` flags). */
  grants: readonly GrantLike[];
};

const unique = (values: (string | null)[]): string[] => [...new Set(values.filter((v): v is string => Boolean(v)))];

function roleScope(role: Role, level: ScopeLevel, grants: readonly GrantLike[]): RoleScope {
  const own = grants.filter((g) => g.role === role);
  return {
    role,
    level,
    grantIds: own.map((g) => g.id),
    departmentIds: unique(own.map((g) => g.departmentId)),
    organisationIds: unique(own.map((g) => g.organisationId)),
    regionIds: unique(own.map((g) => g.regionId)),
  };
}

/**
 * The roles (with their ids) through which the person holds the capability, or null if none does.
 * `only` restricts to one role (a page in that role's area); `preferred` only orders them.
 */
export function resolveScope(input: {
  personId: string;
  grants: readonly GrantLike[];
  capability: Capability;
  preferred?: Role | null;
  only?: Role | null;
}): AccessScope | null {
  const entry: Partial<Record<Role, ScopeLevel>> = CAPABILITIES[input.capability];
  const held = [...new Set(input.grants.map((g) => g.role))].filter((role) => entry[role] !== undefined && (!input.only || role === input.only));
  if (held.length === 0) return null;
  const rank = (role: Role) => (role === input.preferred ? -1 : ROLE_PRIORITY.indexOf(role));
  held.sort((a, b) => rank(a) - rank(b));
  return {
    capability: input.capability,
    personId: input.personId,
    roles: held.map((role) => roleScope(role, entry[role] as ScopeLevel, input.grants)),
    grants: input.grants,
  };
}

/** The same person and grants, for another capability (e.g. to compute a `can` flag). */
export function rescope(scope: AccessScope, capability: Capability, only?: Role | null): AccessScope | null {
  return resolveScope({ personId: scope.personId, grants: scope.grants, capability, preferred: scope.roles[0]?.role, only });
}

/**
 * Where an object sits, in the terms scope levels speak: whose it is, which department(s), trust(s)
 * and region(s) it belongs to. Several values mean "any of these" (a fagavtale has two trusts).
 */
export type ObjectFacts = {
  personId?: string | readonly string[] | null;
  departmentId?: string | readonly string[] | null;
  organisationId?: string | readonly string[] | null;
  regionId?: string | readonly string[] | null;
};

const list = (value: string | readonly string[] | null | undefined): readonly string[] => (value == null ? [] : typeof value === "string" ? [value] : value);

/** True if this role's grants reach an object with these facts. */
export function roleCovers(roleScope: RoleScope, personId: string, facts: ObjectFacts): boolean {
  switch (roleScope.level) {
    case "own":
      return list(facts.personId).includes(personId);
    case "department":
      return list(facts.departmentId).some((id) => roleScope.departmentIds.includes(id));
    case "trust":
      return list(facts.organisationId).some((id) => roleScope.organisationIds.includes(id));
    case "region":
      return list(facts.regionId).some((id) => roleScope.regionIds.includes(id));
  }
}

/** The role whose grant authorises acting on this object (preferred role first), or null. */
export function coveringRole(scope: AccessScope, facts: ObjectFacts): Role | null {
  return scope.roles.find((r) => roleCovers(r, scope.personId, facts))?.role ?? null;
}

/** `can` flags for the UI, from the same table: may the person do `capability` on this object? */
export function canOn(scope: AccessScope, capability: Capability, facts: ObjectFacts): boolean {
  const other = capability === scope.capability ? scope : rescope(scope, capability);
  return other ? coveringRole(other, facts) !== null : false;
}

/** Ids of one kind across the scope's roles (for simple filters). */
export function scopeIds(scope: AccessScope, kind: "departmentIds" | "organisationIds" | "regionIds", role?: Role): string[] {
  return unique(scope.roles.filter((r) => !role || r.role === role).flatMap((r) => r[kind]));
}

export function hasScopeRole(scope: AccessScope, role: Role): boolean {
  return scope.roles.some((r) => r.role === role);
}
