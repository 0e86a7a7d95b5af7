import "server-only";
import * as oidc from "openid-client";
import type { HelseIdConfig } from "@/lib/auth/sso-config";

/**
 * HelseID over OpenID Connect with openid-client 6 (docs/decisions/0014): authorization code with
 * PKCE S256, pushed authorization requests (PAR), `private_key_jwt` client authentication and ID-token
 * validation (issuer, audience, nonce, expiry, signature).
 */

/** Imports the configured private key (JWK JSON or PKCS#8 PEM) as a WebCrypto signing key. */
export async function importClientKey(text: string, keyId?: string): Promise<{ key: CryptoKey; kid?: string }> {
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;
  if (text.startsWith("{")) {
    const jwk = JSON.parse(text) as JsonWebKey & { kid?: string };
    const key = await crypto.subtle.importKey("jwk", { ...jwk, key_ops: ["sign"] }, algorithm, false, ["sign"]);
    return { key, kid: keyId ?? jwk.kid };
  }
  const der = Buffer.from(text.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, "").replace(/\s+/g, ""), "base64");
  return { key: await crypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"]), kid: keyId };
}

/** Discovery plus the strict client settings. `http://` issuers are allowed only on localhost (tests, demo). */
export async function discoverHelseId(config: HelseIdConfig): Promise<oidc.Configuration> {
  const issuer = new URL(config.issuer);
  const local = issuer.protocol === "http:" && ["localhost", "127.0.0.1"].includes(issuer.hostname);
  const clientKey = await importClientKey(config.privateKey, config.keyId);
  const client = await oidc.discovery(
    issuer,
    config.clientId,
    { id_token_signed_response_alg: "RS256" },
    oidc.PrivateKeyJwt(clientKey),
    local ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  // Also verify the ID token's signature against the provider's JWKS, not only trust TLS.
  oidc.enableNonRepudiationChecks(client);
  return client;
}

let cached: { key: string; client: Promise<oidc.Configuration> } | null = null;

/** One discovery per process and configuration; a failed discovery is retried on the next login. */
export function helseIdClient(config: HelseIdConfig): Promise<oidc.Configuration> {
  const key = `${config.issuer}|${config.clientId}`;
  if (cached?.key !== key) {
    const client = discoverHelseId(config);
    cached = { key, client };
    client.catch(() => {
      if (cached?.client === client) cached = null;
    });
  }
  return cached.client;
}

export type LoginChecks = { state: string; nonce: string; codeVerifier: string };

/** Starts a login: pushes the authorization request (PAR) and returns where to send the browser. */
export async function startHelseIdLogin(client: oidc.Configuration, options: { redirectUri: string; scopes: string }) {
  const checks: LoginChecks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const url = await oidc.buildAuthorizationUrlWithPAR(client, {
    redirect_uri: options.redirectUri,
    scope: options.scopes,
    response_type: "code",
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: "S256",
  });
  return { url, checks };
}

/**
 * Finishes a login: exchanges the code (PKCE verifier, client assertion) and returns the ID token's
 * validated claims. Throws on any failed check: wrong issuer, audience, nonce, state, expired or
 * badly signed ID token.
 */
export async function finishHelseIdLogin(
  client: oidc.Configuration,
  options: { redirectUri: string; search: string; checks: LoginChecks },
): Promise<{ claims: Record<string, unknown>; idToken: string | undefined }> {
  const current = new URL(options.redirectUri);
  current.search = options.search;
  const tokens = await oidc.authorizationCodeGrant(client, current, {
    pkceCodeVerifier: options.checks.codeVerifier,
    expectedState: options.checks.state,
    expectedNonce: options.checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("no ID token");
  return { claims: claims as Record<string, unknown>, idToken: tokens.id_token };
}

/** Where the browser goes to end the session at HelseID, then back to our login page. */
export function helseIdEndSessionUrl(client: oidc.Configuration, options: { postLogoutRedirectUri: string; idToken?: string }): URL | null {
  if (!client.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(client, {
    client_id: client.clientMetadata().client_id,
    post_logout_redirect_uri: options.postLogoutRedirectUri,
    ...(options.idToken ? { id_token_hint: options.idToken } : {}),
  });
}
