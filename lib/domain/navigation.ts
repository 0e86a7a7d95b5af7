import type { Role } from "./roles";

export type NavItem = { href: string; label: string };

/** Each role area's menu. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  LIS: [
    { href: "/lis", label: "Min side" },
    { href: "/lis/plan", label: "Gjennomføringsplan" },
  ],
  LEDER: [
    { href: "/leder", label: "Oversikt" },
    { href: "/leder/planer", label: "Gjennomføringsplaner" },
  ],
  LOKAL_KOORDINATOR: [
    { href: "/koordinator", label: "Oversikt" },
    { href: "/koordinator/planer", label: "Gjennomføringsplaner" },
  ],
  REGIONAL_KOORDINATOR: [{ href: "/regional", label: "Oversikt" }],
};
