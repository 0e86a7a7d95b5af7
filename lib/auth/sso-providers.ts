import "server-only";
import type * as oidc from "openid-client";
import { entraConfig, helseIdConfig } from "@/lib/auth/sso-config";
import { helseIdClient } from "@/lib/auth/helseid";
import { cachedClient } from "@/lib/auth/oidc-login";
import { signInWithEntraClaims, signInWithHelseIdClaims, type SsoOutcome, type SsoProviderId } from "@/lib/auth/sso-session";

/** What the shared SSO routes (lib/auth/sso-routes.ts) need to know about one provider. */
export type SsoProvider = {
  id: SsoProviderId;
  /** Null when not configured or not shown (LOGIN_PROVIDERS). */
  load(): { client: () => Promise<oidc.Configuration>; scopes: string; signIn: (claims: Record<string, unknown>, userAgent: string | null) => Promise<SsoOutcome> } | null;
  /** HelseID requires pushed authorization requests; Entra ID does not offer them. */
  par: boolean;
  callbackPath: string;
};

export const SSO_PROVIDERS: Record<SsoProviderId, SsoProvider> = {
  helseid: {
    id: "helseid",
    par: true,
    callbackPath: "/api/sso/helseid/callback",
    load() {
      const config = helseIdConfig();
      if (!config) return null;
      return {
        client: () => helseIdClient(config),
        scopes: config.scopes,
        signIn: (claims, userAgent) => signInWithHelseIdClaims(claims, { minSecurityLevel: config.minSecurityLevel, userAgent }),
      };
    },
  },
  entra: {
    id: "entra",
    par: false,
    callbackPath: "/api/sso/entra/callback",
    load() {
      const config = entraConfig();
      if (!config) return null;
      return {
        client: () => cachedClient(config),
        scopes: config.scopes,
        signIn: (claims, userAgent) => signInWithEntraClaims(claims, { tenantId: config.tenantId, userAgent }),
      };
    },
  },
};
