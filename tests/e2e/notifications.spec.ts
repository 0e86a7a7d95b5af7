import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

// Emma Solheim (Helgeland) is in no other spec; her approved plan expires in about 15 days, so the
// reminder job, run when the server starts (instrumentation.ts), has given her the 30-day reminder.
const EMMA = "emma.solheim@eksempel.no";
const UNREAD = /^Varsler, (\d+) ulest/;
const HEADER_LINK = /^Varsler, (\d+ ulest|ingen uleste)/;

/** The count the header link's accessible name states ("Varsler, 3 uleste", "Varsler, ingen uleste"). */
async function unreadCount(page: Page): Promise<number> {
  const name = (await page.getByRole("banner").getByRole("link", { name: HEADER_LINK }).getAttribute("aria-label")) ?? "";
  return name === "Varsler, ingen uleste" ? 0 : Number(UNREAD.exec(name)?.[1] ?? Number.NaN);
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, matches: (el: { label: string; text: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { label: el?.getAttribute("aria-label") ?? "", text: el?.textContent?.replace(/\s+/g, " ").trim() ?? "" };
    });
    if (matches(focused)) return;
  }
  throw new Error("fant ikke elementet med tastaturet");
}

test("a LIS with a due reminder sees the unread count, opens Varsler with the keyboard and marks one read", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, EMMA);
  // The job runs as the server starts; on a busy machine it may finish just after the first page.
  await expect
    .poll(async () => {
      await page.reload();
      return unreadCount(page);
    })
    .toBeGreaterThanOrEqual(1);
  const before = await unreadCount(page);

  await tabTo(page, (el) => UNREAD.test(el.label));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/lis\/varsler$/);
  await expect(page.getByRole("heading", { level: 1, name: "Varsler" })).toBeVisible();
  const reminder = page.getByRole("article", { name: /^Gjennomføringsplanen til Emma Solheim utløper \d\d\.\d\d\.\d{4}$/ });
  await expect(reminder).toBeVisible();
  await expect(reminder).toContainText("Ulest");
  await expectAccessible(page);

  await tabTo(page, (el) => el.text.startsWith("Marker som lest: Gjennomføringsplanen til Emma Solheim utløper"));
  await page.keyboard.press("Enter");
  await expect(reminder).toContainText("Lest ");
  await expect(reminder.getByRole("button", { name: /Marker som lest/ })).toHaveCount(0);
  await expect.poll(() => unreadCount(page)).toBe(before - 1);
  await expectAccessible(page);
});

test("the local coordinator sends a reminder from the plan work list, once a day; the LIS finds it in Varsler", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "marit.sorensen@eksempel.no"); // lokal koordinator, Helgelandssykehuset
  await page.goto("/koordinator/planer");
  const row = page.getByRole("row").filter({ hasText: "Emma Solheim" }).first();
  await row.getByRole("combobox", { name: "Hvem skal få påminnelse om planen til Emma Solheim" }).selectOption("LIS");
  await row.getByRole("button", { name: "Send påminnelse om planen til Emma Solheim" }).click();
  await expect(row.getByRole("status")).toHaveText("Påminnelse sendt til Emma Solheim.");
  await expectAccessible(page);
  await row.getByRole("button", { name: "Send påminnelse om planen til Emma Solheim" }).click();
  await expect(row.getByRole("status")).toHaveText(/^Påminnelse om denne planen er allerede sendt i dag til Emma Solheim\./);
  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await page.waitForURL(/\/logg-inn/);

  await login(page, EMMA);
  expect(await unreadCount(page)).toBeGreaterThanOrEqual(1);
  await page.getByRole("banner").getByRole("link", { name: HEADER_LINK }).click();
  await expect(page.getByRole("article", { name: "Påminnelse: gjennomføringsplanen til Emma Solheim må fornyes" })).toContainText("Ulest");
});
