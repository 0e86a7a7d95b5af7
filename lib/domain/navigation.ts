import type { Role } from "./roles";

export type NavItem = { href: string; label: string };

/** Each role area's menu. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  LIS: [
    { href: "/lis", label: "Min side" },
    { href: "/lis/plan", label: "Gjennomføringsplan" },
    { href: "/lis/ko", label: "Min plass i køen" },
    { href: "/lis/tilbud", label: "Tilbud" },
  ],
  LEDER: [
    { href: "/leder", label: "Oversikt" },
    { href: "/leder/planer", label: "Gjennomføringsplaner" },
    { href: "/leder/stillinger", label: "Gjennomstrømningsstillinger" },
    { href: "/leder/fagavtaler", label: "Fagavtaler" },
    { href: "/leder/innmeldingsskjema", label: "Innmeldingsskjema" },
  ],
  LOKAL_KOORDINATOR: [
    { href: "/koordinator", label: "Oversikt" },
    { href: "/koordinator/planer", label: "Gjennomføringsplaner" },
    { href: "/koordinator/fiktiv-enhet", label: "Fiktiv enhet" },
    { href: "/koordinator/tildelinger", label: "Tildelinger" },
    { href: "/koordinator/konflikter", label: "Samtidskonflikter" },
    { href: "/koordinator/fagavtaler", label: "Fagavtaler" },
    { href: "/koordinator/innmeldingsskjema", label: "Innmeldingsskjema" },
    { href: "/koordinator/styringsinformasjon", label: "Styringsinformasjon" },
    { href: "/koordinator/personer", label: "Personer og innlogging" },
  ],
  REGIONAL_KOORDINATOR: [
    { href: "/regional", label: "Oversikt" },
    { href: "/regional/fiktiv-enhet", label: "Fiktive enheter" },
    { href: "/regional/tildelinger", label: "Tildelinger" },
    { href: "/regional/konflikter", label: "Samtidskonflikter" },
    { href: "/regional/fagavtaler", label: "Fagavtaler" },
    { href: "/regional/styringsinformasjon", label: "Styringsinformasjon" },
    { href: "/regional/personer", label: "Personer og innlogging" },
  ],
};

/**
 * The menu item that names the page at `pathname`: the item whose href is the longest prefix of the
 * path (so "/lis/plan/utskrift" marks "Gjennomføringsplan", not "Min side"). Undefined when none fits.
 */
export function currentNavHref(items: readonly NavItem[], pathname: string): string | undefined {
  const path = pathname.replace(/\/+$/, "") || "/";
  let best: string | undefined;
  for (const item of items) {
    if (path === item.href || path.startsWith(`${item.href}/`)) {
      if (!best || item.href.length > best.length) best = item.href;
    }
  }
  return best;
}
