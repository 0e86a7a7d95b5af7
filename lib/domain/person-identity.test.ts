import { describe, expect, it } from "vitest";
import { ENTRA_OID_PROBLEM, HPR_PROBLEM, parseEntraObjectId, parseHprNumber } from "./person-identity";

describe("parseHprNumber", () => {
  it("keeps digits of a plausible length, without spaces", () => {
    expect(parseHprNumber(" 910 0014 ")).toEqual({ ok: true, value: "9100014" });
    expect(parseHprNumber("")).toEqual({ ok: true, value: null });
  });
  it.each(["123", "1234567890", "91000a4", "-9100014", "９１００"])("refuses %s", (text) => {
    expect(parseHprNumber(text)).toEqual({ ok: false, problem: HPR_PROBLEM });
  });
});

describe("parseEntraObjectId", () => {
  it("keeps a GUID in lower case", () => {
    expect(parseEntraObjectId("0A5F1D2E-3B4C-4D5E-8F60-7A8B9C0D1E2F")).toEqual({ ok: true, value: "0a5f1d2e-3b4c-4d5e-8f60-7a8b9c0d1e2f" });
    expect(parseEntraObjectId("  ")).toEqual({ ok: true, value: null });
  });
  it("refuses anything else", () => {
    expect(parseEntraObjectId("astrid@eksempel.no")).toEqual({ ok: false, problem: ENTRA_OID_PROBLEM });
  });
});
