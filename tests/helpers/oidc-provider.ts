// A local, strict HelseID-like identity provider (oidc-provider 9) for tests and the demo:
// PAR required, only private_key_jwt, PKCE S256 required, HelseID's pid/HPR/security-level claims.
import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";
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

export async function startLocalIdp(options: { port: number; redirectUris: string[]; postLogoutRedirectUris: string[]; users?: Record<string, LocalIdpUser> }): Promise<LocalIdp> {
  const users = options.users ?? LOCAL_IDP_USERS;
  const issuer = `http://localhost:${options.port}`;
  const helseIdClaims = {
    "helseid://scopes/identity/pid": ["helseid://claims/identity/pid"],
    "helseid://scopes/identity/security_level": ["helseid://claims/identity/security_level"],
    "helseid://scopes/hpr/hpr_number": ["helseid://claims/hpr/hpr_number"],
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        token_endpoint_auth_method: "private_key_jwt",
        token_endpoint_auth_signing_alg: "RS256",
        jwks: { keys: [publicJwk(keys.client)] },
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
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
        // No confirmation page: the form posts itself (the user asked the app to log out).
        logoutSource: async (ctx, form) => {
          ctx.body = `<!doctype html><html><body>${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes"><script>document.forms[0].submit()</script></body></html>`;
        },
      },
    },
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope(["openid", "profile", ...Object.keys(helseIdClaims)].join(" "));
      await grant.save();
      return grant;
    },
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
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  return {
    issuer,
    provider,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
