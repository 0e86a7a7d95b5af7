import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { endSessionUrl, finishLogin, startLogin } from "@/lib/auth/oidc-login";
import { SSO_PROVIDERS } from "@/lib/auth/sso-providers";
import { SSO_FLOW_COOKIE, SSO_LOGOUT_COOKIE, openFlow, openLogout, sealFlow, sealLogout, secureCookies, sessionCookieName, type SsoProviderId } from "@/lib/auth/sso-session";
import { NO_ACCESS_PATH, REFUSED_PATH, WAITING_PATH, appUrl } from "@/lib/auth/sso-urls";
import { afterLoginPath, safeReturnPath } from "@/lib/return-path";

/**
 * The route handlers HelseID and Entra ID share (decisions 0014, 0021): app/api/sso/<provider>/start
 * and /callback are one line each. Every failing check lands on a Norwegian page, never a 500.
 */

/** "Logg inn med …": start the flow (PAR for HelseID) and send the browser to the provider. */
export function ssoStartRoute(id: SsoProviderId) {
  const provider = SSO_PROVIDERS[id];
  return async function GET(request: NextRequest) {
    const loaded = provider.load();
    if (!loaded) return NextResponse.redirect(appUrl("/logg-inn"));
    try {
      const { url, checks } = await startLogin(await loaded.client(), { redirectUri: appUrl(provider.callbackPath), scopes: loaded.scopes, par: provider.par });
      const response = NextResponse.redirect(url);
      const next = safeReturnPath(request.nextUrl.searchParams.get("neste"));
      response.cookies.set(SSO_FLOW_COOKIE, await sealFlow({ ...checks, next }), { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/api/sso", maxAge: 600 });
      return response;
    } catch (error) {
      console.warn(`[sso] ${id} kunne ikke startes`, error instanceof Error ? error.message : error);
      return NextResponse.redirect(appUrl(`${REFUSED_PATH}?grunn=utilgjengelig`));
    }
  };
}

function refusalPath(reason: string, id: SsoProviderId): string {
  if (reason === "ingen-tilgang") return id === "entra" ? `${NO_ACCESS_PATH}?via=entra` : NO_ACCESS_PATH;
  if (reason === "venter") return WAITING_PATH;
  return `${REFUSED_PATH}?grunn=${reason}`;
}

/** The provider sends the browser back here with a code. */
export function ssoCallbackRoute(id: SsoProviderId) {
  const provider = SSO_PROVIDERS[id];
  return async function GET(request: NextRequest) {
    const loaded = provider.load();
    if (!loaded) return NextResponse.redirect(appUrl("/logg-inn"));
    const flow = await openFlow(request.cookies.get(SSO_FLOW_COOKIE)?.value);
    const refuse = (path: string) => {
      const response = NextResponse.redirect(appUrl(path));
      response.cookies.delete({ name: SSO_FLOW_COOKIE, path: "/api/sso" });
      return response;
    };
    if (!flow) return refuse(`${REFUSED_PATH}?grunn=utlopt`);
    let claims: Record<string, unknown>;
    let idToken: string | undefined;
    try {
      ({ claims, idToken } = await finishLogin(await loaded.client(), { redirectUri: appUrl(provider.callbackPath), search: request.nextUrl.search, checks: flow }));
    } catch (error) {
      console.warn(`[sso] svaret fra ${id} ble avvist`, error instanceof Error ? error.message : error);
      return refuse(`${REFUSED_PATH}?grunn=ugyldig`);
    }
    const outcome = await loaded.signIn(claims, request.headers.get("user-agent"));
    if (!outcome.ok) return refuse(refusalPath(outcome.reason, id));
    const response = refuse(afterLoginPath(flow.next));
    const cookie = { httpOnly: true, sameSite: "lax" as const, secure: secureCookies(), path: "/", expires: outcome.expiresAt };
    response.cookies.set(sessionCookieName(), outcome.sessionToken, cookie);
    response.cookies.set(SSO_LOGOUT_COOKIE, await sealLogout(id, idToken), cookie);
    return response;
  };
}

/**
 * Where "Logg ut" ends up after next-auth has ended the local session (the session row is revoked in
 * auth-options' signOut event). After an SSO login the browser goes on to that provider's end-session
 * endpoint, which sends it back to the login page.
 */
export async function ssoLogoutRoute(request: NextRequest) {
  const login = appUrl("/logg-inn");
  const sso = await openLogout(request.cookies.get(SSO_LOGOUT_COOKIE)?.value);
  const loaded = sso ? SSO_PROVIDERS[sso.idp].load() : null;
  let target = login;
  if (sso && loaded) {
    try {
      const url = endSessionUrl(await loaded.client(), { postLogoutRedirectUri: login, idToken: sso.idToken });
      if (url) target = url.href;
    } catch (error) {
      console.warn(`[sso] utlogging hos ${sso.idp} utilgjengelig`, error instanceof Error ? error.message : error);
    }
  }
  const response = NextResponse.redirect(target);
  response.cookies.delete({ name: SSO_LOGOUT_COOKIE, path: "/" });
  return response;
}
