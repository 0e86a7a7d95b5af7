import type { Role } from "./roles";

export type NavItem = { href: string; label: string };

/** Each role area's menu. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  LIS: [
    { href: "/lis", label: "Min side" },
    { href: "/lis/ko", label: "Min plass i køen" },
    { href: "/lis/tilbud", label: "Tilbud" },
  ],
  LEDER: [
    { href: "/leder", label: "Oversikt" },
    { href: "/leder/stillinger", label: "Gjennomstrømningsstillinger" },
  ],
  LOKAL_KOORDINATOR: [
    { href: "/koordinator", label: "Oversikt" },
    { href: "/koordinator/tildelinger", label: "Tildelinger" },
    { href: "/koordinator/konflikter", label: "Samtidskonflikter" },
  ],
  REGIONAL_KOORDINATOR: [
    { href: "/regional", label: "Oversikt" },
    { href: "/regional/tildelinger", label: "Tildelinger" },
    { href: "/regional/konflikter", label: "Samtidskonflikter" },
  ],
};
