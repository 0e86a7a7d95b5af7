import { NextResponse, type NextRequest } from "next/server";
import { parseAllowedOrigins, type AllowedOrigin } from "./allowed-origins";
import { contentSecurityPolicy, generateNonce } from "./csp";
import { decideOrigin, FOREIGN_ORIGIN_MESSAGE } from "./origin-check";
import { cameOverHttps, hasTrustedProxies, HSTS } from "./transport";

/**
 * The proxy's two calls (issue 11 §7): `refuseForeignOrigin` before anything else, and
 * `requestSecurity` for the per-request nonce, the CSP (request and response) and HSTS.
 * The decisions themselves are the pure functions next to this file.
 */

/** Request header through which pages may read the nonce (`(await headers()).get(NONCE_HEADER)`). */
export const NONCE_HEADER = "x-nonce";

/** A 403 with a Norwegian message for a write from a foreign origin, or null to go on. */
export function refuseForeignOrigin(request: NextRequest, env: NodeJS.ProcessEnv = process.env): NextResponse | null {
  const decision = decideOrigin(
    {
      method: request.method,
      pathname: request.nextUrl.pathname,
      origin: request.headers.get("origin"),
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
    },
    { allowed: allowedOrigins(env), trustForwardedHost: hasTrustedProxies(env.TRUSTED_PROXIES) },
  );
  if (decision.allowed) return null;
  console.warn(`[sikkerhet] avviste ${request.method} ${request.nextUrl.pathname} fra Origin ${JSON.stringify(decision.origin.slice(0, 200))} (${decision.reason})`);
  return new NextResponse(FOREIGN_ORIGIN_MESSAGE, {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export interface RequestSecurity {
  nonce: string;
  /** A copy of the request headers with the nonce and the CSP, to pass on with `NextResponse.next({ request: { headers } })`. */
  headers: Headers;
  /** Puts the CSP (and HSTS under https) on the response and returns it. */
  respond<T extends Response>(response: T): T;
}

export function requestSecurity(request: NextRequest, env: NodeJS.ProcessEnv = process.env): RequestSecurity {
  const nonce = generateNonce();
  const https = cameOverHttps({
    nextauthUrl: env.NEXTAUTH_URL,
    forwardedProto: request.headers.get("x-forwarded-proto"),
    trustedProxies: env.TRUSTED_PROXIES,
  });
  const policy = contentSecurityPolicy({ nonce, development: env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", policy);
  return {
    nonce,
    headers,
    respond(response) {
      response.headers.set("Content-Security-Policy", policy);
      if (https) response.headers.set("Strict-Transport-Security", HSTS);
      return response;
    },
  };
}

let cached: { key: string; allowed: AllowedOrigin[] } | null = null;

function allowedOrigins(env: NodeJS.ProcessEnv): AllowedOrigin[] {
  const key = `${env.ALLOWED_ORIGINS ?? ""}\n${env.NEXTAUTH_URL ?? ""}`;
  if (cached?.key !== key) {
    const { allowed, invalid } = parseAllowedOrigins(env);
    if (invalid.length) console.warn(`[sikkerhet] ALLOWED_ORIGINS: ugyldige oppføringer ignorert: ${invalid.join(", ")}`);
    cached = { key, allowed };
  }
  return cached.allowed;
}
