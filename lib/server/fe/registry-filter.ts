import type { RegistryFilter } from "./list-fe-registry";

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const pick = <T extends string>(v: string | undefined, allowed: readonly T[]): T | undefined => (allowed.includes(v as T) ? (v as T) : undefined);

/** Query string → registry filter; unknown values are ignored. */
export function parseRegistryFilter(params: Params | URLSearchParams): RegistryFilter {
  const get = (k: string) => (params instanceof URLSearchParams ? (params.get(k) ?? undefined) : one(params[k]));
  return {
    q: get("q")?.slice(0, 100),
    specialtyId: get("specialtyId"),
    organisationId: get("organisationId"),
    type: pick(get("type"), ["FAST", "VIKARIAT"] as const),
    eligible: pick(get("eligible"), ["ja", "nei"] as const),
    plan: pick(get("plan"), ["gyldig", "utloper", "utlopt", "mangler"] as const),
    sort: pick(get("sort"), ["navn", "ansiennitet", "spesialitet", "foretak"] as const),
    dir: pick(get("dir"), ["asc", "desc"] as const),
  };
}

export function filterQueryString(filter: RegistryFilter): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}
