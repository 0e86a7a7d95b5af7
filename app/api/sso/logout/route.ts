import { NextResponse, type NextRequest } from "next/server";
import { helseIdConfig } from "@/lib/auth/sso-config";
import { helseIdClient, helseIdEndSessionUrl } from "@/lib/auth/helseid";
import { SSO_LOGOUT_COOKIE, openLogout } from "@/lib/auth/sso-session";
import { appUrl } from "@/lib/auth/sso-urls";

export const dynamic = "force-dynamic";

/**
 * Where "Logg ut" ends up after next-auth has ended the local session (the session row is revoked in
 * auth-options' signOut event). After a HelseID login the browser goes on to HelseID's end-session
 * endpoint, which sends it back to the login page.
 */
export async function GET(request: NextRequest) {
  const login = appUrl("/logg-inn");
  const sso = await openLogout(request.cookies.get(SSO_LOGOUT_COOKIE)?.value);
  const config = helseIdConfig();
  let target = login;
  if (sso && config) {
    try {
      const url = helseIdEndSessionUrl(await helseIdClient(config), { postLogoutRedirectUri: login, idToken: sso.idToken });
      if (url) target = url.href;
    } catch (error) {
      console.warn("[sso] HelseID-utlogging utilgjengelig", error instanceof Error ? error.message : error);
    }
  }
  const response = NextResponse.redirect(target);
  response.cookies.delete({ name: SSO_LOGOUT_COOKIE, path: "/" });
  return response;
}
