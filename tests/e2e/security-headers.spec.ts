// Security headers and origins in a real browser (issue 11 §7, docs/decisions/0010).
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { ACCOUNTS, login } from "./helpers";

type Violation = { directive: string; blocked: string; source: string };

/** Collects every CSP violation the page reports: the DOM event and Chromium's console message. */
async function watchCsp(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction("__reportCspViolation", (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });
  page.on("console", (message) => {
    // Also Permissions-Policy's "Unrecognized feature" warnings: the header must be clean.
    if (/Content Security Policy|Permissions-Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
      violations.push({ directive: "console", blocked: message.text(), source: message.location().url });
    }
  });
  return violations;
}

/** The CSP's nonce, and that every script tag in the HTML carries exactly that nonce. */
async function expectNoncedPage(response: Response | APIResponse | null): Promise<string> {
  expect(response, "no response").not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce, `CSP without a nonce: ${csp}`).toBeTruthy();
  expect(csp).toContain("script-src 'self' 'nonce-");
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("upgrade-insecure-requests");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["strict-transport-security"]).toBeUndefined();

  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  const inline = scripts.filter((tag) => !/\bsrc=/.test(tag));
  expect(inline.length, "Next renders inline scripts; none found").toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "a script without the response's nonce").toContain(`nonce="${nonce}"`);
  return nonce!;
}

test("every page carries a CSP with a fresh nonce on all its scripts, Permissions-Policy and no HSTS over http; nothing is blocked", async ({ page }) => {
  const violations = await watchCsp(page);

  const first = await expectNoncedPage(await page.goto("/logg-inn"));
  // The watch sees a violation (scripts from Playwright itself bypass the CSP, an image does not).
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img alt="" src="http://example.invalid/x.png">'));
  await expect.poll(() => violations.map((v) => v.directive)).toEqual(expect.arrayContaining(["img-src", "console"]));
  violations.length = 0;

  const second = await expectNoncedPage(await page.goto("/logg-inn"));
  expect(second).not.toBe(first);
  // The page's scripts ran: the login form is hydrated and logs in by JavaScript.
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();

  const areas = [
    { email: ACCOUNTS.lis, start: "/lis", heading: "Min side" },
    { email: ACCOUNTS.leder, start: "/leder", heading: "Leder: mine avdelinger" },
    { email: ACCOUNTS.lokal, start: "/koordinator", heading: "Lokal koordinator" },
    { email: ACCOUNTS.regional, start: "/regional", heading: "Regional koordinator" },
  ];
  for (const area of areas) {
    await page.context().clearCookies();
    await login(page, area.email);
    await expect(page).toHaveURL(new RegExp(`${area.start}$`));
    await expect(page.getByRole("heading", { level: 1, name: area.heading })).toBeVisible();
    await expectNoncedPage(await page.goto(area.start));
    // A client-side navigation through the main menu loads more chunks under 'strict-dynamic'.
    const links = page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link");
    if ((await links.count()) > 1) {
      await links.nth(1).click();
      await page.waitForLoadState("networkidle");
    }
  }
  expect(violations).toEqual([]);
});

test("a role switch still works, and its server action from a foreign Origin with X-Forwarded-Host is refused with 403 and changes nothing", async ({ page, baseURL }) => {
  const violations = await watchCsp(page);
  await login(page, ACCOUNTS.multiRole);
  await expect(page).toHaveURL(/\/koordinator$/);

  // Capture the real server action the form sends, and keep it from reaching the server.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/koordinator", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  const select = page.getByLabel("Rolle");
  const regional = (await select.locator("option", { hasText: "Regional koordinator" }).getAttribute("value"))!;
  await select.selectOption({ value: regional });
  await page.getByRole("button", { name: "Bytt rolle" }).click();
  await expect.poll(() => captured).not.toBeNull();
  await page.unrouteAll({ behavior: "wait" });
  const action = captured!;
  expect(action.headers["origin"]).toBe(baseURL);

  const replay = (origin: string, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(action.headers)) {
      if (!/^(host|content-length|cookie|origin|referer|connection)$/i.test(name) && !name.startsWith(":")) headers[name] = value;
    }
    return page.request.post(action.url, { headers: { ...headers, origin, ...extra }, data: action.body, maxRedirects: 0 });
  };

  const foreign = await replay("https://evil.example", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("annet nettsted");
  const nullOrigin = await replay("null");
  expect(nullOrigin.status()).toBe(403);

  // Nothing changed: the active role is still the local coordinator's.
  await page.goto("/");
  await expect(page).toHaveURL(/\/koordinator$/);

  // The same request from the app's own origin is a real, working action (so the refusal above was not luck).
  const own = await replay(baseURL!);
  expect(own.status()).toBeLessThan(400);
  await page.goto("/");
  await expect(page).toHaveURL(/\/regional$/);

  // And through the form in the browser, under the CSP: back to the local coordinator.
  const back = (await page.getByLabel("Rolle").locator("option", { hasText: "Lokal koordinator" }).getAttribute("value"))!;
  await page.getByLabel("Rolle").selectOption({ value: back });
  await page.getByRole("button", { name: "Bytt rolle" }).click();
  await expect(page).toHaveURL(/\/koordinator$/);
  await expect(page.getByRole("heading", { level: 1, name: "Lokal koordinator" })).toBeVisible();
  expect(violations).toEqual([]);
});
