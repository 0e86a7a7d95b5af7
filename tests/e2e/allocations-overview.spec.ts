import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, logout, monthStart } from "./helpers";

// Read-only. Runs after allocation.spec.ts, which leaves UNN gastro's vacancy from monthStart(4) filled by
// Mathias Hansen (Finnmark, accepted) and the one from monthStart(10) offered to Ingrid Nilsen (Helgeland).

const shown = (iso: string) => iso.split("-").reverse().join(".");

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test("the regional coordinator sees offers per vacancy, filters the offers by status and opens one vacancy's ranking", async ({ page }) => {
  await login(page, "tor.henriksen@eksempel.no");
  await page.goto("/regional/tildelinger");
  await expect(page.getByRole("heading", { level: 1, name: "Tildelinger i regionen" })).toBeVisible();
  const summary = page.getByRole("table", { name: "Tilbud per stilling" });
  const filled = summary.getByRole("row").filter({ hasText: `${shown(monthStart(4))},` }).first();
  const offered = summary.getByRole("row").filter({ hasText: `${shown(monthStart(10))},` }).first();
  await expect(filled).toBeVisible();
  await expect(offered).toBeVisible();
  // Columns: Stilling (row header), Periode, Plasser, Åpne, Akseptert, Avslått, Utløpt, Trukket.
  await expect(filled.getByRole("cell").nth(3)).toHaveText("1"); // accepted
  await expect(offered.getByRole("cell").nth(2)).toHaveText("1"); // open
  // Until a vacancy is chosen, no ranking is loaded.
  await expect(page.getByRole("region", { name: "Rangering" })).toContainText("Velg en stilling");
  await expectAccessible(page);

  // Filter the offers by status: the query string carries it, and only accepted offers are listed.
  const offers = page.getByRole("table", { name: "Tilbud om gjennomstrømningsstilling i regionen" });
  await expect(offers.getByRole("row", { name: /Ingrid Nilsen/ }).first()).toBeVisible();
  await page.getByLabel("Status").selectOption("AKSEPTERT");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/status=AKSEPTERT/);
  await expect(offers.getByRole("row", { name: /Mathias Hansen/ }).first()).toContainText("Akseptert");
  await expect(offers.getByRole("row", { name: /Ingrid Nilsen/ })).toHaveCount(0);
  await expectAccessible(page);

  // One vacancy: its offers and its ranking.
  await page.goto("/regional/tildelinger");
  await offered.getByRole("link").click();
  await expect(page).toHaveURL(/stilling=/);
  await expect(page.getByRole("region", { name: "Tilbud", exact: true })).toContainText(`start ${shown(monthStart(10))}`);
  await expect(offers.getByRole("row", { name: /Ingrid Nilsen/ }).first()).toContainText("Tilbudt");
  await expect(offers.getByRole("row", { name: /Mathias Hansen/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Rangering" }).getByRole("heading", { level: 3, name: new RegExp(`start ${shown(monthStart(10)).replace(/\./g, "\\.")}`) })).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await logout(page);
});

test("a local coordinator's overview counts only their own trust's LIS's offers", async ({ page }) => {
  await login(page, "anders.haetta@eksempel.no"); // Finnmark: Mathias
  await page.goto("/koordinator/tildelinger");
  const summary = page.getByRole("table", { name: "Tilbud per stilling" });
  await expect(summary.getByRole("row").filter({ hasText: `${shown(monthStart(4))},` }).first()).toBeVisible();
  await expect(summary.getByRole("row").filter({ hasText: `${shown(monthStart(10))},` })).toHaveCount(0); // Ingrid is Helgeland's
  await expect(page.getByRole("table", { name: "Tilbud til LIS i ditt foretak" }).getByRole("row", { name: /Ingrid Nilsen/ })).toHaveCount(0);
  await expectAccessible(page);
  // An absurd filter is no filter, not an error.
  await page.goto("/koordinator/tildelinger?status=%27%3B%20DROP&side=-3&stillingsside=abc");
  await expect(page.getByRole("heading", { level: 1, name: "Tildelinger til LIS i ditt foretak" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tilbud til LIS i ditt foretak" }).getByRole("row", { name: /Mathias Hansen/ }).first()).toBeVisible();
  await logout(page);
});
