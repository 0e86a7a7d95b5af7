// Issue 12 / decision 0014 in a real browser: HelseID login through the strict local HelseID-like
// provider (PAR, private_key_jwt, PKCE). The app's HELSEID_* env is set in playwright.config.ts and
// read per request, so the provider only has to run while this file does.
import { expect, test, type Page } from "@playwright/test";
import { startLocalIdp, type LocalIdp } from "../helpers/oidc-provider";
import { expectAccessible } from "./helpers";

const APP = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 3391);
let idp: LocalIdp;

test.beforeAll(async () => {
  idp = await startLocalIdp({ port: IDP_PORT, redirectUris: [`${APP}/api/sso/helseid/callback`], postLogoutRedirectUris: [`${APP}/logg-inn`] });
});
test.afterAll(async () => {
  await idp?.close();
});

/** Clicks "Logg inn med HelseID" on the app's login page and waits for the provider's login form. */
async function openProviderLogin(page: Page): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByRole("link", { name: "Logg inn med HelseID" }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  await expect(page.locator('input[name="login"]')).toBeVisible();
}

/** Signs in at the provider (its login form accepts any password) and waits until back in the app. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hva-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL((url) => url.origin === APP && !url.pathname.startsWith("/api/sso"));
}

test("the login page offers HelseID next to the password login and the demo accounts", async ({ page }) => {
  await page.goto("/logg-inn");
  await expect(page.getByRole("link", { name: "Logg inn med HelseID" })).toBeVisible();
  await expect(page.getByLabel("E-postadresse")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Demobrukere" })).toBeVisible();
  await expectAccessible(page);
});

test("a demo persona with an HPR number signs in with HelseID and lands on their role's start page", async ({ page }) => {
  await openProviderLogin(page);
  // The browser only ever carried a pushed request's reference, never the PKCE challenge or nonce.
  expect(new URL(page.url()).pathname).toMatch(/^\/interaction\//);
  await signInAtProvider(page, "jonas");
  await expect(page).toHaveURL(`${APP}/lis`);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Arbeidsforhold");
});

test("a leader signs in with HelseID and lands on the leader's start page", async ({ page }) => {
  await openProviderLogin(page);
  await signInAtProvider(page, "kristoffer");
  await expect(page).toHaveURL(`${APP}/leder`);
  await expect(page.getByRole("heading", { level: 1, name: "Leder: mine avdelinger" })).toBeVisible();
});

test("an HPR number that is not registered lands on the no-access page and opens nothing", async ({ page }) => {
  await openProviderLogin(page);
  await signInAtProvider(page, "ukjent");
  await expect(page).toHaveURL(`${APP}/logg-inn/ingen-tilgang`);
  await expect(page.getByRole("heading", { level: 1, name: "Du har ingen tilgang ennå" })).toBeVisible();
  await expect(page.getByTestId("ingen-tilgang")).toContainText("kontakt din lokale");
  await expectAccessible(page);
  await page.goto("/lis");
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Flis/);
});

test("a login below the minimum security level is refused", async ({ page }) => {
  await openProviderLogin(page);
  await signInAtProvider(page, "lavtniva"); // Jonas's HPR number, security level 2 (minimum 3)
  await expect(page).toHaveURL(`${APP}/logg-inn/avvist?grunn=sikkerhetsniva`);
  await expect(page.getByRole("heading", { level: 1, name: "Innloggingen ble avvist" })).toBeVisible();
  await expect(page.getByTestId("innlogging-avvist")).toContainText("for lavt sikkerhetsnivå");
  await expectAccessible(page);
  await page.goto("/lis");
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Flis/);
});

test("logout ends the session in the app and at the provider; the old cookies open nothing", async ({ page, browser }) => {
  await openProviderLogin(page);
  await signInAtProvider(page, "jonas");
  await expect(page).toHaveURL(`${APP}/lis`);

  // While the provider's session lives, a new HelseID login is silent (no login form): the check below can fail.
  await page.context().clearCookies({ name: /session-token/ });
  await page.goto("/logg-inn");
  await page.getByRole("link", { name: "Logg inn med HelseID" }).click();
  await page.waitForURL(`${APP}/lis`);
  const oldCookies = await page.context().cookies();
  expect(oldCookies.some((c) => /session-token/.test(c.name))).toBe(true);

  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await page.waitForURL(`${APP}/logg-inn`);
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();

  // Ended at the provider: HelseID asks for the login again instead of signing in silently.
  await openProviderLogin(page);

  // The cookies from before the logout (the app's and the provider's) open nothing.
  const old = await browser.newContext({ baseURL: APP });
  try {
    await old.addCookies(oldCookies);
    const stale = await old.newPage();
    await stale.goto("/lis");
    await expect(stale).toHaveURL(/\/logg-inn\?neste=%2Flis/);
    await stale.getByRole("link", { name: "Logg inn med HelseID" }).click();
    await stale.waitForURL((url) => url.origin === idp.issuer);
    await expect(stale.locator('input[name="login"]')).toBeVisible();
  } finally {
    await old.close();
  }
});
