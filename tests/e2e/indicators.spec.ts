import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, login } from "./helpers";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectIndicatorPage(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: /^Styringsinformasjon – / })).toBeVisible();
  await expect(page.getByText(/som hovedarbeidsgiver/)).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.getByRole("img").first()).toBeVisible();
  await expect(page.getByText("Definisjon:").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Prognose: behov for spesialiseringsperioder/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Prognose: / })).toBeVisible();
  await expectAccessible(page);
}

/** The printable report: every indicator table as on the page, a print button, and no navigation on paper. */
async function expectReportPage(page: Page, tableCount: number) {
  await expect(page.getByRole("heading", { level: 1, name: /^Styringsrapport – / })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(tableCount);
  await expect(page.getByRole("table", { name: /^Prognose: / })).toBeVisible();
  await expect(page.getByRole("link", { name: /\(CSV\)$/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: /^Styringsrapport – / })).toBeVisible();
  const breaks = await page.locator("section[aria-labelledby^='indikator-']").evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks.length).toBeGreaterThan(3);
  expect(new Set(breaks)).toEqual(new Set(["page"]));
  await page.emulateMedia({ media: "screen" });
}

test("a local coordinator opens Styringsinformasjon from the menu, sees tables and charts, takes a snapshot and downloads a table as CSV", async ({ page }) => {
  await login(page, "marit.sorensen@eksempel.no");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Styringsinformasjon" }).click();
  await expect(page).toHaveURL(/\/koordinator\/styringsinformasjon/);
  await expectIndicatorPage(page);

  await page.getByRole("button", { name: "Ta øyeblikksbilde" }).click();
  await expect(page.getByText(/Øyeblikksbilde av .* er lagret|allerede tatt et øyeblikksbilde/).first()).toBeVisible();

  const link = page.getByRole("link", { name: /\(CSV\)$/ }).first();
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(await response.text()).toContain("Foretak");

  const other = await page.request.get("/koordinator/styringsinformasjon/eksport?omrade=finnes-ikke&tabell=x");
  expect(other.status()).toBe(404);
  const otherPage = await page.request.get("/koordinator/styringsinformasjon?omrade=finnes-ikke");
  expect(otherPage.status()).toBe(404);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("a local coordinator opens the printable report from Styringsinformasjon, and only for her own trust", async ({ page }) => {
  await login(page, "marit.sorensen@eksempel.no");
  await page.goto("/koordinator/styringsinformasjon");
  const onPage = await page.getByRole("table").count();
  await page.getByRole("link", { name: "Utskriftsvennlig rapport" }).click();
  await expect(page).toHaveURL(/\/koordinator\/styringsinformasjon\/rapport\?omrade=/);
  await expectReportPage(page, onPage);
  const other = await page.goto("/koordinator/styringsinformasjon/rapport?omrade=finnes-ikke");
  expect(other?.status()).toBe(404);
});

test("a regional coordinator sees the region's indicators, accessible and without horizontal scroll at 390 px", async ({ page }) => {
  await login(page, ACCOUNTS.regional);
  await page.goto("/regional/styringsinformasjon");
  await expectIndicatorPage(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("a regional coordinator prints the region's report, accessible and without horizontal scroll at 390 px", async ({ page }) => {
  await login(page, ACCOUNTS.regional);
  await page.goto("/regional/styringsinformasjon");
  const onPage = await page.getByRole("table").count();
  await page.goto("/regional/styringsinformasjon/rapport");
  await expectReportPage(page, onPage);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("a LIS may not open the coordinators' Styringsinformasjon, its report nor its export", async ({ page }) => {
  await login(page, ACCOUNTS.lis);
  const response = await page.goto("/koordinator/styringsinformasjon");
  expect(response?.status()).toBe(403);
  const report = await page.goto("/regional/styringsinformasjon/rapport");
  expect(report?.status()).toBe(403);
  const csv = await page.request.get("/regional/styringsinformasjon/eksport?tabell=x");
  expect(csv.status()).toBe(403);
});
