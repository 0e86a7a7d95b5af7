import { describe, expect, it } from "vitest";
import { afterLoginPath, isUnauthenticated, loginReasonText, loginUrl, safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/lis/plan", "/lis/plan"],
    ["/leder/stillinger/abc?fane=2#kandidater", "/leder/stillinger/abc?fane=2#kandidater"],
    ["/koordinator/fiktiv-enhet?side=3&sok=%C3%A6%C3%B8%C3%A5", "/koordinator/fiktiv-enhet?side=3&sok=%C3%A6%C3%B8%C3%A5"],
    ["/", "/"],
    ["/lis/../leder", "/leder"],
  ])("accepts the local path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["//evil.example", "protocol-relative"],
    ["//evil.example/lis", "protocol-relative with a path"],
    ["/\\evil.example", "backslash read as slash by browsers"],
    ["\\\\evil.example", "double backslash"],
    ["/lis\\..\\..\\evil", "backslashes anywhere"],
    ["https://evil.example/lis", "absolute URL"],
    ["https:evil.example", "scheme without slashes"],
    ["javascript:alert(1)", "javascript: URL"],
    ["lis/plan", "relative path"],
    ["/\t/evil.example", "tab (browsers strip it)"],
    ["/\n/evil.example", "newline"],
    ["/..//evil.example", "dot segments collapsing into //"],
    ["/logg-inn?neste=/lis", "the login page itself"],
    ["/api/auth/signout", "the auth API"],
    ["", "empty"],
    [`/${"a".repeat(2001)}`, "too long"],
  ])("refuses %j (%s)", (input) => {
    expect(safeReturnPath(input)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(["/lis"])).toBeNull();
  });
});

describe("afterLoginPath", () => {
  it("returns a safe neste, else / (the role's start page)", () => {
    expect(afterLoginPath("/lis/plan?rediger=1")).toBe("/lis/plan?rediger=1");
    expect(afterLoginPath("//evil.example")).toBe("/");
    expect(afterLoginPath("https://evil.example")).toBe("/");
    expect(afterLoginPath(undefined)).toBe("/");
  });
});

describe("loginUrl", () => {
  it("carries the return path and the reason", () => {
    expect(loginUrl({ returnTo: "/lis/plan?rediger=1", reason: "utlopt" })).toBe("/logg-inn?neste=%2Flis%2Fplan%3Frediger%3D1&grunn=utlopt");
    const url = new URL(loginUrl({ returnTo: "/leder/stillinger/x", reason: "utlopt" }), "http://localhost");
    expect(url.searchParams.get("neste")).toBe("/leder/stillinger/x");
    expect(url.searchParams.get("grunn")).toBe("utlopt");
  });

  it("leaves out an unsafe or trivial return path", () => {
    expect(loginUrl({ returnTo: "//evil.example", reason: "utlopt" })).toBe("/logg-inn?grunn=utlopt");
    expect(loginUrl({ returnTo: "/" })).toBe("/logg-inn");
    expect(loginUrl()).toBe("/logg-inn");
  });
});

describe("loginReasonText", () => {
  it("words the known reasons in Norwegian and ignores the rest", () => {
    expect(loginReasonText("utlopt")).toBe("Økten din er utløpt. Logg inn igjen for å fortsette.");
    expect(loginReasonText("innlogging")).toMatch(/^Logg inn/);
    expect(loginReasonText("toString")).toBeNull();
    expect(loginReasonText("<script>")).toBeNull();
    expect(loginReasonText(undefined)).toBeNull();
  });
});

describe("isUnauthenticated", () => {
  it("is true only for a refused result with code UNAUTHENTICATED", () => {
    expect(isUnauthenticated({ ok: false, code: "UNAUTHENTICATED", message: "…" })).toBe(true);
    expect(isUnauthenticated({ ok: false, code: "FORBIDDEN", message: "…" })).toBe(false);
    expect(isUnauthenticated({ ok: false, code: "NOT_FOUND", message: "…" })).toBe(false);
    expect(isUnauthenticated({ ok: true, data: null })).toBe(false);
    expect(isUnauthenticated(null)).toBe(false);
  });
});
