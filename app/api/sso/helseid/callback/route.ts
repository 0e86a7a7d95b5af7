import { NextResponse, type NextRequest } from "next/server";
import { helseIdConfig } from "@/lib/auth/sso-config";
import { finishHelseIdLogin, helseIdClient } from "@/lib/auth/helseid";
import { SSO_FLOW_COOKIE, SSO_LOGOUT_COOKIE, openFlow, sealLogout, secureCookies, sessionCookieName, signInWithHelseIdClaims } from "@/lib/auth/sso-session";
import { HELSEID_CALLBACK_PATH, NO_ACCESS_PATH, REFUSED_PATH, appUrl } from "@/lib/auth/sso-urls";
import { afterLoginPath } from "@/lib/return-path";

export const dynamic = "force-dynamic";

/** HelseID sends the browser back here with a code; every check failing lands on a Norwegian page, never a 500. */
export async function GET(request: NextRequest) {
  const config = helseIdConfig();
  if (!config) return NextResponse.redirect(appUrl("/logg-inn"));
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
    const client = await helseIdClient(config);
    ({ claims, idToken } = await finishHelseIdLogin(client, { redirectUri: appUrl(HELSEID_CALLBACK_PATH), search: request.nextUrl.search, checks: flow }));
  } catch (error) {
    console.warn("[sso] HelseID-svaret ble avvist", error instanceof Error ? error.message : error);
    return refuse(`${REFUSED_PATH}?grunn=ugyldig`);
  }
  const outcome = await signInWithHelseIdClaims(claims, { minSecurityLevel: config.minSecurityLevel, userAgent: request.headers.get("user-agent") });
  if (!outcome.ok) {
    return refuse(outcome.reason === "ingen-tilgang" ? NO_ACCESS_PATH : `${REFUSED_PATH}?grunn=${outcome.reason}`);
  }
  const response = refuse(afterLoginPath(flow.next));
  const cookie = { httpOnly: true, sameSite: "lax" as const, secure: secureCookies(), path: "/", expires: outcome.expiresAt };
  response.cookies.set(sessionCookieName(), outcome.sessionToken, cookie);
  response.cookies.set(SSO_LOGOUT_COOKIE, await sealLogout(idToken), cookie);
  return response;
}
