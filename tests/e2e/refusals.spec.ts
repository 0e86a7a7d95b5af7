import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD, expectAccessible, login } from "./helpers";

// Refusals are answers (issue 8 §3). Nothing here writes: the expired session is refused before any
// validation or service runs, and the other checks only read.
const MAGNUS = "magnus.larsen@eksempel.no"; // LIS, Finnmark, plan under arbeid
const EXPIRED = "Økten din er utløpt. Logg inn igjen for å fortsette.";

test("a session that expires between loading and submitting a form lands on the login page with a Norwegian message, and returns to the form after logging in", async ({ page, context }) => {
  await login(page, MAGNUS);
  await page.goto("/lis/plan?rediger=1");
  const save = page.getByRole("button", { name: "Lagre planen" });
  await expect(save).toBeVisible();

  // The session ends while the form is open: the browser no longer has the session cookie.
  await context.clearCookies({ name: /next-auth\.session-token/ });
  expect((await context.cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);
  await save.click();

  await page.waitForURL(/\/logg-inn\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("neste")).toBe("/lis/plan?rediger=1");
  expect(url.searchParams.get("grunn")).toBe("utlopt");
  await expect(page.getByRole("status").filter({ hasText: EXPIRED })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("E-postadresse").fill(MAGNUS);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByLabel("Passord").press("Enter");
  await page.waitForURL((u) => u.pathname === "/lis/plan" && u.search === "?rediger=1");
  await expect(page.getByRole("button", { name: "Lagre planen" })).toBeVisible();
});

test("opening a role area's page without a session goes to the login page and back to that page", async ({ page }) => {
  await page.goto("/leder/stillinger?fra=lenke");
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fleder%2Fstillinger%3Ffra%3Dlenke&grunn=innlogging$/);
  await expect(page.getByRole("status").filter({ hasText: "Logg inn for å fortsette til siden du ba om." })).toBeVisible();
  await page.getByLabel("E-postadresse").fill(ACCOUNTS.leder);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByLabel("Passord").press("Enter");
  await page.waitForURL((u) => u.pathname === "/leder/stillinger");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the login page never sends a person to another site after logging in", async ({ page }) => {
  await page.goto("/logg-inn?neste=%2F%2Fevil.example%2Flis&grunn=utlopt");
  await page.getByLabel("E-postadresse").fill(ACCOUNTS.leder);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByLabel("Passord").press("Enter");
  // The unsafe `neste` is dropped: the leader lands on their own start page on this site.
  await page.waitForURL((u) => u.pathname === "/leder");
  expect(page.url()).toMatch(/^http:\/\/localhost:\d+\/leder$/);
});

test("an unknown vacancy id shows the Norwegian 404 page, not an error", async ({ page }) => {
  await login(page, ACCOUNTS.leder);
  const response = await page.goto("/leder/stillinger/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden (404)" })).toBeVisible();
  await expectAccessible(page);
});

test("a route handler refuses another role with 403 and a Norwegian text", async ({ page }) => {
  await login(page, ACCOUNTS.lokal);
  const response = await page.request.get("/regional/fiktiv-enhet/eksport");
  expect(response.status()).toBe(403);
  expect(await response.text()).toBe("Du har ikke tilgang til dette.");
});
