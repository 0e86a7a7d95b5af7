/** The app's own address (NEXTAUTH_URL), so redirect URIs never come from request headers. */
export function appUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${path}`;
}

export const HELSEID_CALLBACK_PATH = "/api/sso/helseid/callback";
export const NO_ACCESS_PATH = "/logg-inn/ingen-tilgang";
export const REFUSED_PATH = "/logg-inn/avvist";
export const WAITING_PATH = "/logg-inn/venter";
