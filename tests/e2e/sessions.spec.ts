// Server-side sessions in a real browser (issue 11 §2, docs/decisions/0007).
import { expect, test, type Browser, type Cookie } from "@playwright/test";
import { ACCOUNTS, expectAccessible, login, logout } from "./helpers";

const SESSION_COOKIE = "next-auth.session-token";

/** Opens `path` in a fresh browser context that holds nothing but the given cookies. */
async function openWithCookies(browser: Browser, baseURL: string, cookies: Cookie[], path: string) {
  const context = await browser.newContext({ baseURL, locale: "nb-NO", timezoneId: "Europe/Oslo" });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

test("after 'Logg ut', a copy of the session cookie opens nothing: it lands on the login page", async ({ page, browser, baseURL }) => {
  await login(page, ACCOUNTS.leder);
  await expect(page).toHaveURL(/\/leder$/);
  const copied = (await page.context().cookies()).filter((c) => c.name === SESSION_COOKIE);
  expect(copied).toHaveLength(1);

  // Before logout the copy works in another browser: the replay below is a real attempt.
  const before = await openWithCookies(browser, baseURL!, copied, "/leder");
  await expect(before.page).toHaveURL(/\/leder$/);
  await expect(before.page.getByRole("heading", { level: 1, name: "Leder: mine avdelinger" })).toBeVisible();
  await before.context.close();

  await logout(page);

  const after = await openWithCookies(browser, baseURL!, copied, "/leder");
  await expect(after.page).toHaveURL(/\/logg-inn(\?.*)?$/);
  await expect(after.page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  await after.context.close();
});

test("'Logg ut overalt' ends the person's sessions in every browser", async ({ page, browser, baseURL }) => {
  await login(page, ACCOUNTS.regional);
  const other = await browser.newContext({ baseURL, locale: "nb-NO", timezoneId: "Europe/Oslo" });
  const otherPage = await other.newPage();
  await login(otherPage, ACCOUNTS.regional);
  await expect(otherPage).toHaveURL(/\/regional$/);

  await page.getByRole("button", { name: "Logg ut overalt" }).click();
  await page.waitForURL(/\/logg-inn/);
  await otherPage.goto("/regional");
  await expect(otherPage).toHaveURL(/\/logg-inn(\?.*)?$/);
  await other.close();
});

test("two tabs of one person each show the grant of the area they are in", async ({ page }) => {
  await login(page, ACCOUNTS.multiRole);
  await expect(page).toHaveURL(/\/koordinator$/);
  const select = page.getByLabel("Rolle");
  const regionalValue = (await select.locator("option", { hasText: "Regional koordinator" }).getAttribute("value"))!;
  const lokalValue = (await select.locator("option", { hasText: "Lokal koordinator" }).getAttribute("value"))!;
  await select.selectOption({ value: regionalValue });
  await page.getByRole("button", { name: "Bytt rolle" }).click();
  await expect(page).toHaveURL(/\/regional$/);

  // A second tab of the same session, opened on a /koordinator link while "regional" is active.
  const tab = await page.context().newPage();
  await tab.goto("/koordinator");
  const who = (p: typeof page) => p.getByRole("banner").getByText(/^Siri Mikkelsen · /);
  await expect(who(tab)).toHaveText(/· Lokal koordinator – /);
  await expect(tab.getByLabel("Rolle")).toHaveValue(lokalValue);
  await expectAccessible(tab);

  await page.reload();
  await expect(who(page)).toHaveText(/· Regional koordinator – /);
  await expect(page.getByLabel("Rolle")).toHaveValue(regionalValue);
  // The landing page follows the session's active role.
  await tab.goto("/");
  await expect(tab).toHaveURL(/\/regional$/);
  await logout(page);
});
