// Entra ID single sign-on (issue 12 §2, docs/decisions/0021) against a local Entra-like provider: code
// + PKCE S256 with a client secret or a signed client assertion, ID-token checks (issuer, tenant,
// audience, nonce, expiry), matching by directory object id, and the one-time link by verified e-mail
// that only a coordinator of the person's trust can confirm (§5 with the HPR/oid editing).
import { createPrivateKey, sign } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as oidc from "openid-client";
import { actorByEmail, seedDemo, testDb } from "../helpers/db";
import { actAs } from "../helpers/session-mock";
import {
  ENTRA_TEST_CLIENT_ID,
  ENTRA_TEST_CLIENT_SECRET,
  ENTRA_TEST_TENANT,
  LOCAL_ENTRA_USERS,
  TEST_CLIENT_PRIVATE_KEY,
  publicJwk,
  startLocalEntra,
  type LocalIdp,
} from "../helpers/oidc-provider";
import keys from "../helpers/sso-test-keys.json" with { type: "json" };

vi.mock("@/lib/auth/session", () => import("../helpers/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

process.env.NEXTAUTH_URL = "http://localhost:3000";
process.env.NEXTAUTH_SECRET = "sso-test-secret-00000000000000000000";

const { discoverClient, finishLogin, startLogin } = await import("@/lib/auth/oidc-login");
const { signInWithEntraClaims } = await import("@/lib/auth/sso-session");
const { decideEntraLink } = await import("@/lib/actions/people/decide-entra-link");
const { updatePersonIdentity } = await import("@/lib/actions/people/update-person-identity");

const IDP_PORT = Number(process.env.TEST_ENTRA_PORT ?? 3392);
const REDIRECT = "http://localhost:3000/api/sso/entra/callback";
let idp: LocalIdp;

const NORA = "seed-person-nora-lie";
const MARIT = "marit.sorensen@eksempel.no"; // local coordinator, Helgeland (Nora's trust)
const ANDERS = "anders.haetta@eksempel.no"; // local coordinator, Finnmark
const db = () => testDb();

beforeAll(async () => {
  await seedDemo();
  idp = await startLocalEntra({ port: IDP_PORT, redirectUris: [REDIRECT], postLogoutRedirectUris: ["http://localhost:3000/logg-inn"] });
});
afterAll(async () => {
  await idp?.close();
});

/** A tiny browser: follows the provider's redirects with its cookies, signs in at the dev login form, returns the callback address. */
async function signInAtProvider(start: URL, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let url = start;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 12; hop++) {
    if (url.href.startsWith(REDIRECT)) return url;
    const response = await fetch(url, { redirect: "manual", method: body ? "POST" : "GET", body, headers: { cookie: cookie(), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) } });
    remember(response);
    body = undefined;
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url);
      continue;
    }
    const html = await response.text();
    if (!html.includes('name="login"')) throw new Error(`unexpected page at ${url.href}: ${html.slice(0, 300)}`);
    body = new URLSearchParams({ prompt: "login", login, password: "hva-som-helst" });
  }
  throw new Error("too many redirects");
}

const secretConfig = () => ({ issuer: idp.issuer, clientId: ENTRA_TEST_CLIENT_ID, credentials: { kind: "client_secret" as const, secret: ENTRA_TEST_CLIENT_SECRET } });

async function loginWith(config: Parameters<typeof discoverClient>[0], user: string) {
  const client = await discoverClient(config);
  const { url, checks } = await startLogin(client, { redirectUri: REDIRECT, scopes: "openid profile email", par: false });
  const back = await signInAtProvider(url, user);
  return finishLogin(client, { redirectUri: REDIRECT, search: back.search, checks });
}

