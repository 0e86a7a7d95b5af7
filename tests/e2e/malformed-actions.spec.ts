import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, login } from "./helpers";

// Issue 11 §6 over real HTTP against the built app: every class of malformed server-action body is
// answered 400 or 413 by the proxy's guard (lib/server/http/action-request-guard.ts), never 500, and
// nothing is written. The action ids come from the build's own manifest; the database is the e2e
// server's (embedded, on E2E_PG_PORT), fingerprinted before and after.

const root = path.resolve(import.meta.dirname, "../..");
const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const DB_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? "5436"}/lis`;

/**
 * The id of a server action the client can call, in this build: the client bundle names each one
 * (`createServerReference("<id>", callServer, …, "<export>")`), and the server's manifest lists it.
 */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, unknown> };
  const chunks = path.join(root, ".next/static/chunks");
  const pattern = new RegExp(`createServerReference\\)\\("([0-9a-f]+)",[^)]{0,120}?"${exportedName}"\\)`);
  for (const file of readdirSync(chunks, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"))) {
    const id = pattern.exec(readFileSync(path.join(chunks, file), "utf8"))?.[1];
    if (id && id in manifest.node) return id;
  }
  throw new Error(`no client-callable action ${exportedName} in this build`);
}

/**
 * Every table's row count and checksum. AuthSession is left out: every request of a signed-in person
 * moves its "last seen" (the idle timeout), which is the session working, not a write from input.
 */
async function fingerprint(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'AuthSession' ORDER BY table_name",
    );
    const out: Record<string, string> = {};
    for (const { table_name } of tables) {
      const { rows } = await client.query<{ n: number; h: string }>(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table_name}" x`);
      out[table_name] = `${rows[0]!.n}:${rows[0]!.h}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

const BOUNDARY = "----lisfuzzboundary7MA4YWxkTrZu0gW";
const part = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

/** The malformed body classes, each with the status the guard must answer. */
function malformedCases(id: string): { label: string; status: 400 | 413; headers: Record<string, string>; data: string | Buffer }[] {
  const action = { "next-action": id };
  const whole = part("1_offerId", "x") + part("0", '["$K1"]') + `--${BOUNDARY}--\r\n`;
  return [
    { label: "text body that is not JSON", status: 400, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: "{not json" },
    { label: "truncated JSON", status: 400, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: '[{"offerId":"x","ans' },
    { label: "JSON that is not an argument list", status: 400, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: '{"offerId":"x"}' },
    { label: "text reply naming rows it lacks", status: 400, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: '["$K1"]' },
    { label: "not UTF-8", status: 400, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]) },
    { label: "application/json", status: 400, headers: { ...action, "content-type": "application/json" }, data: '[{"offerId":"x"}]' },
    { label: "url-encoded", status: 400, headers: { ...action, "content-type": "application/x-www-form-urlencoded" }, data: "offerId=x&answer=AVSLA" },
    { label: "multipart without a boundary", status: 400, headers: { ...action, "content-type": "multipart/form-data" }, data: whole },
    { label: "truncated multipart", status: 400, headers: { ...action, "content-type": `multipart/form-data; boundary=${BOUNDARY}` }, data: whole.slice(0, whole.length - 25) },
    { label: "multipart with a root row that is not JSON", status: 400, headers: { ...action, "content-type": `multipart/form-data; boundary=${BOUNDARY}` }, data: part("0", "{nope") + `--${BOUNDARY}--\r\n` },
    { label: "a no-JavaScript form post with broken bound arguments", status: 400, headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` }, data: part("$ACTION_REF_1", "") + part("$ACTION_1:0", "{broken") + `--${BOUNDARY}--\r\n` },
    { label: "an action id that is none", status: 400, headers: { "next-action": "../../etc/passwd", "content-type": "text/plain;charset=UTF-8" }, data: "[]" },
    { label: "body over the limit (1 MB)", status: 413, headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: `["${"x".repeat(1024 * 1024 + 10)}"]` },
    {
      label: "multipart over the limit",
      status: 413,
      headers: { ...action, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      data: part("1_reason", "å".repeat(600_000)) + part("0", '["$K1"]') + `--${BOUNDARY}--\r\n`,
    },
  ];
}

async function post(request: APIRequestContext, pathname: string, headers: Record<string, string>, data: string | Buffer) {
  return request.post(pathname, { headers: { origin: BASE_URL, accept: "text/x-component", ...headers }, data, failOnStatusCode: false, maxRedirects: 0 });
}

test("malformed server-action bodies get 400 or 413 with a Norwegian answer, never 500, and write nothing", async ({ page }) => {
  const respondOffer = actionId("respondOfferForm");
  // Signed in, so a body that got through would reach the action and could write.
  await login(page, ACCOUNTS.lis);
  const request = page.request;
  const before = await fingerprint();

  for (const c of malformedCases(respondOffer)) {
    const response = await post(request, "/logg-inn", c.headers, c.data);
    expect(response.status(), c.label).toBe(c.status);
    expect(await response.text(), c.label).toMatch(c.status === 413 ? /for stor/ : /kunne ikke leses/);
  }

  // Odd but well-formed replies pass the guard (or not, if too deep); the action (input guard, schema)
  // refuses them, never 500.
  const logOut = actionId("logOutEverywhere");
  const odd = ["[]", "[null]", '["x"]', '["$Dgarbage"]', '["$n99"]', '["$undefined"]', '["\\ud800"]', '[{"__proto__":{"a":1},"x":1}]', `${"[".repeat(500)}${"]".repeat(500)}`, `[{"a":"${"x".repeat(300_000)}"}]`];
  for (const body of odd) {
    const response = await post(request, "/logg-inn", { "next-action": logOut, "content-type": "text/plain;charset=UTF-8" }, body);
    expect(response.status(), body.slice(0, 60)).toBeLessThan(500);
    // Refused, never run: "$Dgarbage" is a Date, which once passed the empty schema as {} and logged out.
    // (React drops a "__proto__" key itself, so `[{"__proto__":…}]` alone would be the valid `{}`.)
    expect(await response.text(), body.slice(0, 60)).not.toContain('"ok":true');
  }

  // Controls: well-formed bodies still reach the action and are answered by it (not by the guard):
  // the strict schema for an unknown field (logging out everywhere would write, if it got through),
  // "unreadable" for a plain object where the form adapter wants FormData.
  const unknownField = await post(request, "/logg-inn", { "next-action": actionId("logOutEverywhere"), "content-type": "text/plain;charset=UTF-8" }, '[{"isAdmin":true}]');
  expect(unknownField.status()).toBe(200);
  expect(await unknownField.text()).toContain("VALIDATION");
  const objectForForm = await post(request, "/logg-inn", { "next-action": respondOffer, "content-type": "text/plain;charset=UTF-8" }, '[null,{"offerId":"fuzz","answer":"AVSLA"}]');
  expect(objectForForm.status()).toBe(200);
  expect(await objectForForm.text()).toContain("Skjemaet kunne ikke leses");

  expect(await fingerprint()).toEqual(before);
});

test("a real form post from the browser passes the guard and is answered by the action's schema, writing nothing", async ({ page }) => {
  await login(page, "kristoffer.lund@eksempel.no");
  await page.goto("/leder/stillinger");
  const before = await fingerprint();
  await page.getByRole("button", { name: "Lys ut stilling" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Skjemaet inneholder feil");
  await expect(page.getByText("Skriv startdato som en gyldig dato.").first()).toBeVisible();
  expect(await fingerprint()).toEqual(before);
});
