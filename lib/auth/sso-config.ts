import "server-only";
import { readFileSync } from "node:fs";
import { HELSEID_DEFAULT_SCOPES, parseMinSecurityLevel } from "@/lib/domain/helseid-claims";
import { ENTRA_DEFAULT_SCOPES, tenantOfIssuer } from "@/lib/domain/entra-claims";
import type { ClientCredentials } from "@/lib/auth/oidc-login";

/**
 * Single sign-on is configured by environment only (README "Innlogging med HelseID"):
 * HELSEID_ISSUER, HELSEID_CLIENT_ID, HELSEID_PRIVATE_KEY (a private JWK as JSON) or
 * HELSEID_PRIVATE_KEY_FILE (a JWK JSON or PKCS#8 PEM file), HELSEID_SCOPES, HELSEID_MIN_SECURITY_LEVEL,
 * HELSEID_NAME; ENTRA_ISSUER, ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET or ENTRA_PRIVATE_KEY(_FILE) with
 * ENTRA_KEY_ID / ENTRA_CERT_THUMBPRINT, ENTRA_SCOPES, ENTRA_NAME (decision 0021); LOGIN_PROVIDERS (comma
 * list of "helseid", "entra", "credentials") and CREDENTIALS_LOGIN=0.
 */
const fileOrValue = (value: string | undefined, file: string | undefined) => value?.trim() || (file ? readFileSync(file, "utf8").trim() : "");

export type HelseIdConfig = {
  issuer: string;
  clientId: string;
  /** A private JWK (JSON) or a PKCS#8 PEM text. */
  privateKey: string;
  keyId: string | undefined;
  scopes: string;
  minSecurityLevel: number;
  name: string;
};

export function helseIdConfig(env: NodeJS.ProcessEnv = process.env): HelseIdConfig | null {
  const issuer = env.HELSEID_ISSUER?.trim();
  const clientId = env.HELSEID_CLIENT_ID?.trim();
  const privateKey = fileOrValue(env.HELSEID_PRIVATE_KEY, env.HELSEID_PRIVATE_KEY_FILE);
  if (!issuer || !clientId || !privateKey) return null;
  if (!providerShown("helseid", env)) return null;
  return {
    issuer,
    clientId,
    privateKey,
    keyId: env.HELSEID_KEY_ID?.trim() || undefined,
    scopes: env.HELSEID_SCOPES?.trim() || HELSEID_DEFAULT_SCOPES.join(" "),
    minSecurityLevel: parseMinSecurityLevel(env.HELSEID_MIN_SECURITY_LEVEL),
    name: env.HELSEID_NAME?.trim() || "HelseID",
  };
}

export type EntraConfig = {
  issuer: string;
  clientId: string;
  credentials: ClientCredentials;
  /** The tenant id in the issuer; the ID token's `tid` must equal it. Null for a local test issuer. */
  tenantId: string | null;
  scopes: string;
  name: string;
};

/** Entra ID for trusts that use it: a private key (certificate credential) is preferred over a client secret. */
export function entraConfig(env: NodeJS.ProcessEnv = process.env): EntraConfig | null {
  const issuer = env.ENTRA_ISSUER?.trim();
  const clientId = env.ENTRA_CLIENT_ID?.trim();
  const privateKey = fileOrValue(env.ENTRA_PRIVATE_KEY, env.ENTRA_PRIVATE_KEY_FILE);
  const secret = env.ENTRA_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || (!privateKey && !secret)) return null;
  if (!providerShown("entra", env)) return null;
  const credentials: ClientCredentials = privateKey
    ? { kind: "private_key_jwt", privateKey, keyId: env.ENTRA_KEY_ID?.trim() || undefined, x5tS256: env.ENTRA_CERT_THUMBPRINT?.trim() || undefined }
    : { kind: "client_secret", secret: secret! };
  return {
    issuer,
    clientId,
    credentials,
    tenantId: tenantOfIssuer(issuer),
    scopes: env.ENTRA_SCOPES?.trim() || ENTRA_DEFAULT_SCOPES.join(" "),
    name: env.ENTRA_NAME?.trim() || "Entra ID",
  };
}

/** LOGIN_PROVIDERS limits which providers the login page shows; unset means every configured one. */
function providerShown(id: "helseid" | "entra" | "credentials", env: NodeJS.ProcessEnv): boolean {
  const list = env.LOGIN_PROVIDERS?.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return !list || list.length === 0 || list.includes(id);
}

/** Password login: on unless CREDENTIALS_LOGIN=0 (production with SSO) or LOGIN_PROVIDERS leaves it out. */
export function credentialsLoginEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CREDENTIALS_LOGIN !== "0" && providerShown("credentials", env);
}
