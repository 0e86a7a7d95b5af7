import { expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { addDays, addMonths, firstOfMonth, isoDay, osloToday } from "../../lib/domain/calendar";

export const PASSWORD = "demo1234";

/** Today in Norway, shifted by `days`, as ISO (yyyy-mm-dd) and as shown (dd.mm.yyyy). */
export function osloDay(days = 0): { iso: string; shown: string } {
  const iso = isoDay(addDays(osloToday(new Date()), days));
  return { iso, shown: iso.split("-").reverse().join(".") };
}

/** The seed's dates: the first of the month `n` months after today in Norway (lib/seed/demo-data.ts). */
export function monthStart(n: number): string {
  return isoDay(addMonths(firstOfMonth(osloToday(new Date())), n));
}

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
  // Every page names itself; waiting for the title also lets a re-render after a server action settle.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** WCAG 1.4.10 reflow: the page has no horizontal scroll at the current viewport (e.g. 390 px). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** The <details> line (Min side, a registry row) whose summary matches `text`, opened if it is closed. */
export async function openLine(page: Page, text: RegExp): Promise<Locator> {
  const details = page.locator("details").filter({ has: page.locator("summary", { hasText: text }) });
  await expect(details).toHaveCount(1);
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator("summary").click();
  await expect(details).toHaveAttribute("open", "");
  return details;
}

/** Logs in a person with several roles and makes "lokal koordinator" the active role. */
export async function loginAsLocalCoordinator(page: Page, email: string): Promise<void> {
  await login(page, email);
  const role = page.getByLabel("Rolle");
  const lokal = role.locator("option", { hasText: /^Lokal koordinator/ });
  await role.selectOption({ value: (await lokal.getAttribute("value"))! });
  await page.getByRole("button", { name: "Bytt rolle" }).click();
  await expect(page).toHaveURL(/\/koordinator$/);
}
