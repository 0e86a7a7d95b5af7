// Issue 10 §2 in the browser: the home leader's start page leads with what needs them. Kari Johnsen
// (Nevrologisk avdeling, NLSH) sees that Ida Karlsen's first plan is past its deadline, with the days
// over, and follows the item to Ida's plan. Reads only: changes no demo data (plan.spec.ts, later,
// works on Ida's plan).
import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

test("the home leader sees each action needed from them with its deadline and follows one to the plan", async ({ page }) => {
  await login(page, "kari.johnsen@eksempel.no");
  await expect(page).toHaveURL(/\/leder$/);
  const todo = page.getByRole("region", { name: /^Dette venter på deg/ });
  await expect(todo).toBeVisible();
  const ida = todo.getByRole("listitem").filter({ hasText: "Ida Karlsen" });
  await expect(ida).toContainText(/Frist \d{2}\.\d{2}\.\d{4}, \d+ dag(er)? over fristen\./);
  await expectAccessible(page);

  // The same page on a phone: no horizontal scrolling of the page.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });

  await ida.getByRole("link", { name: "Gå til planen for Ida Karlsen" }).click();
  await expect(page).toHaveURL(/\/leder\/planer\/seed-employment-ida$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Gjennomføringsplan/);
});

test("the receiving leader sees capacity and candidates waiting per term, and who is coming in", async ({ page }) => {
  await login(page, "kristoffer.lund@eksempel.no");
  const receiving = page.getByRole("region", { name: "Mottak av LIS i avdelingen" });
  await expect(receiving).toBeVisible();
  const table = receiving.getByRole("table").first();
  await expect(table.getByRole("columnheader", { name: "Venter i kø" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(5);
  await expectAccessible(page);
});
