import type { Role } from "./roles";

/**
 * The one capability table (HOUSE-STYLE 5): role → what it may do, and at which scope.
 * The action wrapper and `requirePageScope` resolve it into an `AccessScope` (lib/domain/access-scope.ts);
 * services take their `where` from the entity builders in lib/server/scope/, fed by that scope, and
 * their `can` flags for the UI from `canOn()`, so this table is the one place that says who may do what.
 */
export type ScopeLevel = "own" | "department" | "trust" | "region";

export const CAPABILITIES = {
  "role:switch": { LIS: "own", LEDER: "own", LOKAL_KOORDINATOR: "own", REGIONAL_KOORDINATOR: "own" },
  "session:manage": { LIS: "own", LEDER: "own", LOKAL_KOORDINATOR: "own", REGIONAL_KOORDINATOR: "own" },
  // Varsler (issue 10 §6): the person's own notifications, read and marked read by nobody else.
  "notification:read": { LIS: "own", LEDER: "own", LOKAL_KOORDINATOR: "own", REGIONAL_KOORDINATOR: "own" },
  "plan:read": { LIS: "own", LEDER: "department", LOKAL_KOORDINATOR: "trust" },
  "plan:edit": { LIS: "own", LEDER: "department" },
  "plan:sign": { LIS: "own", LEDER: "department" },
  "plan:approve": { LOKAL_KOORDINATOR: "trust" },
  // "Send påminnelse" (issue 10 §4): the local coordinator reminds the LIS and/or leader about a plan of their trust.
  "plan:remind": { LOKAL_KOORDINATOR: "trust" },
  "fe:read": { LIS: "own", LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "fe:register": { LOKAL_KOORDINATOR: "trust" },
  "fe:prioritise": { LOKAL_KOORDINATOR: "trust" },
  "wish:manage": { LIS: "own", LOKAL_KOORDINATOR: "trust" },
  // The intake form is the LIS's own statement (motivation, goals achieved), so only they fill it in;
  // wish:manage (which the local coordinator also holds) turns needs into wishes, it does not write the form.
  "intake:fill": { LIS: "own" },
  "intake:read": { LIS: "own", LEDER: "department", LOKAL_KOORDINATOR: "trust" },
  "intake:approve": { LEDER: "department" },
  "intake:forward": { LOKAL_KOORDINATOR: "trust" },
  // Min side: the person's own employments, fiktiv-enhet registrations and spesialiseringsperioder.
  "person:read": { LIS: "own" },
  // "Hvem har sett mine opplysninger" (issue 11 §9): the LIS's own access log; nobody reads another's.
  "access-log:read": { LIS: "own" },
  // Key figures per trust (the coordinators' start pages).
  "organisation:read": { LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "fagavtale:read": { LEDER: "department", LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "fagavtale:manage": { LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "vacancy:manage": { LEDER: "department" },
  "offer:respond": { LIS: "own" },
  // "Min plass i køen": the LIS's own position for each active wish (others see rankings through offer:read).
  "queue:read": { LIS: "own" },
  // Learning goals reached during a spesialiseringsperiode (issue 14 §7): the LIS and the receiving leader mark them.
  "period-goal:mark": { LIS: "own", LEDER: "department" },
  "offer:read": { LIS: "own", LEDER: "department", LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "conflict:read": { LEDER: "department", LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "conflict:resolve": { REGIONAL_KOORDINATOR: "region" },
  // A person's HPR number and Entra ID directory id, and confirming Entra link requests (issue 12 §5).
  "person-identity:manage": { LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  // Styringsinformasjon (issue 13): indicators of the own trust or region, and "Ta øyeblikksbilde".
  "indicator:read": { LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "indicator:snapshot": { LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
  "audit:read": { LOKAL_KOORDINATOR: "trust", REGIONAL_KOORDINATOR: "region" },
} as const satisfies Record<string, Partial<Record<Role, ScopeLevel>>>;

export type Capability = keyof typeof CAPABILITIES;

export function scopeFor(role: Role, capability: Capability): ScopeLevel | null {
  const entry: Partial<Record<Role, ScopeLevel>> = CAPABILITIES[capability];
  return entry[role] ?? null;
}

/** True if any of the given roles grants the capability. */
export function can(roles: readonly Role[], capability: Capability): boolean {
  return roles.some((role) => scopeFor(role, capability) !== null);
}
