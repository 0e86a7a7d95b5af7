import { describe, expect, it } from "vitest";
import { parseAllowedOrigins } from "./allowed-origins";
import { decideOrigin, type OriginRequest } from "./origin-check";

const allowed = parseAllowedOrigins({ NEXTAUTH_URL: "https://lis.hf.no", ALLOWED_ORIGINS: "https://lis-test.hf.no" }).allowed;
const post = (over: Partial<OriginRequest>): OriginRequest => ({ method: "POST", pathname: "/koordinator", origin: null, host: "localhost:3000", forwardedHost: null, ...over });
const decide = (over: Partial<OriginRequest>, trustForwardedHost = false) => decideOrigin(post(over), { allowed, trustForwardedHost });

describe("the origin check for writes", () => {
  it("lets the app's own host through", () => {
    expect(decide({ origin: "http://localhost:3000" })).toEqual({ allowed: true });
    expect(decide({ origin: "http://LOCALHOST:3000", host: "localhost:3000" })).toEqual({ allowed: true });
    expect(decide({ origin: "https://app.hf.no", host: "app.hf.no:443" })).toEqual({ allowed: true });
  });

  it("lets NEXTAUTH_URL's origin and ALLOWED_ORIGINS through whatever the Host", () => {
    expect(decide({ origin: "https://lis.hf.no", host: "10.0.0.5:3000" })).toEqual({ allowed: true });
    expect(decide({ origin: "https://lis-test.hf.no", host: "10.0.0.5:3000" })).toEqual({ allowed: true });
  });

  it("refuses a foreign Origin, also when X-Forwarded-Host names that origin (the issue's attack)", () => {
    expect(decide({ origin: "https://evil.example" })).toEqual({ allowed: false, reason: "foreign-origin", origin: "https://evil.example" });
    expect(decide({ origin: "https://evil.example", forwardedHost: "evil.example" })).toMatchObject({ allowed: false, reason: "foreign-origin" });
    expect(decide({ origin: "http://localhost:3001" })).toMatchObject({ allowed: false });
    expect(decide({ origin: "http://lis.hf.no" })).toMatchObject({ allowed: false });
  });

  it("believes X-Forwarded-Host only when TRUSTED_PROXIES names the proxies", () => {
    expect(decide({ origin: "https://public.hf.no", forwardedHost: "public.hf.no", host: "10.0.0.5:3000" }, true)).toEqual({ allowed: true });
    expect(decide({ origin: "https://public.hf.no", forwardedHost: "public.hf.no, other", host: "10.0.0.5:3000" }, true)).toEqual({ allowed: true });
    expect(decide({ origin: "https://public.hf.no", forwardedHost: "other, public.hf.no", host: "10.0.0.5:3000" }, true)).toMatchObject({ allowed: false });
    expect(decide({ origin: "https://public.hf.no", forwardedHost: "public.hf.no", host: "10.0.0.5:3000" }, false)).toMatchObject({ allowed: false });
  });

  it("refuses Origin null and unreadable origins", () => {
    expect(decide({ origin: "null" })).toMatchObject({ allowed: false, reason: "null-origin" });
    expect(decide({ origin: "not a url" })).toMatchObject({ allowed: false, reason: "unreadable-origin" });
    expect(decide({ origin: "file:///etc/passwd" })).toMatchObject({ allowed: false, reason: "unreadable-origin" });
    expect(decide({ origin: "http://localhost:3000", host: "localhost:3000/x" })).toMatchObject({ allowed: false });
    expect(decide({ origin: "http://localhost:3000", host: "user@localhost:3000" })).toMatchObject({ allowed: false });
  });

  it("lets a single sign-on provider post its answer to its callback, but not to the password sign-in", () => {
    expect(decide({ pathname: "/api/auth/callback/oidc", origin: "https://helseid.example" })).toEqual({ allowed: true });
    expect(decide({ pathname: "/api/auth/callback/credentials", origin: "https://evil.example" })).toMatchObject({ allowed: false });
    expect(decide({ pathname: "/api/auth/callback/credentials/", origin: "https://evil.example" })).toMatchObject({ allowed: false });
    expect(decide({ pathname: "/api/auth/signout", origin: "https://evil.example" })).toMatchObject({ allowed: false });
    expect(decide({ pathname: "/api/auth/callback/oidc/x", origin: "https://evil.example" })).toMatchObject({ allowed: false });
  });

  it("leaves reads and requests without an Origin to the other checks", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(decide({ method, origin: "https://evil.example" })).toEqual({ allowed: true });
    expect(decide({ origin: null })).toEqual({ allowed: true });
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(decide({ method, origin: "https://evil.example" })).toMatchObject({ allowed: false });
  });
});