describe("the Entra flow against the local Entra-like provider", () => {
  it("sends code + PKCE S256 in the address (Entra has no PAR), and the code exchange with a client secret returns oid/tid/email", async () => {
    const client = await discoverClient(secretConfig());
    const { url } = await startLogin(client, { redirectUri: REDIRECT, scopes: "openid profile email", par: false });
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("nonce")).toBeTruthy();
    const { claims } = await loginWith(secretConfig(), "astrid");
    expect(claims).toMatchObject({ oid: LOCAL_ENTRA_USERS.astrid!.oid, tid: ENTRA_TEST_TENANT, email: "astrid.haugen@eksempel.no", xms_edov: true });
  });

  it("works with a signed client assertion (certificate credential) too", async () => {
    const { claims } = await loginWith(
      { issuer: idp.issuer, clientId: `${ENTRA_TEST_CLIENT_ID}-cert`, credentials: { kind: "private_key_jwt", privateKey: TEST_CLIENT_PRIVATE_KEY, keyId: undefined, x5tS256: "dGh1bWJwcmludA" } },
      "astrid",
    );
    expect(claims.oid).toBe(LOCAL_ENTRA_USERS.astrid!.oid);
  });

  it("the provider refuses a wrong client secret and a request without PKCE", async () => {
    await expect(loginWith({ ...secretConfig(), credentials: { kind: "client_secret", secret: "feil" } }, "astrid")).rejects.toMatchObject({ error: "invalid_client" });
    const plain = new URL(`${idp.issuer}/auth`);
    plain.search = new URLSearchParams({ client_id: ENTRA_TEST_CLIENT_ID, response_type: "code", scope: "openid", redirect_uri: REDIRECT, nonce: "n", state: "s" }).toString();
    const answer = await fetch(plain, { redirect: "manual" });
    expect(new URL(answer.headers.get("location")!, idp.issuer).searchParams.get("error_description")).toMatch(/PKCE/);
  });
});

// ─── ID-token validation, against a scripted token endpoint with a real tenant issuer ──────────────

const ISSUER = `https://login.microsoftonline.com/${ENTRA_TEST_TENANT}/v2.0`;
const idpKey = createPrivateKey({ key: keys.idp, format: "jwk" });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const signJwt = (payload: Record<string, unknown>) => {
  const head = `${b64({ alg: "RS256", kid: "local-idp", typ: "JWT" })}.${b64(payload)}`;
  return `${head}.${sign("sha256", Buffer.from(head), idpKey).toString("base64url")}`;
};
function scriptedClient(idToken: string): oidc.Configuration {
  const client = new oidc.Configuration(
    { issuer: ISSUER, authorization_endpoint: `${ISSUER}/authorize`, token_endpoint: `${ISSUER}/token`, jwks_uri: `${ISSUER}/keys`, id_token_signing_alg_values_supported: ["RS256"] },
    ENTRA_TEST_CLIENT_ID,
    { id_token_signed_response_alg: "RS256" },
    oidc.ClientSecretPost(ENTRA_TEST_CLIENT_SECRET),
  );
  client[oidc.customFetch] = async (url) => {
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    if (url.endsWith("/keys")) return json({ keys: [publicJwk(keys.idp)] });
    return json({ access_token: "at", token_type: "Bearer", expires_in: 300, id_token: idToken });
  };
  oidc.enableNonRepudiationChecks(client);
  return client;
}
const now = () => Math.floor(Date.now() / 1000);
const good = () => ({ iss: ISSUER, aud: ENTRA_TEST_CLIENT_ID, sub: "s", tid: ENTRA_TEST_TENANT, oid: LOCAL_ENTRA_USERS.astrid!.oid, nonce: "riktig", iat: now(), exp: now() + 300 });
const finish = (token: string) =>
  finishLogin(scriptedClient(token), { redirectUri: REDIRECT, search: "?code=abc&state=st", checks: { state: "st", nonce: "riktig", codeVerifier: oidc.randomPKCECodeVerifier() } });

describe("the app refuses a bad Entra ID token", () => {
  it("accepts a correct one (so the refusals below are real)", async () => {
    expect((await finish(signJwt(good()))).claims.oid).toBe(LOCAL_ENTRA_USERS.astrid!.oid);
  });
  it.each([
    ["wrong audience", { aud: "en-annen-app" }],
    ["another tenant's issuer", { iss: "https://login.microsoftonline.com/99999999-9999-4999-8999-999999999999/v2.0" }],
    ["wrong nonce", { nonce: "annen" }],
    ["expired", { iat: now() - 3600, exp: now() - 1800 }],
  ])("%s", async (_label, change) => {
    await expect(finish(signJwt({ ...good(), ...change }))).rejects.toThrow();
  });
  it("a token whose tid is another tenant's is refused before any lookup", async () => {
    const before = await db().authSession.count();
    expect(await signInWithEntraClaims({ ...good(), tid: "99999999-9999-4999-8999-999999999999" }, { tenantId: ENTRA_TEST_TENANT })).toEqual({ ok: false, reason: "feil-tenant" });
    expect(await db().authSession.count()).toBe(before);
  });
});

