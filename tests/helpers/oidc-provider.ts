// A local, strict HelseID-like identity provider (oidc-provider 9) for tests and the demo:
// PAR required, only private_key_jwt, PKCE S256 required, HelseID's pid/HPR/security-level claims.
import { createServer, type Server } from "node:http";
import Provider, { type ClientMetadata, type KoaContextWithOIDC } from "oidc-provider";
import keys from "./sso-test-keys.json" with { type: "json" };

export const TEST_CLIENT_ID = "lis-koordinering-test";
/** The client's private JWK (JSON text) as the app reads it from HELSEID_PRIVATE_KEY. */
export const TEST_CLIENT_PRIVATE_KEY = JSON.stringify(keys.client);

export type LocalIdpUser = { hprNumber: string | null; pid: string; securityLevel: number; name: string };

/** Demo accounts by login name (the local provider's login form accepts any password). */
export const LOCAL_IDP_USERS: Record<string, LocalIdpUser> = {
  siri: { hprNumber: "9100001", pid: "01017012345", securityLevel: 4, name: "Siri Mikkelsen" },
  kristoffer: { hprNumber: "9100006", pid: "02027012345", securityLevel: 4, name: "Kristoffer Lund" },
  jonas: { hprNumber: "9100014", pid: "03039012345", securityLevel: 4, name: "Jonas Eriksen" },
  ukjent: { hprNumber: "9999999", pid: "04049012345", securityLevel: 4, name: "Ukjent Lege" },
  lavtniva: { hprNumber: "9100014", pid: "03039012345", securityLevel: 2, name: "Jonas Eriksen" },
};

const PRIVATE_JWK_MEMBERS = new Set(["d", "p", "q", "dp", "dq", "qi"]);
export const publicJwk = (jwk: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(jwk).filter(([k]) => !PRIVATE_JWK_MEMBERS.has(k)));

export type LocalIdp = { issuer: string; provider: Provider; close: () => Promise<void> };

// ─── Entra-like mode (decision 0021) ──────────────────────────────────────────────────────────────

export const ENTRA_TEST_CLIENT_ID = "lis-koordinering-entra-test";
export const ENTRA_TEST_CLIENT_SECRET = "entra-test-secret-not-for-production";
export const ENTRA_TEST_TENANT = "5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c8d";

export type LocalEntraUser = { oid: string; email: string; emailVerified: boolean; name: string; tid?: string };

/** Entra demo accounts by login name: a linked leader, a person to link, and two who get nowhere. */
export const LOCAL_ENTRA_USERS: Record<string, LocalEntraUser> = {
  astrid: { oid: "0a5f1d2e-3b4c-4d5e-8f60-7a8b9c0d1e2f", email: "astrid.haugen@eksempel.no", emailVerified: true, name: "Astrid Haugen" },
  nora: { oid: "1b2c3d4e-5f60-4a7b-9c8d-0e1f2a3b4c5d", email: "nora.lie@eksempel.no", emailVerified: true, name: "Nora Lie" },
  uverifisert: { oid: "2c3d4e5f-6071-4b8c-8d9e-1f2a3b4c5d6e", email: "ingrid.nilsen@eksempel.no", emailVerified: false, name: "Ingrid Nilsen" },
  ukjent: { oid: "3d4e5f60-7182-4c9d-9eaf-2a3b4c5d6e7f", email: "ukjent.lege@eksempel.no", emailVerified: true, name: "Ukjent Lege" },
};

/**
 * An Entra-like provider: code + PKCE S256 required, no PAR, the client authenticates with a secret
 * (`client_secret_post`) or a signed assertion, and ID tokens carry `oid`, `tid`, `email`, `xms_edov`.
 */
