// HelseID single sign-on (issue 12, docs/decisions/0014) against a strict local provider: the app does
// PAR + private_key_jwt + PKCE, the provider refuses anything less, and the app refuses bad ID tokens.
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as oidc from "openid-client";
import { seedDemo, testDb } from "../helpers/db";
import { publicJwk, startLocalIdp, TEST_CLIENT_ID, TEST_CLIENT_PRIVATE_KEY, type LocalIdp } from "../helpers/oidc-provider";
import keys from "../helpers/sso-test-keys.json" with { type: "json" };

process.env.NEXTAUTH_URL = "http://localhost:3000";
process.env.NEXTAUTH_SECRET = "sso-test-secret-00000000000000000000";

const { discoverHelseId, finishHelseIdLogin, importClientKey, startHelseIdLogin } = await import("@/lib/auth/helseid");
const { signInWithHelseIdClaims } = await import("@/lib/auth/sso-session");

const IDP_PORT = Number(process.env.TEST_IDP_PORT ?? 3391);
const REDIRECT = "http://localhost:3000/api/sso/helseid/callback";
let idp: LocalIdp;

const helseIdConfig = (issuer: string) => ({
  issuer,
  clientId: TEST_CLIENT_ID,
  privateKey: TEST_CLIENT_PRIVATE_KEY,
  keyId: undefined,
  scopes: "openid profile helseid://scopes/identity/pid helseid://scopes/identity/security_level helseid://scopes/hpr/hpr_number",
  minSecurityLevel: 3,
  name: "HelseID",
});

beforeAll(async () => {
  await seedDemo();
  idp = await startLocalIdp({ port: IDP_PORT, redirectUris: [REDIRECT], postLogoutRedirectUris: ["http://localhost:3000/logg-inn"] });
});
afterAll(async () => {
  await idp?.close();
});

describe("the local provider is strict, and the app meets it", () => {
  it("the app's request goes through PAR with a signed client assertion: the browser gets only a request_uri", async () => {
    const client = await discoverHelseId(helseIdConfig(idp.issuer));
    const { url, checks } = await startHelseIdLogin(client, { redirectUri: REDIRECT, scopes: helseIdConfig(idp.issuer).scopes });
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get("request_uri")).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    expect(url.searchParams.get("client_id")).toBe(TEST_CLIENT_ID);
    // Nonce, PKCE challenge and scope were pushed, not put in the address.
    expect(url.searchParams.has("code_challenge")).toBe(false);
    expect(url.searchParams.has("nonce")).toBe(false);
    expect(checks.codeVerifier.length).toBeGreaterThanOrEqual(43);
    const page = await fetch(url, { redirect: "manual" });
    expect(page.status).toBe(303); // on to the provider's login page, no error
    expect(page.headers.get("location")).toMatch(/\/interaction\//);
  });

  it("refuses an authorization request without PAR", async () => {
    const plain = new URL(`${idp.issuer}/auth`);
    plain.search = new URLSearchParams({
      client_id: TEST_CLIENT_ID,
      response_type: "code",
      scope: "openid",
      redirect_uri: REDIRECT,
      code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
      nonce: "n",
      state: "s",
    }).toString();
    const answer = await fetch(plain, { redirect: "manual" });
    const location = new URL(answer.headers.get("location") ?? "http://x/", idp.issuer);
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("error_description")).toMatch(/Pushed Authorization Request/i);
  });

  it("refuses a pushed request authenticated with a client secret", async () => {
    const withSecret = await oidc.discovery(new URL(idp.issuer), TEST_CLIENT_ID, undefined, oidc.ClientSecretPost("hemmelig"), {
      execute: [oidc.allowInsecureRequests],
    });
    await expect(
      oidc.buildAuthorizationUrlWithPAR(withSecret, {
        redirect_uri: REDIRECT,
        scope: "openid",
        code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
        code_challenge_method: "S256",
      }),
    ).rejects.toMatchObject({ error: "invalid_client" });
  });
});

// ─── ID-token validation, against a scripted token endpoint ───────────────────────────────────────

