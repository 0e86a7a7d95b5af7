/**
 * Which origins may send the app's forms and server actions (issue 11 §7). Pure: read by
 * next.config.ts (`experimental.serverActions.allowedOrigins`) and by the proxy's origin check.
 *
 * `ALLOWED_ORIGINS` is a comma-separated list. An entry with a scheme ("https://lis.hf.no") must
 * match the request's Origin exactly (scheme, host and port); an entry without one ("lis.hf.no",
 * "*.hf.no", Next's own format) matches the Origin's host and port whatever the scheme. Without the
 * variable, the origin of NEXTAUTH_URL is the only extra origin; the app's own host (the request's
 * `Host`) is always accepted.
 */

export type AllowedOrigin =
  | { kind: "origin"; origin: string; host: string }
  | { kind: "host"; pattern: string };

export interface OriginEnvironment {
  ALLOWED_ORIGINS?: string | undefined;
  NEXTAUTH_URL?: string | undefined;
}

/** The parsed list; unreadable entries are left out (and named in `invalid`). */
export function parseAllowedOrigins(env: OriginEnvironment): { allowed: AllowedOrigin[]; invalid: string[] } {
  const allowed: AllowedOrigin[] = [];
  const invalid: string[] = [];
  const own = originOf(env.NEXTAUTH_URL);
  if (own) allowed.push(own);
  const entries = (env.ALLOWED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    const parsed = entry.includes("://") ? originOf(entry, true) : hostPattern(entry);
    if (parsed) allowed.push(parsed);
    else invalid.push(entry);
  }
  return { allowed: dedupe(allowed), invalid };
}

/** The host patterns Next's own server-action check wants (`experimental.serverActions.allowedOrigins`). */
export function serverActionAllowedOrigins(env: OriginEnvironment): string[] {
  const hosts = parseAllowedOrigins(env).allowed.map((a) => (a.kind === "origin" ? a.host : a.pattern));
  return [...new Set(hosts)];
}

/** Whether an Origin header value is one of `allowed`. */
export function isAllowedOrigin(origin: URL, allowed: readonly AllowedOrigin[]): boolean {
  return allowed.some((a) => (a.kind === "origin" ? a.origin === origin.origin : hostMatches(origin.host, a.pattern)));
}

/** Next's pattern rule: "*.a.no" matches one or more labels before ".a.no"; otherwise exact. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  if (p.startsWith("*.")) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
  return h === p;
}

function originOf(value: string | undefined, strict = false): AllowedOrigin | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // An origin is scheme, host and port: a path, query or credentials mean the entry is not one.
    if (strict && (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== ""))) return null;
    return { kind: "origin", origin: url.origin, host: url.host };
  } catch {
    return null;
  }
}

const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

function hostPattern(value: string): AllowedOrigin | null {
  return HOST_PATTERN.test(value) ? { kind: "host", pattern: value.toLowerCase() } : null;
}

function dedupe(list: AllowedOrigin[]): AllowedOrigin[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = a.kind === "origin" ? `o:${a.origin}` : `h:${a.pattern}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
