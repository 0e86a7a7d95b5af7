import { NextResponse, type NextRequest } from "next/server";
import { helseIdConfig } from "@/lib/auth/sso-config";
import { helseIdClient, startHelseIdLogin } from "@/lib/auth/helseid";
import { SSO_FLOW_COOKIE, sealFlow, secureCookies } from "@/lib/auth/sso-session";
import { HELSEID_CALLBACK_PATH, REFUSED_PATH, appUrl } from "@/lib/auth/sso-urls";
import { safeReturnPath } from "@/lib/return-path";

export const dynamic = "force-dynamic";

/** "Logg inn med HelseID": push the authorization request (PAR) and send the browser to HelseID. */
export async function GET(request: NextRequest) {
  const config = helseIdConfig();
  if (!config) return NextResponse.redirect(appUrl("/logg-inn"));
  try {
    const client = await helseIdClient(config);
    const { url, checks } = await startHelseIdLogin(client, { redirectUri: appUrl(HELSEID_CALLBACK_PATH), scopes: config.scopes });
    const response = NextResponse.redirect(url);
    const next = safeReturnPath(request.nextUrl.searchParams.get("neste"));
    response.cookies.set(SSO_FLOW_COOKIE, await sealFlow({ ...checks, next }), {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies(),
      path: "/api/sso",
      maxAge: 600,
    });
    return response;
  } catch (error) {
    console.warn("[sso] HelseID kunne ikke startes", error instanceof Error ? error.message : error);
    return NextResponse.redirect(appUrl(`${REFUSED_PATH}?grunn=utilgjengelig`));
  }
}