// ─── Matching and the link request ────────────────────────────────────────────────────────────────

const entraClaims = (user: keyof typeof LOCAL_ENTRA_USERS) => {
  const u = LOCAL_ENTRA_USERS[user]!;
  return { tid: ENTRA_TEST_TENANT, oid: u.oid, email: u.email, xms_edov: u.emailVerified, name: u.name };
};
const signIn = (claims: Record<string, unknown>) => signInWithEntraClaims(claims, { tenantId: ENTRA_TEST_TENANT });
const counts = async () => ({ people: await db().person.count(), sessions: await db().authSession.count(), requests: await db().entraLinkRequest.count() });

describe("matching by directory object id, never by e-mail alone", () => {
  it("a linked oid starts a session for that person", async () => {
    const outcome = await signIn(entraClaims("astrid"));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const row = await db().authSession.findUniqueOrThrow({ where: { id: outcome.sessionId }, include: { person: true } });
    expect(row.person.email).toBe("astrid.haugen@eksempel.no");
  });

  it("an unknown oid with an unknown e-mail, or an e-mail Entra does not vouch for, creates nothing", async () => {
    const before = await counts();
    expect(await signIn(entraClaims("ukjent"))).toEqual({ ok: false, reason: "ingen-tilgang" });
    expect(await signIn(entraClaims("uverifisert"))).toEqual({ ok: false, reason: "ingen-tilgang" }); // Ingrid's address, xms_edov false
    expect(await signIn({ ...entraClaims("uverifisert"), xms_edov: undefined, preferred_username: "ingrid.nilsen@eksempel.no" })).toEqual({ ok: false, reason: "ingen-tilgang" });
    expect(await counts()).toEqual(before);
  });

  it("a new oid with the verified e-mail of an already linked person is not linked by e-mail", async () => {
    const before = await counts();
    expect(await signIn({ ...entraClaims("astrid"), oid: "5f607182-93a4-4bfc-8d0e-4c5d6e7f8091" })).toEqual({ ok: false, reason: "ingen-tilgang" });
    expect(await counts()).toEqual(before);
  });

  it("an unknown oid with a known verified e-mail waits; only a coordinator of the person's trust confirms; then the login works", async () => {
    const before = await counts();
    expect(await signIn(entraClaims("nora"))).toEqual({ ok: false, reason: "venter" });
    expect(await signIn(entraClaims("nora"))).toEqual({ ok: false, reason: "venter" }); // still one request
    expect(await counts()).toEqual({ ...before, requests: before.requests + 1 });
    const request = await db().entraLinkRequest.findFirstOrThrow({ where: { personId: NORA, status: "VENTER" } });
    expect(request.objectId).toBe(LOCAL_ENTRA_USERS.nora!.oid);
    expect((await db().person.findUniqueOrThrow({ where: { id: NORA } })).entraObjectId).toBeNull();

    // Refused: Nora herself (LIS), her leader, another trust's coordinator. Nothing changes.
    for (const email of ["nora.lie@eksempel.no", "solveig.moe@eksempel.no", ANDERS]) {
      actAs(await actorByEmail(email));
      const answer = await decideEntraLink({ requestId: request.id, decision: "BEKREFT" });
      expect(answer, email).toMatchObject({ ok: false, code: email === ANDERS ? "NOT_FOUND" : "FORBIDDEN" });
    }
    expect((await db().entraLinkRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("VENTER");
    expect(await signIn(entraClaims("nora"))).toEqual({ ok: false, reason: "venter" });

    actAs(await actorByEmail(MARIT));
    expect(await decideEntraLink({ requestId: request.id, decision: "BEKREFT" })).toMatchObject({ ok: true });
    expect(await decideEntraLink({ requestId: request.id, decision: "BEKREFT" })).toMatchObject({ ok: false, code: "NOT_FOUND" }); // once
    expect((await db().person.findUniqueOrThrow({ where: { id: NORA } })).entraObjectId).toBe(LOCAL_ENTRA_USERS.nora!.oid);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "entra-kobling-bekreftet", entityId: request.id } });
    expect(audit.actorId).toBe((await actorByEmail(MARIT)).personId);

    const outcome = await signIn(entraClaims("nora"));
    expect(outcome.ok).toBe(true);
    actAs(null);
  });

  it("a rejected request grants nothing", async () => {
    const claims = { ...entraClaims("uverifisert"), xms_edov: true }; // Ingrid, now verified
    expect(await signIn(claims)).toEqual({ ok: false, reason: "venter" });
    const request = await db().entraLinkRequest.findFirstOrThrow({ where: { objectId: claims.oid, status: "VENTER" } });
    const ingrid = await db().person.findUniqueOrThrow({ where: { id: request.personId }, include: { employments: { include: { organisation: true } } } });
    expect(ingrid.email).toBe("ingrid.nilsen@eksempel.no");
    // The coordinator of Ingrid's trust rejects.
    const trustIds = ingrid.employments.map((e) => e.organisationId);
    const coordinator = await db().person.findFirstOrThrow({ where: { roles: { some: { role: "LOKAL_KOORDINATOR", organisationId: { in: trustIds } } } } });
    actAs(await actorByEmail(coordinator.email));
    expect(await decideEntraLink({ requestId: request.id, decision: "AVVIS" })).toMatchObject({ ok: true });
    actAs(null);
    expect((await db().person.findUniqueOrThrow({ where: { id: ingrid.id } })).entraObjectId).toBeNull();
    expect(await db().auditLog.count({ where: { action: "entra-kobling-avvist", entityId: request.id } })).toBe(1);
  });
});