const ISSUER = "https://helseid.test";
const idpKey = createPrivateKey({ key: keys.idp, format: "jwk" });
const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function signJwt(payload: Record<string, unknown>, key: KeyObject = idpKey): string {
  const head = `${b64({ alg: "RS256", kid: "local-idp", typ: "JWT" })}.${b64(payload)}`;
  return `${head}.${sign("sha256", Buffer.from(head), key).toString("base64url")}`;
}

async function scriptedClient(idToken: string): Promise<oidc.Configuration> {
  const publicIdpKey = publicJwk(keys.idp);
  const client = new oidc.Configuration(
    {
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/auth`,
      token_endpoint: `${ISSUER}/token`,
      jwks_uri: `${ISSUER}/jwks`,
      id_token_signing_alg_values_supported: ["RS256"],
    },
    TEST_CLIENT_ID,
    { id_token_signed_response_alg: "RS256" },
    oidc.PrivateKeyJwt(await importClientKey(TEST_CLIENT_PRIVATE_KEY)),
  );
  client[oidc.customFetch] = async (url) => {
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    if (url.endsWith("/jwks")) return json({ keys: [publicIdpKey] });
    return json({ access_token: "at", token_type: "Bearer", expires_in: 300, id_token: idToken });
  };
  oidc.enableNonRepudiationChecks(client);
  return client;
}

const now = () => Math.floor(Date.now() / 1000);
const goodClaims = () => ({
  iss: ISSUER,
  aud: TEST_CLIENT_ID,
  sub: "pid-1",
  nonce: "riktig-nonce",
  iat: now(),
  exp: now() + 300,
  "helseid://claims/hpr/hpr_number": "9100014",
  "helseid://claims/identity/security_level": "4",
});
const checks = { state: "riktig-state", nonce: "riktig-nonce", codeVerifier: oidc.randomPKCECodeVerifier() };
const finish = async (idToken: string) =>
  finishHelseIdLogin(await scriptedClient(idToken), { redirectUri: REDIRECT, search: "?code=abc&state=riktig-state", checks });

describe("the app refuses a bad ID token", () => {
  it("accepts a correct one (so the refusals below are real)", async () => {
    const { claims } = await finish(signJwt(goodClaims()));
    expect(claims["helseid://claims/hpr/hpr_number"]).toBe("9100014");
  });
  it.each([
    ["wrong audience", { aud: "en-annen-klient" }],
    ["wrong issuer", { iss: "https://falsk.test" }],
    ["wrong nonce", { nonce: "annen-nonce" }],
    ["expired", { iat: now() - 3600, exp: now() - 1800 }],
  ])("%s", async (_label, change) => {
    await expect(finish(signJwt({ ...goodClaims(), ...change }))).rejects.toThrow();
  });
  it("signed with a key the provider does not publish", async () => {
    await expect(finish(signJwt(goodClaims(), otherKey))).rejects.toThrow();
  });
});

describe("matching by HPR number", () => {
  const claims = (hpr: string, level = "4") => ({ "helseid://claims/hpr/hpr_number": hpr, "helseid://claims/identity/security_level": level, email: "jonas.eriksen@eksempel.no" });
  const counts = async () => ({ people: await testDb().person.count(), sessions: await testDb().authSession.count() });

  it("an unknown HPR number creates nothing, even with a known e-mail address in the token", async () => {
    const before = await counts();
    expect(await signInWithHelseIdClaims(claims("9999999"), { minSecurityLevel: 3 })).toEqual({ ok: false, reason: "ingen-tilgang" });
    expect(await counts()).toEqual(before);
  });
  it("below the minimum security level is refused before any session", async () => {
    const before = await counts();
    expect(await signInWithHelseIdClaims(claims("9100014", "3"), { minSecurityLevel: 4 })).toEqual({ ok: false, reason: "sikkerhetsniva" });
    expect(await counts()).toEqual(before);
  });
  it("a known HPR number starts a server-side session for that person", async () => {
    const outcome = await signInWithHelseIdClaims(claims("9100014"), { minSecurityLevel: 3 });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await testDb().authSession.findUniqueOrThrow({ where: { id: outcome.sessionId }, include: { person: true } });
    expect(row.person.email).toBe("jonas.eriksen@eksempel.no");
  });
});
