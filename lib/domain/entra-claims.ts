/**
 * Entra ID's claims (docs/decisions/0021). A person is identified by the directory object id (`oid`),
 * which is stable per user in a tenant. An e-mail address is used only to propose a one-time link that
 * a coordinator confirms, and only when Entra says it is verified: the `email` claim with
 * `xms_edov` = true (the "email domain owner verified" optional claim). `preferred_username` is not
 * used: it is a sign-in name the tenant or user can change and Entra does not vouch for it as an address.
 */
export const ENTRA_DEFAULT_SCOPES = ["openid", "profile", "email"] as const;

export type EntraVerdict =
  | { ok: true; objectId: string; tenantId: string | null; verifiedEmail: string | null; name: string | null }
  | { ok: false; reason: "mangler-oid" | "feil-tenant" };

/** An Entra object id is a GUID. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isEntraObjectId = (value: string): boolean => GUID.test(value);

/** The tenant id in an issuer like https://login.microsoftonline.com/<tenant>/v2.0, if it has one. */
export function tenantOfIssuer(issuer: string): string | null {
  const segment = issuer.match(/^https?:\/\/[^/]+\/([^/]+)\/v2\.0\/?$/)?.[1];
  return segment && GUID.test(segment) ? segment.toLowerCase() : null;
}

/**
 * Decides from validated ID-token claims who the person is claimed to be. `expectedTenant`: the tenant
 * of the configured issuer; a token with another `tid` is refused even if the issuer matched.
 */
export function evaluateEntraClaims(claims: Record<string, unknown>, expectedTenant: string | null): EntraVerdict {
  const tid = typeof claims.tid === "string" ? claims.tid.toLowerCase() : null;
  if (expectedTenant && tid !== expectedTenant) return { ok: false, reason: "feil-tenant" };
  const oid = typeof claims.oid === "string" ? claims.oid.trim().toLowerCase() : "";
  if (!GUID.test(oid)) return { ok: false, reason: "mangler-oid" };
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const verified = claims.xms_edov === true || claims.xms_edov === "true" || claims.xms_edov === "1" || claims.xms_edov === 1;
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 200) : null;
  return { ok: true, objectId: oid, tenantId: tid, verifiedEmail: verified && EMAIL.test(email) && email.length <= 254 ? email : null, name };
}
