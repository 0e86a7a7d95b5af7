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
