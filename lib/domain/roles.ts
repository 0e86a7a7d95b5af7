/** The four roles of DOMAIN.md "Who uses it". Mirrors the Prisma enum `Role`. */
export const ROLES = ["LIS", "LEDER", "LOKAL_KOORDINATOR", "REGIONAL_KOORDINATOR"] as const;
export type Role = (typeof ROLES)[number];

/** The roles' labels live with the other labels. */
export { ROLE_LABEL } from "./labels";

/** Each role's start page after login. */
export const ROLE_START_PATH: Record<Role, string> = {
  LIS: "/lis",
  LEDER: "/leder",
  LOKAL_KOORDINATOR: "/koordinator",
  REGIONAL_KOORDINATOR: "/regional",
};

/** Which role a default landing prefers when a person holds several. */
export const ROLE_PRIORITY: readonly Role[] = ["LOKAL_KOORDINATOR", "REGIONAL_KOORDINATOR", "LEDER", "LIS"];

export function roleForPath(pathname: string): Role | null {
  const match = ROLES.find((role) => pathname === ROLE_START_PATH[role] || pathname.startsWith(`${ROLE_START_PATH[role]}/`));
  return match ?? null;
}

/**
 * The grant a role area is shown and used in: the session's active role if it is of this area,
 * else the person's first grant of it. The header and the role switcher both show this one, so two
 * tabs of one person in different areas each show the area they are in.
 */
export function grantForArea<G extends { id: string; role: Role }>(roles: readonly G[], active: G, area: Role): G | null {
  if (active.role === area) return active;
  return roles.find((r) => r.role === area) ?? null;
}
