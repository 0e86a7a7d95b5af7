import "server-only";
import * as oidc from "openid-client";

/**
 * The OpenID Connect steps HelseID and Entra ID share (docs/decisions/0014, 0021), with openid-client 6:
 * discovery, client authentication (`private_key_jwt` or, for Entra, a client secret), authorization
 * code + PKCE S256 (with PAR where the provider requires it) and ID-token validation (issuer, audience,
 * nonce, expiry, signature against the provider's JWKS).
 */

/** How the app authenticates at the token endpoint. */
export type ClientCredentials =
  | { kind: "private_key_jwt"; privateKey: string; keyId: string | undefined; x5tS256?: string }
  | { kind: "client_secret"; secret: string };

export type OidcClientConfig = { issuer: string; clientId: string; credentials: ClientCredentials };

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

async function clientAuth(credentials: ClientCredentials): Promise<oidc.ClientAuth> {
  if (credentials.kind === "client_secret") return oidc.ClientSecretPost(credentials.secret);
  const key = await importClientKey(credentials.privateKey, credentials.keyId);
  const thumbprint = credentials.x5tS256;
  // Entra identifies a certificate credential by its SHA-256 thumbprint in the assertion's header.
  return oidc.PrivateKeyJwt(key, thumbprint ? { [oidc.modifyAssertion]: (header) => void (header["x5t#S256"] = thumbprint) } : undefined);
}

/** Discovery plus the strict client settings. `http://` issuers are allowed only on localhost (tests, demo). */
export async function discoverClient(config: OidcClientConfig): Promise<oidc.Configuration> {
  const issuer = new URL(config.issuer);
  const local = issuer.protocol === "http:" && ["localhost", "127.0.0.1"].includes(issuer.hostname);
  const client = await oidc.discovery(
    issuer,
    config.clientId,
    { id_token_signed_response_alg: "RS256" },
    await clientAuth(config.credentials),
    local ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  // Also verify the ID token's signature against the provider's JWKS, not only trust TLS.
  oidc.enableNonRepudiationChecks(client);
  return client;
}

const cache = new Map<string, Promise<oidc.Configuration>>();

/** One discovery per process and configuration; a failed discovery is retried on the next login. */
export function cachedClient(config: OidcClientConfig): Promise<oidc.Configuration> {
  const key = `${config.issuer}|${config.clientId}|${config.credentials.kind}`;
  let client = cache.get(key);
  if (!client) {
    client = discoverClient(config);
    cache.set(key, client);
    const settled = client;
    settled.catch(() => {
      if (cache.get(key) === settled) cache.delete(key);
    });
  }
  return client;
}

export type LoginChecks = { state: string; nonce: string; codeVerifier: string };

/**
 * Starts a login and returns where to send the browser. With `par` the request is pushed (the browser
 * carries only a request_uri); without it, the parameters go in the address as usual.
 */
export async function startLogin(client: oidc.Configuration, options: { redirectUri: string; scopes: string; par: boolean }) {
  const checks: LoginChecks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const parameters = {
    redirect_uri: options.redirectUri,
    scope: options.scopes,
    response_type: "code",
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: "S256",
  };
  const url = options.par ? await oidc.buildAuthorizationUrlWithPAR(client, parameters) : oidc.buildAuthorizationUrl(client, parameters);
  return { url, checks };
}

/**
 * Finishes a login: exchanges the code (PKCE verifier, client authentication) and returns the ID
 * token's validated claims. Throws on any failed check: wrong issuer, audience, nonce, state, expired
 * or badly signed ID token.
 */
export async function finishLogin(
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

/** Where the browser goes to end the session at the provider, then back to our login page. */
export function endSessionUrl(client: oidc.Configuration, options: { postLogoutRedirectUri: string; idToken?: string }): URL | null {
  if (!client.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(client, {
    client_id: client.clientMetadata().client_id,
    post_logout_redirect_uri: options.postLogoutRedirectUri,
    ...(options.idToken ? { id_token_hint: options.idToken } : {}),
  });
}
