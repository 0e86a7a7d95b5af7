import { describe, expect, it } from "vitest";
import { hostMatches, isAllowedOrigin, parseAllowedOrigins, serverActionAllowedOrigins } from "./allowed-origins";

describe("ALLOWED_ORIGINS", () => {
  it("defaults to the origin of NEXTAUTH_URL", () => {
    const { allowed, invalid } = parseAllowedOrigins({ NEXTAUTH_URL: "https://lis.hf.no/some/path" });
    expect(allowed).toEqual([{ kind: "origin", origin: "https://lis.hf.no", host: "lis.hf.no" }]);
    expect(invalid).toEqual([]);
    expect(serverActionAllowedOrigins({ NEXTAUTH_URL: "https://lis.hf.no" })).toEqual(["lis.hf.no"]);
  });

  it("is empty without NEXTAUTH_URL and ALLOWED_ORIGINS", () => {
    expect(parseAllowedOrigins({}).allowed).toEqual([]);
    expect(serverActionAllowedOrigins({})).toEqual([]);
  });

  it("reads origins and host patterns, and names what it cannot read", () => {
    const { allowed, invalid } = parseAllowedOrigins({
      NEXTAUTH_URL: "http://localhost:3000",
      ALLOWED_ORIGINS: " https://lis.hf.no , *.helse.no,intern.hf.no:8443,,ftp://x.no,https://a.no/sti,ikke gyldig,http://localhost:3000",
    });
    expect(allowed).toEqual([
      { kind: "origin", origin: "http://localhost:3000", host: "localhost:3000" },
      { kind: "origin", origin: "https://lis.hf.no", host: "lis.hf.no" },
      { kind: "host", pattern: "*.helse.no" },
      { kind: "host", pattern: "intern.hf.no:8443" },
    ]);
    expect(invalid).toEqual(["ftp://x.no", "https://a.no/sti", "ikke gyldig"]);
    expect(serverActionAllowedOrigins({ ALLOWED_ORIGINS: "https://lis.hf.no,lis.hf.no,*.helse.no" })).toEqual(["lis.hf.no", "*.helse.no"]);
  });

  it("matches an origin entry on scheme, host and port, a host entry on host and port only", () => {
    const { allowed } = parseAllowedOrigins({ ALLOWED_ORIGINS: "https://lis.hf.no,intern.hf.no:8443" });
    expect(isAllowedOrigin(new URL("https://lis.hf.no"), allowed)).toBe(true);
    expect(isAllowedOrigin(new URL("http://lis.hf.no"), allowed)).toBe(false);
    expect(isAllowedOrigin(new URL("https://lis.hf.no:444"), allowed)).toBe(false);
    expect(isAllowedOrigin(new URL("https://intern.hf.no:8443"), allowed)).toBe(true);
    expect(isAllowedOrigin(new URL("http://intern.hf.no:8443"), allowed)).toBe(true);
    expect(isAllowedOrigin(new URL("https://intern.hf.no"), allowed)).toBe(false);
    expect(isAllowedOrigin(new URL("https://lis.hf.no.evil.example"), allowed)).toBe(false);
  });

  it("matches wildcards as Next does: at least one label before the suffix", () => {
    expect(hostMatches("a.helse.no", "*.helse.no")).toBe(true);
    expect(hostMatches("a.b.helse.no", "*.helse.no")).toBe(true);
    expect(hostMatches("helse.no", "*.helse.no")).toBe(false);
    expect(hostMatches("evilhelse.no", "*.helse.no")).toBe(false);
    expect(hostMatches("LIS.HF.NO", "lis.hf.no")).toBe(true);
  });
});
