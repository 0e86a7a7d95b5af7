/**
 * HelseID's claims (docs/decisions/0014). The ID token carries no e-mail: a person is identified by
 * the HPR number, and the security level says how strongly they authenticated (3 or 4).
 */
export const HELSEID_CLAIM = {
  pid: "helseid://claims/identity/pid",
  hprNumber: "helseid://claims/hpr/hpr_number",
  securityLevel: "helseid://claims/identity/security_level",
} as const;

export const HELSEID_DEFAULT_SCOPES = [
  "openid",
  "profile",
  "helseid://scopes/identity/pid",
  "helseid://scopes/identity/security_level",
  "helseid://scopes/hpr/hpr_number",
] as const;

export const DEFAULT_MIN_SECURITY_LEVEL = 3;

export type HelseIdVerdict =
  | { ok: true; hprNumber: string }
  | { ok: false; reason: "sikkerhetsniva"; level: number | null }
  | { ok: false; reason: "mangler-hpr" };

const HPR = /^\d{1,9}$/;

/** Decides from validated ID-token claims whether the person may proceed to the HPR match. */
export function evaluateHelseIdClaims(claims: Record<string, unknown>, minSecurityLevel: number): HelseIdVerdict {
  const raw = claims[HELSEID_CLAIM.securityLevel];
  const level = typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : null;
  if (level === null || level < minSecurityLevel) return { ok: false, reason: "sikkerhetsniva", level };
  const hpr = claims[HELSEID_CLAIM.hprNumber];
  const hprText = typeof hpr === "number" ? String(hpr) : typeof hpr === "string" ? hpr.trim() : "";
  if (!HPR.test(hprText)) return { ok: false, reason: "mangler-hpr" };
  return { ok: true, hprNumber: hprText };
}

/** MIN security level from the environment's text; never below 3 unless explicitly configured lower. */
export function parseMinSecurityLevel(value: string | undefined): number {
  if (!value || !/^\d+$/.test(value.trim())) return DEFAULT_MIN_SECURITY_LEVEL;
  return Number(value.trim());
}
