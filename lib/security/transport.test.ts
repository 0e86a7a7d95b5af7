import { describe, expect, it } from "vitest";
import { PERMISSIONS_POLICY, STATIC_SECURITY_HEADERS } from "./static-headers";
import { cameOverHttps, hasTrustedProxies } from "./transport";

describe("https detection for HSTS", () => {
  it("is https when NEXTAUTH_URL is", () => {
    expect(cameOverHttps({ nextauthUrl: "https://lis.hf.no", forwardedProto: null, trustedProxies: undefined })).toBe(true);
    expect(cameOverHttps({ nextauthUrl: "http://localhost:3000", forwardedProto: null, trustedProxies: undefined })).toBe(false);
    expect(cameOverHttps({ nextauthUrl: undefined, forwardedProto: null, trustedProxies: undefined })).toBe(false);
  });

  it("believes X-Forwarded-Proto only with TRUSTED_PROXIES", () => {
    expect(cameOverHttps({ nextauthUrl: "http://localhost:3000", forwardedProto: "https", trustedProxies: undefined })).toBe(false);
    expect(cameOverHttps({ nextauthUrl: "http://localhost:3000", forwardedProto: "https", trustedProxies: " , " })).toBe(false);
    expect(cameOverHttps({ nextauthUrl: "http://localhost:3000", forwardedProto: "https", trustedProxies: "10.0.0.0/8" })).toBe(true);
    expect(cameOverHttps({ nextauthUrl: "http://localhost:3000", forwardedProto: "HTTPS, http", trustedProxies: "10.0.0.1" })).toBe(true);
    expect(cameOverHttps({ nextauthUrl: "http://localhost:3000", forwardedProto: "http", trustedProxies: "10.0.0.1" })).toBe(false);
  });

  it("counts a named proxy only", () => {
    expect(hasTrustedProxies(undefined)).toBe(false);
    expect(hasTrustedProxies("")).toBe(false);
    expect(hasTrustedProxies("192.168.1.10")).toBe(true);
  });
});

describe("Permissions-Policy", () => {
  it("denies the powerful features and is sent on every response", () => {
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    expect(STATIC_SECURITY_HEADERS).toContainEqual({ key: "Permissions-Policy", value: PERMISSIONS_POLICY });
  });
});
