import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyLogin } from "@/lib/server/auth/verify-login";
import { clientAddress } from "@/lib/server/auth/client-address";
import { findPersonIdByEmail } from "@/lib/server/auth/find-person";
import { createSession } from "@/lib/server/auth/create-session";
import { revokeSession } from "@/lib/server/auth/revoke-session";
import { currentSessionPolicy } from "@/lib/server/auth/session-policy";

type OidcProfile = { sub: string; email?: string; preferred_username?: string; name?: string };

/**
 * Single sign-on for real deployments (Entra ID or HelseID): set OIDC_ISSUER, OIDC_CLIENT_ID and
 * OIDC_CLIENT_SECRET (and optionally OIDC_NAME). A person signs in only if their e-mail address is
 * already registered here; roles always come from this database, never from the identity provider.
 */
function oidcProviders(): OAuthConfig<OidcProfile>[] {
  const issuer = process.env.OIDC_ISSUER;
  const clientId = process.env.OIDC_CLIENT_ID;
  const clientSecret = process.env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: process.env.OIDC_NAME ?? "HelseID",
      type: "oauth",
      wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId,
      clientSecret,
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
      profile(profile) {
        return { id: profile.sub, email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(), name: profile.name ?? null };
      },
    },
  ];
}

export const oidcEnabled = () => oidcProviders().length > 0;

/** The User-Agent of the sign-in request, when there is one (the route handler's request scope). */
async function signInUserAgent(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

/**
 * JWT + server-side session row (docs/decisions/0007): at sign-in an `AuthSession` row is created and
 * the token carries only its id (`sid`). `getActor()` loads the row on every request, so logout,
 * "logg ut overalt", the idle timeout and the absolute limit take effect for every copy of the token.
 */
export const authOptions: NextAuthOptions = {
  // The cookie lives no longer than the session row may; the row decides.
  session: { strategy: "jwt", maxAge: Math.round(currentSessionPolicy().maxHours * 60 * 60) },
  pages: { signIn: "/logg-inn", error: "/logg-inn" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-post og passord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Passord", type: "password" } },
      async authorize(credentials, req) {
        const ip = clientAddress(req?.headers?.["x-forwarded-for"]);
        const result = await verifyLogin({ email: credentials?.email ?? "", password: credentials?.password ?? "", ip });
        // The code reaches the login page as ?error=…; the page words it in Norwegian.
        if (!result.ok) throw new Error(result.reason);
        return { id: result.personId, name: result.name, email: result.email };
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      return Boolean(user.email && (await findPersonIdByEmail(user.email)));
    },
    async jwt({ token, user, account }) {
      // Later calls (every session read) pass the decoded token through unchanged.
      if (!user) return token;
      const personId = account?.provider === "oidc" ? (user.email ? await findPersonIdByEmail(user.email) : null) : user.id;
      if (!personId) return {};
      const session = await createSession({ personId, userAgent: await signInUserAgent() });
      // Only the session id: no name, e-mail or person id in the token.
      return { sid: session.id };
    },
    async session({ session, token }) {
      return { expires: session.expires, sid: typeof token.sid === "string" ? token.sid : null };
    },
  },
  events: {
    // Logout ends the session row, so a copied token is dead at once (not only this browser's cookie).
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession({ sessionId: token.sid });
    },
  },
};
