/**
 * Whether a request reached the app over https (issue 11 §7), for HSTS and
 * `upgrade-insecure-requests`. Pure. The app knows it is served over https when NEXTAUTH_URL says so;
 * `X-Forwarded-Proto` counts only when the deployment names its proxies in TRUSTED_PROXIES (without
 * them anyone can send that header).
 */

export const HSTS = "max-age=31536000; includeSubDomains";

export interface TransportInput {
  nextauthUrl: string | undefined;
  forwardedProto: string | null;
  trustedProxies: string | undefined;
}

export function cameOverHttps({ nextauthUrl, forwardedProto, trustedProxies }: TransportInput): boolean {
  if (nextauthUrl?.trim().toLowerCase().startsWith("https://")) return true;
  if (!hasTrustedProxies(trustedProxies)) return false;
  // Each proxy appends; the left-most value is what the client used to reach the first proxy.
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** TRUSTED_PROXIES names at least one proxy (its entries are validated in lib/server/auth/client-address.ts). */
export function hasTrustedProxies(value: string | undefined): boolean {
  return (value ?? "").split(",").some((s) => s.trim() !== "");
}
