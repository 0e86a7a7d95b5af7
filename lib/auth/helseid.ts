import "server-only";
import type * as oidc from "openid-client";
import type { HelseIdConfig } from "@/lib/auth/sso-config";
import { cachedClient, discoverClient, finishLogin, startLogin, type OidcClientConfig } from "@/lib/auth/oidc-login";

/**
 * HelseID over OpenID Connect (docs/decisions/0014): the shared steps in oidc-login.ts with HelseID's
 * demands — pushed authorization requests (PAR) and `private_key_jwt` only.
 */
export { importClientKey, type LoginChecks } from "@/lib/auth/oidc-login";

const clientConfig = (config: HelseIdConfig): OidcClientConfig => ({
  issuer: config.issuer,
  clientId: config.clientId,
  credentials: { kind: "private_key_jwt", privateKey: config.privateKey, keyId: config.keyId },
});

export const discoverHelseId = (config: HelseIdConfig): Promise<oidc.Configuration> => discoverClient(clientConfig(config));
export const helseIdClient = (config: HelseIdConfig): Promise<oidc.Configuration> => cachedClient(clientConfig(config));
export const startHelseIdLogin = (client: oidc.Configuration, options: { redirectUri: string; scopes: string }) => startLogin(client, { ...options, par: true });
export const finishHelseIdLogin = finishLogin;
