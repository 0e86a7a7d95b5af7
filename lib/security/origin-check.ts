import { isAllowedOrigin, type AllowedOrigin } from "./allowed-origins";

/**
 * The proxy's origin check for writes (issue 11 §7). Next's own server-action check compares the
 * Origin with `X-Forwarded-Host ?? Host`, so a foreign Origin together with a matching
 * `X-Forwarded-Host` passed it. Here `X-Forwarded-Host` counts only when the deployment names its
 * proxies (TRUSTED_PROXIES), whose job it is to set that header; the app's own host (`Host`, which a
 * browser cannot forge) and the configured origins always count.
 *
 * Only unsafe methods are checked (a server action is a POST, with or without `Next-Action`: a form
 * posted without JavaScript has none). A request without an Origin comes from no browser and is left
 * to the action's own checks, as Next does; `Origin: null` (sandboxed frames, some redirects) is refused.
 * One exception: a single sign-on provider may answer with a form it posts from its own origin
 * (`response_mode=form_post`) to `/api/auth/callback/<provider>`, which next-auth guards with its
 * state and PKCE checks; the password sign-in (`…/callback/credentials`) is still checked.
 */

export interface OriginRequest {
  method: string;
  pathname: string;
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
}

export type OriginDecision = { allowed: true } | { allowed: false; reason: "null-origin" | "unreadable-origin" | "foreign-origin"; origin: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function decideOrigin(request: OriginRequest, options: { allowed: readonly AllowedOrigin[]; trustForwardedHost: boolean }): OriginDecision {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { allowed: true };
  if (isSingleSignOnCallback(request.pathname)) return { allowed: true };
  const origin = request.origin;
  if (origin == null) return { allowed: true };
  if (origin.trim().toLowerCase() === "null") return { allowed: false, reason: "null-origin", origin };
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return { allowed: false, reason: "unreadable-origin", origin };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { allowed: false, reason: "unreadable-origin", origin };
  const ownHosts = [request.host, options.trustForwardedHost ? firstValue(request.forwardedHost) : null];
  if (ownHosts.some((host) => host != null && sameHost(url, host))) return { allowed: true };
  if (isAllowedOrigin(url, options.allowed)) return { allowed: true };
  return { allowed: false, reason: "foreign-origin", origin };
}

/** The Norwegian answer to a refused request. */
export const FOREIGN_ORIGIN_MESSAGE =
  "Forespørselen ble avvist fordi den kom fra et annet nettsted enn LIS-koordinering. Åpne siden på nytt fra appens egen adresse og prøv igjen.";

const SSO_CALLBACK = /^\/api\/auth\/callback\/(?!credentials(\/|$))[^/]+\/?$/;

function isSingleSignOnCallback(pathname: string): boolean {
  return SSO_CALLBACK.test(pathname);
}

/** A proxy appends; the left-most entry is what the first proxy saw. */
function firstValue(header: string | null): string | null {
  const first = header?.split(",")[0]?.trim();
  return first ? first : null;
}

/** Origin's host (with port) against a Host header value; a default port may be written or left out. */
function sameHost(origin: URL, host: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(`${origin.protocol}//${host.trim()}`);
  } catch {
    return false;
  }
  return parsed.host === origin.host && parsed.pathname === "/" && !parsed.username && !parsed.password;
}
