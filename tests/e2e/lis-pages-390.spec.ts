import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, login, logout } from "./helpers";

// Read-only. Issue 10 "Done when": a test at 390 px finds no horizontal scroll on the LIS pages. Jonas
// Eriksen (in the queue, a completed period, an approved plan) and Sara Mortensen (an intake form and,
// after period-agreement.spec, an agreed period) are only read.
const PAGES = ["/lis", "/lis/ko", "/lis/tilbud", "/lis/plan", "/lis/plan/utskrift", "/lis/innsyn", "/lis/varsler"];

for (const email of ["jonas.eriksen@eksempel.no", "sara.mortensen@eksempel.no"]) {
  test(`every LIS page reflows at 390 px without horizontal scroll, accessible (${email.split("@")[0]})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, email);
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Open every collapsed line, so what a LIS unfolds on a phone is measured too.
      await page.evaluate(() => document.querySelectorAll("main details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
    await logout(page);
  });
}
