import type { Role } from "./roles";

export type NavItem = { href: string; label: string };

/** Each role area's menu. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  LIS: [{ href: "/lis", label: "Min side" }],
  LEDER: [{ href: "/leder", label: "Oversikt" }],
  LOKAL_KOORDINATOR: [{ href: "/koordinator", label: "Oversikt" }],
  REGIONAL_KOORDINATOR: [{ href: "/regional", label: "Oversikt" }],
};
