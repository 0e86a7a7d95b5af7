import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, login } from "./helpers";

// Read-only: the coordinators' start pages over the seeded demo data (issue 10 §4–5).

test("the local coordinator's start page says what to do today, with days overdue, and leads to the plan", async ({ page }) => {
  await login(page, ACCOUNTS.lokal); // Hilde Pedersen, NLSH
  await page.goto("/koordinator");
  await expect(page.getByRole("heading", { level: 1, name: "Lokal koordinator" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^I dag \(\d+\)$/ })).toBeVisible();

  // Ida Karlsen started 35 days ago with no plan; the deadline was 4 weeks.
  const missing = page.getByRole("region", { name: "Mangler plan etter fristen (1)" });
  await expect(missing.getByRole("listitem").filter({ hasText: "Ida Karlsen" })).toContainText("7 dager over fristen");
  await expect(missing.getByRole("listitem").filter({ hasText: "Ida Karlsen" })).toContainText("Ansvarlig: Ida Karlsen (LIS) og leder Kari Johnsen");
  // Thomas Andreassen's approval expired about a month ago.
  const expired = page.getByRole("region", { name: "Utløpte plangodkjenninger (1)" });
  await expect(expired.getByRole("listitem").filter({ hasText: "Thomas Andreassen" })).toContainText(/\d+ dager over fristen/);
  await expectAccessible(page);

  // On a phone: no horizontal scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The CSV of the list.
  const csv = await page.request.get("/koordinator/i-dag/eksport");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toContain("Ida Karlsen");

  // Search by name across the trust (GET form).
  await page.getByRole("searchbox", { name: "Navn" }).fill("kar");
  await page.getByRole("button", { name: "Søk" }).click();
  await expect(page).toHaveURL(/\/koordinator\?q=kar/);
  await expect(page.getByRole("status").filter({ hasText: /treff på «kar»/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gjennomføringsplan for Ida Karlsen" })).toBeVisible();
  await expectAccessible(page);

  // Follow an item to the place where it is done.
  await expired.getByRole("link", { name: "Thomas Andreassen" }).click();
  await expect(page).toHaveURL(/\/koordinator\/planer\/seed-employment-thomas$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Thomas Andreassen").first()).toBeVisible();
});

test("the regional coordinator's start page ranks the trusts by expired and missing plans and leads to them", async ({ page }) => {
  await login(page, ACCOUNTS.regional); // Tor Henriksen, Helse Nord
  await page.goto("/regional");
  await expect(page.getByRole("heading", { level: 1, name: "Regional koordinator" })).toBeVisible();
  for (const name of [/^Samtidskonflikter å avgjøre \(\d+\)$/, /^Fagavtaler som utløper innen 90 dager \(\d+\)$/, /^Terminer med for få ledige plasser \(\d+\)$/]) {
    await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
  }
  const plans = page.getByRole("region", { name: /^Foretak med flest utløpte eller manglende planer \(\d+\)$/ });
  const nlsh = plans.getByRole("listitem").filter({ hasText: "Nordlandssykehuset HF" });
  await expect(nlsh).toContainText("1 utløpte plangodkjenninger, 1 LIS uten godkjent plan etter fristen.");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await nlsh.getByRole("link", { name: "Nordlandssykehuset HF" }).click();
  await expect(page).toHaveURL(/\/regional\/fiktiv-enhet\?organisationId=seed-org-nlsh&plan=utlopt/);
  await expect(page.getByRole("heading", { level: 1, name: "Fiktive enheter i regionen" })).toBeVisible();
  await expect(page.getByText("Thomas Andreassen").first()).toBeVisible();
});
