import { describe, expect, it } from "vitest";
import { evaluateEntraClaims, tenantOfIssuer } from "./entra-claims";

const TENANT = "11111111-2222-3333-4444-555555555555";
const OID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

describe("evaluateEntraClaims", () => {
  it("takes the oid and a verified e-mail", () => {
    expect(evaluateEntraClaims({ tid: TENANT, oid: OID.toUpperCase(), email: "Siri@Eksempel.no", xms_edov: true, name: "Siri" }, TENANT)).toEqual({
      ok: true,
      objectId: OID,
      tenantId: TENANT,
      verifiedEmail: "siri@eksempel.no",
      name: "Siri",
    });
  });
  it("ignores an e-mail Entra does not vouch for, and preferred_username", () => {
    const verdict = evaluateEntraClaims({ tid: TENANT, oid: OID, email: "siri@eksempel.no", preferred_username: "siri@eksempel.no" }, TENANT);
    expect(verdict).toMatchObject({ ok: true, verifiedEmail: null });
    expect(evaluateEntraClaims({ tid: TENANT, oid: OID, email: "siri@eksempel.no", xms_edov: false }, TENANT)).toMatchObject({ verifiedEmail: null });
  });
  it("refuses another tenant's token and a token without a GUID oid", () => {
    expect(evaluateEntraClaims({ tid: "99999999-2222-3333-4444-555555555555", oid: OID }, TENANT)).toEqual({ ok: false, reason: "feil-tenant" });
    expect(evaluateEntraClaims({ oid: OID }, TENANT)).toEqual({ ok: false, reason: "feil-tenant" });
    expect(evaluateEntraClaims({ tid: TENANT, oid: "siri" }, TENANT)).toEqual({ ok: false, reason: "mangler-oid" });
  });
  it("reads the tenant from the v2.0 issuer", () => {
    expect(tenantOfIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)).toBe(TENANT);
    expect(tenantOfIssuer("http://localhost:3718")).toBeNull();
  });
});
