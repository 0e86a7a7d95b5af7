import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyLogin } from "@/lib/server/auth/verify-login";
import { clientAddress } from "@/lib/server/auth/client-address";
import { credentialsLoginEnabled } from "@/lib/auth/sso-config";
import { createSession } from "@/lib/server/auth/create-session";
import { revokeSession } from "@/lib/server/auth/revoke-session";
import { currentSessionPolicy } from "@/lib/server/auth/session-policy";

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
  // HelseID runs beside next-auth in app/api/sso (decision 0014); next-auth keeps the password login
  // (unless CREDENTIALS_LOGIN=0), the session cookie and logout.
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
  ].filter(() => credentialsLoginEnabled()),
  callbacks: {
    async jwt({ token, user }) {
      // Later calls (every session read) pass the decoded token through unchanged.
      if (!user) return token;
      const session = await createSession({ personId: user.id, userAgent: await signInUserAgent() });
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
