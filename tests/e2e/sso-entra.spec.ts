// Issue 12 §2 / decision 0021 in a real browser: Entra ID login through the local Entra-like provider
// (code + PKCE, client secret). A linked directory id lands on the role's start page; an unknown id with
// a verified e-mail of a known person waits for the coordinator, who confirms on "Personer og
// innlogging", and then the same login works. Changes demo data: Nora Lie gets an Entra link (no other
// spec uses it). Runs before sso.spec.ts ("-" sorts before ".").
import { expect, test, type Page } from "@playwright/test";
import { startLocalEntra, type LocalIdp } from "../helpers/oidc-provider";
import { expectAccessible, login, logout } from "./helpers";

const APP = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const ENTRA_PORT = Number(process.env.E2E_ENTRA_PORT ?? 3392);
let idp: LocalIdp;

test.beforeAll(async () => {
  idp = await startLocalEntra({ port: ENTRA_PORT, redirectUris: [`${APP}/api/sso/entra/callback`], postLogoutRedirectUris: [`${APP}/logg-inn`] });
});
test.afterAll(async () => {
  await idp?.close();
});

/**
 * "Logg inn med Entra ID" on the app's login page, then the provider's form (unless the browser still
 * has a session at the provider, which sends it straight back), back in the app.
 */
async function signInWithEntra(page: Page, login: string): Promise<void> {
  await page.goto("/logg-inn");
  const backInApp = (url: URL) => url.origin === APP && !url.pathname.startsWith("/api/sso") && url.pathname !== "/logg-inn";
  await page.getByRole("link", { name: "Logg inn med Entra ID" }).click();
  const form = page.locator('input[name="login"]');
  await Promise.race([form.waitFor({ state: "visible" }), page.waitForURL(backInApp)]);
  if (new URL(page.url()).origin === idp.issuer) {
    // Entra has no PAR: the PKCE challenge is in the address, never the verifier.
    await form.fill(login);
    await page.locator('input[name="password"]').fill("hva-som-helst");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.waitForURL(backInApp);
  }
}

test("a linked leader signs in with Entra ID and lands on the leader's start page", async ({ page }) => {
  await signInWithEntra(page, "astrid");
  await expect(page).toHaveURL(`${APP}/leder`);
  await expect(page.getByRole("heading", { level: 1, name: "Leder: mine avdelinger" })).toBeVisible();
});

test("an unknown account with nobody's e-mail lands on the no-access page", async ({ page }) => {
  await signInWithEntra(page, "ukjent");
  await expect(page).toHaveURL(`${APP}/logg-inn/ingen-tilgang?via=entra`);
  await expect(page.getByTestId("ingen-tilgang")).toContainText("ikke koblet til noen person");
});

test("a verified e-mail of a known person waits; the coordinator confirms; then the login works", async ({ page, browser }) => {
  await signInWithEntra(page, "nora");
  await expect(page).toHaveURL(`${APP}/logg-inn/venter`);
  await expect(page.getByRole("heading", { level: 1, name: "Venter på bekreftelse fra koordinator" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/lis");
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Flis/);

  // Marit, local coordinator of Nora's trust (Helgeland), confirms on "Personer og innlogging".
  // A context of its own (axe needs a page from browser.newContext()).
  const context = await browser.newContext({ baseURL: APP, locale: "nb-NO", timezoneId: "Europe/Oslo" });
  const coordinator = await context.newPage();
  try {
    await login(coordinator, "marit.sorensen@eksempel.no");
    await coordinator.getByRole("link", { name: "Personer og innlogging" }).first().click();
    await expect(coordinator.getByRole("heading", { level: 1, name: "Personer og innlogging" })).toBeVisible();
    const requests = coordinator.getByTestId("entra-koblinger");
    await expect(requests).toContainText("Nora Lie");
    await expectAccessible(coordinator);
    await coordinator.getByRole("button", { name: "Bekreft kobling for Nora Lie" }).click();
    // The request leaves the waiting list; the decision stays visible as a receipt.
    await expect(coordinator.getByTestId("entra-behandlet")).toContainText("Nora Lie: kobling bekreftet av Marit Sørensen");
    await coordinator.reload();
    await expect(coordinator.getByText("Ingen koblinger venter på bekreftelse.")).toBeVisible();
    // The stored id shows on the person.
    await coordinator.getByLabel("Navn, e-post eller HPR-nummer").fill("Nora");
    await coordinator.getByRole("button", { name: "Søk" }).click();
    await expect(coordinator.getByLabel("Entra ID-katalog-ID for Nora Lie")).toHaveValue("1b2c3d4e-5f60-4a7b-9c8d-0e1f2a3b4c5d");
    await logout(coordinator);
  } finally {
    await context.close();
  }

  await signInWithEntra(page, "nora");
  await expect(page).toHaveURL(`${APP}/lis`);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
});

test("a coordinator's page reflows at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await login(page, "marit.sorensen@eksempel.no");
  await page.goto("/koordinator/personer?sok=Jonas");
  await expect(page.getByLabel("HPR-nummer for Jonas Eriksen")).toHaveValue("9100014");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});