export async function startLocalEntra(options: { port: number; redirectUris: string[]; postLogoutRedirectUris: string[]; users?: Record<string, LocalEntraUser> }): Promise<LocalIdp> {
  const users = options.users ?? LOCAL_ENTRA_USERS;
  return listen(options.port, (issuer) =>
    new Provider(issuer, {
      clients: [
        {
          client_id: ENTRA_TEST_CLIENT_ID,
          client_secret: ENTRA_TEST_CLIENT_SECRET,
          token_endpoint_auth_method: "client_secret_post",
          redirect_uris: options.redirectUris,
          post_logout_redirect_uris: options.postLogoutRedirectUris,
          grant_types: ["authorization_code"],
          response_types: ["code"],
        },
        { client_id: `${ENTRA_TEST_CLIENT_ID}-cert`, ...signedAssertionClient(options) },
      ],
      clientAuthMethods: ["client_secret_post", "private_key_jwt"],
      pkce: { required: () => true },
      jwks: { keys: [keys.idp] },
      cookies: { keys: ["local-entra-cookie-key-test-only"] },
      scopes: ["openid", "profile", "email"],
      claims: { openid: ["sub", "oid", "tid"], profile: ["name"], email: ["email", "xms_edov"] },
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true, logoutSource: autoLogout } },
      loadExistingGrant: grantScopes("openid profile email"),
      async findAccount(_ctx, id) {
        const user = users[id];
        if (!user) return undefined;
        return {
          accountId: id,
          async claims() {
            return { sub: `entra-${id}`, oid: user.oid, tid: user.tid ?? ENTRA_TEST_TENANT, name: user.name, email: user.email, xms_edov: user.emailVerified };
          },
        };
      },
    }),
  );
}

/** A client that authenticates with a signed assertion by the test client key (HelseID's only way, Entra's certificate credential). */
const signedAssertionClient = (options: { redirectUris: string[]; postLogoutRedirectUris: string[] }): Omit<ClientMetadata, "client_id"> => ({
  token_endpoint_auth_method: "private_key_jwt",
  token_endpoint_auth_signing_alg: "RS256",
  jwks: { keys: [publicJwk(keys.client)] },
  redirect_uris: options.redirectUris,
  post_logout_redirect_uris: options.postLogoutRedirectUris,
  grant_types: ["authorization_code"],
  response_types: ["code"],
});

// No confirmation page: the form posts itself (the user asked the app to log out).
const autoLogout = async (ctx: { body: unknown }, form: string) => {
  ctx.body = `<!doctype html><html><body>${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes"><script>document.forms[0].submit()</script></body></html>`;
};

/** Consent is implied (the local provider has no consent page): every requested scope is granted. */
function grantScopes(scopes: string) {
  return async (ctx: KoaContextWithOIDC) => {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
    grant.addOIDCScope(scopes);
    await grant.save();
    return grant;
  };
}

async function listen(port: number, build: (issuer: string) => Provider): Promise<LocalIdp> {
  const issuer = `http://localhost:${port}`;
  const provider = build(issuer);
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  return { issuer, provider, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function startLocalIdp(options: { port: number; redirectUris: string[]; postLogoutRedirectUris: string[]; users?: Record<string, LocalIdpUser> }): Promise<LocalIdp> {
  const users = options.users ?? LOCAL_IDP_USERS;
  const helseIdClaims = {
    "helseid://scopes/identity/pid": ["helseid://claims/identity/pid"],
    "helseid://scopes/identity/security_level": ["helseid://claims/identity/security_level"],
    "helseid://scopes/hpr/hpr_number": ["helseid://claims/hpr/hpr_number"],
  };
  return listen(options.port, (issuer) =>
    new Provider(issuer, {
    clients: [
      { client_id: TEST_CLIENT_ID, ...signedAssertionClient(options) },
    ],
    clientAuthMethods: ["private_key_jwt"],
    pkce: { required: () => true },
    jwks: { keys: [keys.idp] },
    cookies: { keys: ["local-idp-cookie-key-test-only"] },
    scopes: ["openid", "profile", ...Object.keys(helseIdClaims)],
    claims: { openid: ["sub"], profile: ["name"], ...helseIdClaims },
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: true },
      pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: autoLogout,
      },
    },
    loadExistingGrant: grantScopes(["openid", "profile", ...Object.keys(helseIdClaims)].join(" ")),
    async findAccount(_ctx, id) {
      const user = users[id];
      if (!user) return undefined;
      return {
        accountId: id,
        async claims() {
          return {
            sub: `pid-${user.pid}`,
            name: user.name,
            "helseid://claims/identity/pid": user.pid,
            "helseid://claims/identity/security_level": String(user.securityLevel),
            ...(user.hprNumber ? { "helseid://claims/hpr/hpr_number": user.hprNumber } : {}),
          };
        },
      };
    },
  }),
  );
}
