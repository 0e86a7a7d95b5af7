import "server-only";
import { readFileSync } from "node:fs";
import { HELSEID_DEFAULT_SCOPES, parseMinSecurityLevel } from "@/lib/domain/helseid-claims";

/**
 * Single sign-on is configured by environment only (README "Innlogging med HelseID"):
 * HELSEID_ISSUER, HELSEID_CLIENT_ID, HELSEID_PRIVATE_KEY (a private JWK as JSON) or
 * HELSEID_PRIVATE_KEY_FILE (a JWK JSON or PKCS#8 PEM file), HELSEID_SCOPES, HELSEID_MIN_SECURITY_LEVEL,
 * HELSEID_NAME, LOGIN_PROVIDERS (comma list of "helseid", "credentials") and CREDENTIALS_LOGIN=0.
 */
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
  const privateKey = env.HELSEID_PRIVATE_KEY?.trim() || (env.HELSEID_PRIVATE_KEY_FILE ? readFileSync(env.HELSEID_PRIVATE_KEY_FILE, "utf8").trim() : "");
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

/** LOGIN_PROVIDERS limits which providers the login page shows; unset means every configured one. */
function providerShown(id: "helseid" | "credentials", env: NodeJS.ProcessEnv): boolean {
  const list = env.LOGIN_PROVIDERS?.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return !list || list.length === 0 || list.includes(id);
}

/** Password login: on unless CREDENTIALS_LOGIN=0 (production with SSO) or LOGIN_PROVIDERS leaves it out. */
export function credentialsLoginEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CREDENTIALS_LOGIN !== "0" && providerShown("credentials", env);
}
