import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { RETURN_PATH_HEADER, loginUrl, type LoginReason } from "@/lib/return-path";
import { refuseForeignOrigin, requestSecurity } from "@/lib/security/request-security";
import { guardActionRequest } from "@/lib/server/http/action-request-guard";

/**
 * Before a role area's page renders (issue 8 §3): without a valid session the person goes to the
 * login page with the path to come back to (`?neste=`) and why (`grunn=utlopt` when a session cookie
 * was there but is no longer valid). It only decodes the session cookie; the pages and actions still
 * check the session row, the person and their roles against the database, so this is convenience,
 * not the guard.
 *
 * Server actions are never redirected here: `defineAction` answers UNAUTHENTICATED and the form sends
 * the person to log in (components/form/use-action-result.ts). Every request in the areas also gets
 * its path in a request header, so a page that finds no actor can redirect with the return path too.
 *
 * Every request (issue 11 §7): a write from a foreign Origin is refused with 403, and every answer
 * gets the CSP with a fresh nonce (HSTS under https); see lib/security and docs/decisions/0010.
 */
export async function proxy(request: NextRequest) {
  const refused = refuseForeignOrigin(request);
  if (refused) return refused;
  // A malformed server-action body (too large, unreadable) gets 413/400 before Next's handler (issue 11 §6).
  const malformed = await guardActionRequest(request, request.nextUrl.pathname);
  if (malformed) return malformed;
  const security = requestSecurity(request);
  const returnTo = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (isRoleArea(request.nextUrl.pathname) && !isServerAction) {
    // A cookie that decodes is a candidate session; whether its server-side row is still live
    // (not revoked, not idle) is decided by the page, which then sends the person to log in.
    const token = await getToken({ req: request }).catch(() => null);
    if (!token) {
      const reason: LoginReason = hasSessionCookie(request) ? "utlopt" : "innlogging";
      return security.respond(NextResponse.redirect(new URL(loginUrl({ returnTo, reason }), request.url)));
    }
  }
  const headers = security.headers;
  headers.set(RETURN_PATH_HEADER, returnTo);
  return security.respond(NextResponse.next({ request: { headers } }));
}

const ROLE_AREA = /^\/(lis|leder|koordinator|regional)(\/|$)/;

/** The four role areas, where a page needs a session (the login redirect above). */
function isRoleArea(pathname: string): boolean {
  return ROLE_AREA.test(pathname);
}

/** next-auth's session cookie, plain or `__Secure-` (https), whole or chunked (`.0`, `.1`, …). */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(c.name));
}

export const config = {
  // Every page (the CSP must cover /logg-inn too), not the static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
