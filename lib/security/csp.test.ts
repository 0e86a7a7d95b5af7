import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, generateNonce, nonceFromPolicy } from "./csp";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => { const [name, ...values] = d.split(" "); return [name!, values]; }));

describe("the Content-Security-Policy", () => {
  it("allows scripts only with the nonce, and no eval in production", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==", development: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
  });

  it("has the fixed directives", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", development: false, https: false }));
    expect(Object.fromEntries(policy)).toMatchObject({
      "default-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "frame-ancestors": ["'none'"],
      "form-action": ["'self'"],
      "base-uri": ["'self'"],
      "object-src": ["'none'"],
    });
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval and inline styles under next dev only, and upgrades requests only under https", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", development: true, https: false }));
    expect(dev.get("script-src")).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy({ nonce: "n", development: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => contentSecurityPolicy({ nonce: "x'; script-src *", development: false, https: false })).toThrow();
    expect(() => contentSecurityPolicy({ nonce: "", development: false, https: false })).toThrow();
  });

  it("makes a fresh 128-bit nonce every time, which Next can read back", () => {
    const nonces = new Set(Array.from({ length: 200 }, generateNonce));
    expect(nonces.size).toBe(200);
    const nonce = generateNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(nonceFromPolicy(contentSecurityPolicy({ nonce, development: false, https: false }))).toBe(nonce);
    expect(nonceFromPolicy("default-src 'self'")).toBeNull();
  });
});
