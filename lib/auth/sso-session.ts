import "server-only";
import { encode, decode } from "next-auth/jwt";
import { findPersonIdByHpr } from "@/lib/server/auth/find-person-by-hpr";
import { createSession } from "@/lib/server/auth/create-session";
import { currentSessionPolicy } from "@/lib/server/auth/session-policy";
import { evaluateHelseIdClaims } from "@/lib/domain/helseid-claims";
import { evaluateEntraClaims } from "@/lib/domain/entra-claims";
import { matchEntraLogin } from "@/lib/server/auth/match-entra-login";
import type { LoginChecks } from "@/lib/auth/oidc-login";

/** The short-lived, encrypted cookie that carries state, nonce and PKCE verifier through the IdP round trip. */
export const SSO_FLOW_COOKIE = "lis-sso-flow";
/** Set after an SSO login (encrypted: the ID token for the end-session hint); logout reads it. */
export const SSO_LOGOUT_COOKIE = "lis-sso-logout";
const FLOW_SECONDS = 10 * 60;

const secret = () => {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET mangler");
  return value;
};

export const secureCookies = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
/** next-auth's own session cookie name, so getServerSession reads an SSO session like any other. */
export const sessionCookieName = () => (secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token");

export const sealFlow = (checks: LoginChecks & { next: string | null }) => encode({ token: { ...checks }, secret: secret(), maxAge: FLOW_SECONDS });

export async function openFlow(value: string | undefined): Promise<(LoginChecks & { next: string | null }) | null> {
  if (!value) return null;
  const token = await decode({ token: value, secret: secret() }).catch(() => null);
  if (!token || typeof token.state !== "string" || typeof token.nonce !== "string" || typeof token.codeVerifier !== "string") return null;
  return { state: token.state, nonce: token.nonce, codeVerifier: token.codeVerifier, next: typeof token.next === "string" ? token.next : null };
}

export type SsoProviderId = "helseid" | "entra";
const isProviderId = (value: unknown): value is SsoProviderId => value === "helseid" || value === "entra";

export const sealLogout = (idp: SsoProviderId, idToken: string | undefined) =>
  encode({ token: { idp, idToken: idToken ?? null }, secret: secret(), maxAge: Math.round(currentSessionPolicy().maxHours * 3600) });

export async function openLogout(value: string | undefined): Promise<{ idp: SsoProviderId; idToken?: string } | null> {
  if (!value) return null;
  const token = await decode({ token: value, secret: secret() }).catch(() => null);
  if (!token || !isProviderId(token.idp)) return null;
  return typeof token.idToken === "string" ? { idp: token.idp, idToken: token.idToken } : { idp: token.idp };
}

export type SsoOutcome =
  | { ok: true; sessionId: string; expiresAt: Date; sessionToken: string }
  | { ok: false; reason: "sikkerhetsniva" | "mangler-hpr" | "ingen-tilgang" | "venter" | "mangler-oid" | "feil-tenant" };

/** A server-side session exactly as for the password login (decision 0007), and next-auth's JWT naming it. */
async function startSession(personId: string, userAgent: string | null | undefined): Promise<SsoOutcome> {
  const session = await createSession({ personId, userAgent: userAgent ?? null });
  const sessionToken = await encode({ token: { sid: session.id }, secret: secret(), maxAge: Math.round(currentSessionPolicy().maxHours * 3600) });
  return { ok: true, sessionId: session.id, expiresAt: session.expiresAt, sessionToken };
}

/**
 * After the ID token is validated: the person is found by HPR number only (never by e-mail), and a
 * server-side session is started exactly as for the password login (decision 0007). An unknown or
 * disabled HPR number creates nothing.
 */
export async function signInWithHelseIdClaims(
  claims: Record<string, unknown>,
  options: { minSecurityLevel: number; userAgent?: string | null },
): Promise<SsoOutcome> {
  const verdict = evaluateHelseIdClaims(claims, options.minSecurityLevel);
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  const personId = await findPersonIdByHpr(verdict.hprNumber);
  if (!personId) return { ok: false, reason: "ingen-tilgang" };
  return startSession(personId, options.userAgent);
}

/**
 * After an Entra ID token is validated (decision 0021): the person is found by the directory object
 * id; an unknown oid with a verified e-mail of a known person waits for a coordinator's confirmation.
 */
export async function signInWithEntraClaims(
  claims: Record<string, unknown>,
  options: { tenantId: string | null; userAgent?: string | null },
): Promise<SsoOutcome> {
  const verdict = evaluateEntraClaims(claims, options.tenantId);
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  const match = await matchEntraLogin(verdict);
  if (match.kind !== "person") return { ok: false, reason: match.kind };
  return startSession(match.personId, options.userAgent);
}