describe("a coordinator edits HPR number and directory id (§5)", () => {
  const JONAS = "seed-person-jonas-eriksen";
  const person = () => db().person.findUniqueOrThrow({ where: { id: JONAS } });

  it("LIS, leader and another trust's coordinator are refused; nothing changes", async () => {
    const before = await person();
    const auditBefore = await db().auditLog.count();
    for (const [email, code] of [
      ["jonas.eriksen@eksempel.no", "FORBIDDEN"],
      ["eirik.strand@eksempel.no", "FORBIDDEN"],
      [ANDERS, "NOT_FOUND"],
    ] as const) {
      actAs(await actorByEmail(email));
      expect(await updatePersonIdentity({ personId: JONAS, hprNumber: "9177001", entraObjectId: "" }), email).toMatchObject({ ok: false, code });
    }
    actAs(null);
    expect(await person()).toEqual(before);
    expect(await db().auditLog.count()).toBe(auditBefore);
  });

  it("validates: implausible HPR, a non-GUID id, an HPR number another person has", async () => {
    actAs(await actorByEmail(MARIT));
    expect(await updatePersonIdentity({ personId: JONAS, hprNumber: "12ab", entraObjectId: "" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { hprNumber: [expect.stringContaining("sifre")] } });
    expect(await updatePersonIdentity({ personId: JONAS, hprNumber: "9100014", entraObjectId: "jonas@eksempel.no" })).toMatchObject({ ok: false, fieldErrors: { entraObjectId: [expect.any(String)] } });
    expect(await updatePersonIdentity({ personId: JONAS, hprNumber: "9100001", entraObjectId: "" })).toMatchObject({
      ok: false,
      message: "HPR-nummeret er allerede registrert på en annen person.",
    }); // Siri's
    expect(await updatePersonIdentity({ personId: JONAS, hprNumber: "9100014", entraObjectId: LOCAL_ENTRA_USERS.astrid!.oid })).toMatchObject({
      ok: false,
      message: "Katalog-ID-en er allerede koblet til en annen person.",
    });
    actAs(null);
    expect((await person()).hprNumber).toBe("9100014");
  });

  it("the trust's coordinator changes them, audited old → new", async () => {
    actAs(await actorByEmail(MARIT));
    const oid = "6071829a-3b4c-4d5e-9f60-7a8b9c0d1e2f";
    expect(await updatePersonIdentity({ personId: JONAS, hprNumber: " 917 7002 ", entraObjectId: oid.toUpperCase() })).toMatchObject({ ok: true });
    actAs(null);
    expect(await person()).toMatchObject({ hprNumber: "9177002", entraObjectId: oid });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "person-identitet-endret", entityId: JONAS }, orderBy: { at: "desc" } });
    expect(audit.data).toEqual({ hprNumber: { fra: "9100014", til: "9177002" }, entraObjectId: { fra: null, til: oid } });
    expect(audit.actorRole).toBe("LOKAL_KOORDINATOR");
  });
});
