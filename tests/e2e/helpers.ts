import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const PASSWORD = "demo1234";

export const ACCOUNTS = {
  lis: "jonas.eriksen@eksempel.no",
  leder: "kristoffer.lund@eksempel.no",
  lokal: "hilde.pedersen@eksempel.no",
  regional: "tor.henriksen@eksempel.no",
  multiRole: "siri.mikkelsen@eksempel.no",
} as const;

/** Logs in through the real login form, using only the keyboard. */
export async function login(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/logg-inn");
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByLabel("Passord").press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/logg-inn"));
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await page.waitForURL(/\/logg-inn/);
}

/** axe in the real browser: no WCAG 2.1 A/AA violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}
