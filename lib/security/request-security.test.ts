import { describe, expect, it } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { nonceFromPolicy } from "./csp";
import { FOREIGN_ORIGIN_MESSAGE } from "./origin-check";
import { refuseForeignOrigin, requestSecurity } from "./request-security";

const env = (over: Record<string, string> = {}) => ({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000", ...over }) as NodeJS.ProcessEnv;
const request = (headers: Record<string, string>, method = "POST") =>
  new NextRequest("http://localhost:3000/lis/plan", { method, headers: { host: "localhost:3000", ...headers } });

describe("the proxy's origin refusal", () => {
  it("answers 403 in Norwegian to a server action from a foreign Origin with a matching X-Forwarded-Host", async () => {
    const response = refuseForeignOrigin(request({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "next-action": "abc" }), env());
    expect(response?.status).toBe(403);
    expect(await response?.text()).toBe(FOREIGN_ORIGIN_MESSAGE);
  });

  it("lets the app's own forms through", () => {
    expect(refuseForeignOrigin(request({ origin: "http://localhost:3000", "next-action": "abc" }), env())).toBeNull();
    expect(refuseForeignOrigin(request({ origin: "https://evil.example" }, "GET"), env())).toBeNull();
  });

  it("takes X-Forwarded-Host from a named proxy and ALLOWED_ORIGINS from the environment", () => {
    const behindProxy = request({ origin: "https://lis.hf.no", "x-forwarded-host": "lis.hf.no", host: "10.0.0.5:3000" });
    expect(refuseForeignOrigin(behindProxy, env())?.status).toBe(403);
    expect(refuseForeignOrigin(behindProxy, env({ TRUSTED_PROXIES: "10.0.0.1" }))).toBeNull();
    expect(refuseForeignOrigin(request({ origin: "https://lis.hf.no" }), env({ ALLOWED_ORIGINS: "https://lis.hf.no" }))).toBeNull();
  });
});

describe("the proxy's security headers", () => {
  it("puts one fresh nonce in the request's and the response's CSP", () => {
    const security = requestSecurity(request({ "x-nonce": "forged" }, "GET"), env());
    expect(security.headers.get("x-nonce")).toBe(security.nonce);
    expect(nonceFromPolicy(security.headers.get("content-security-policy"))).toBe(security.nonce);
    const response = security.respond(NextResponse.next());
    expect(nonceFromPolicy(response.headers.get("content-security-policy"))).toBe(security.nonce);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(requestSecurity(request({}, "GET"), env()).nonce).not.toBe(security.nonce);
  });

  it("adds HSTS only over https", () => {
    const https = requestSecurity(request({}, "GET"), env({ NEXTAUTH_URL: "https://lis.hf.no" })).respond(NextResponse.next());
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const spoofed = requestSecurity(request({ "x-forwarded-proto": "https" }, "GET"), env()).respond(NextResponse.next());
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();
  });

  it("allows eval only under next dev", () => {
    const dev = requestSecurity(request({}, "GET"), env({ NODE_ENV: "development" })).headers.get("content-security-policy");
    expect(dev).toContain("'unsafe-eval'");
    expect(requestSecurity(request({}, "GET"), env()).headers.get("content-security-policy")).not.toContain("'unsafe-eval'");
  });
});
