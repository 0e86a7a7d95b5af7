/**
 * The Content-Security-Policy (issue 11 §7, docs/decisions/0010). Pure. Scripts run only with the
 * per-request nonce (Next puts it on its own inline and bundle scripts when it finds it in the CSP
 * request header; 'strict-dynamic' lets those load the chunks they need); styles come from the app's
 * own stylesheet or carry the nonce; nothing may frame the app or receive its forms.
 */

export interface CspOptions {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, Turbopack injects styles inline. Never in production. */
  development: boolean;
  /** The request came over https: ask the browser to upgrade any http sub-resource. */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, development, https }: CspOptions): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("Ugyldig nonce.");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // `next dev` injects the CSS of every module as <style> elements without the nonce (Turbopack's
    // hot reload); a nonce in the list would make browsers ignore 'unsafe-inline'.
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** 128 random bits, base64: unguessable and new for every response. */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The nonce in a CSP header value (what Next itself looks for), or null. */
export function nonceFromPolicy(policy: string | null | undefined): string | null {
  return policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}
