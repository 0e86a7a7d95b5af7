/**
 * Where the login page sends a person back to (issue 8 §3). Pure: used by the proxy, the login page
 * and the client forms. `neste` comes from the address bar, so it is untrusted: only a path on this
 * site is accepted, never another origin (`//evil.example`, `https:…`, `/\evil.example`).
 */

export const LOGIN_PATH = "/logg-inn";

/** Request header in which `proxy.ts` hands a role area's page its own path and query. */
export const RETURN_PATH_HEADER = "x-lis-return-path";

/** Why the login page was shown; each has its Norwegian text on the page. */
export type LoginReason = "utlopt" | "innlogging";

export const LOGIN_REASON_TEXT: Record<LoginReason, string> = {
  utlopt: "Økten din er utløpt. Logg inn igjen for å fortsette.",
  innlogging: "Logg inn for å fortsette til siden du ba om.",
};

export function loginReasonText(reason: string | null | undefined): string | null {
  return reason && Object.hasOwn(LOGIN_REASON_TEXT, reason) ? LOGIN_REASON_TEXT[reason as LoginReason] : null;
}

const MAX_LENGTH = 2000;
const CHECK_ORIGIN = "http://return-path.invalid";

/**
 * The local path (path, query and hash) to return to, or null when `value` is not one: it must start
 * with exactly one "/", contain no backslash or control character, stay on this origin when resolved,
 * and not lead back to the login page or the auth API.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  // Browsers read "\" as "/" ("/\evil.example" is protocol-relative), and strip tabs and newlines.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, CHECK_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== CHECK_ORIGIN) return null;
  // Dot segments can collapse into "//" ("/..//evil.example"): check the resolved path too.
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//")) return null;
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith(`${LOGIN_PATH}/`) || url.pathname.startsWith("/api/")) return null;
  return path;
}

/** `/logg-inn?neste=<path>&grunn=<reason>`; an unsafe or missing path is left out. */
export function loginUrl(options: { returnTo?: string | null; reason?: LoginReason | null } = {}): string {
  const params = new URLSearchParams();
  const next = safeReturnPath(options.returnTo);
  if (next && next !== "/") params.set("neste", next);
  if (options.reason) params.set("grunn", options.reason);
  const query = params.toString();
  return query ? `${LOGIN_PATH}?${query}` : LOGIN_PATH;
}

/** Where to go after logging in: `neste` if it is a safe local path, else "/" (which sends the person to their role's start page). */
export function afterLoginPath(next: unknown): string {
  return safeReturnPath(next) ?? "/";
}

/** An action result telling that the session is gone: the form should send the person to log in. */
export function isUnauthenticated(result: unknown): boolean {
  return typeof result === "object" && result !== null && (result as { ok?: unknown }).ok === false && (result as { code?: unknown }).code === "UNAUTHENTICATED";
}
