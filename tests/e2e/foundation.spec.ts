import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, login, logout } from "./helpers";

test("the login page is in Norwegian, lists the demo accounts in demo mode, and is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/logg-inn$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Demobrukere" })).toBeVisible();
  await expect(page.getByRole("cell", { name: ACCOUNTS.regional })).toBeVisible();
  await expectAccessible(page);
});

test("a wrong password gives a clear Norwegian error and no session", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Fyll ut begge feltene.");
  await expect(page.getByText("Skriv inn e-postadressen din.")).toBeVisible();
  await page.getByLabel("E-postadresse").fill(ACCOUNTS.lokal);
  await page.getByLabel("Passord").fill("feil-passord");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Feil e-postadresse eller passord.");
  await expectAccessible(page);
  await page.goto("/koordinator");
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fkoordinator&grunn=innlogging$/);
});

const ROLES = [
  { who: "LIS", email: ACCOUNTS.lis, start: "/lis", heading: "Min side", text: "Arbeidsforhold", forbidden: "/koordinator" },
  { who: "leder", email: ACCOUNTS.leder, start: "/leder", heading: "Leder: mine avdelinger", text: "Gastroenterologisk kirurgi", forbidden: "/lis" },
  { who: "lokal koordinator", email: ACCOUNTS.lokal, start: "/koordinator", heading: "Lokal koordinator", text: "Nordlandssykehuset HF", forbidden: "/regional" },
  { who: "regional koordinator", email: ACCOUNTS.regional, start: "/regional", heading: "Regional koordinator", text: "Finnmarkssykehuset HF", forbidden: "/leder" },
] as const;

for (const role of ROLES) {
  test(`${role.who} lands on their own start page and is refused another role's page`, async ({ page }) => {
    await login(page, role.email);
    await expect(page).toHaveURL(new RegExp(`${role.start}$`));
    await expect(page.getByRole("heading", { level: 1, name: role.heading })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(role.text);
    await expectAccessible(page);

    const response = await page.goto(role.forbidden);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Ingen tilgang (403)" })).toBeVisible();
    await expectAccessible(page);

    await page.goto(role.start);
    await logout(page);
    await page.goto(role.start);
    await expect(page).toHaveURL(new RegExp(`/logg-inn\\?neste=${encodeURIComponent(role.start)}&grunn=innlogging$`));
  });
}

test("a person with several roles switches between them", async ({ page }) => {
  await login(page, ACCOUNTS.multiRole);
  await expect(page).toHaveURL(/\/koordinator$/);
  const select = page.getByLabel("Rolle");
  const regional = select.locator("option", { hasText: "Regional koordinator" });
  await select.selectOption({ value: (await regional.getAttribute("value"))! });
  await page.getByRole("button", { name: "Bytt rolle" }).click();
  await expect(page).toHaveURL(/\/regional$/);
  await expect(page.getByRole("heading", { level: 1, name: "Regional koordinator" })).toBeVisible();
  // The choice is remembered on the server.
  await page.goto("/");
  await expect(page).toHaveURL(/\/regional$/);
  // Both areas are open to this person.
  await page.goto("/koordinator");
  await expect(page.getByRole("heading", { level: 1, name: "Lokal koordinator" })).toBeVisible();
});
