import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, logout, monthStart, osloDay } from "./helpers";

// Issue 10 §1: Min side tells the LIS what has a deadline. People this spec changes: Kristoffer Lund
// (announces one more vacancy at UNN gastroenterologisk kirurgi, starting monthStart(5)) and Emma
// Solheim (offered that post; she declines it at the end, so her wish is back in the queue). Emma's
// seeded plan approval expires within 30 days. Other specs only read Emma (notifications.spec counts her
// unread notifications relatively) and put her sending order back (fiktiv-enhet.spec).

const KRISTOFFER = "kristoffer.lund@eksempel.no";
const EMMA = "emma.solheim@eksempel.no";
const UNN = "Universitetssykehuset Nord-Norge HF";

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test("a LIS with an open offer and an expiring plan sees both in a banner on Min side, with the count on Tilbud", async ({ page }) => {
  test.setTimeout(150_000);
  // Before the offer: the plan's expiry is in the banner, Tilbud has no count.
  await login(page, EMMA);
  await page.goto("/lis");
  const banner = page.getByRole("region", { name: "Dette har frist" });
  await expect(banner).toContainText(/Godkjenningen av gjennomføringsplanen din \(.+\) utløper \d{2}\.\d{2}\.\d{4} \(om \d+ dager\)/);
  await expect(banner.getByRole("link", { name: "Gå til planen" })).toHaveAttribute("href", "/lis/plan");
  await expect(banner).not.toContainText("tilbud");
  await expect(page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Tilbud", exact: true })).toBeVisible();
  await logout(page);

  // Kristoffer announces a post at Emma's desired start (a ±7-day window keeps the monthStart(4) wishes out) and offers it to her.
  await login(page, KRISTOFFER);
  await page.goto("/leder/stillinger");
  await page.getByLabel("Startdato").fill(monthStart(5));
  await page.getByLabel("Vindu for ønsket start (dager)").fill("7");
  await page.getByRole("button", { name: "Lys ut stilling" }).click();
  await expect(page.getByRole("status")).toContainText("Stillingen er lyst ut.");
  await page.getByRole("link", { name: "Se kandidatlisten" }).click();
  const emma = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^\d+\. Emma Solheim, Helgelandssykehuset HF/ }) });
  await expect(emma).toBeVisible();
  const reason = emma.getByLabel("Begrunnelse for å velge Emma Solheim");
  if ((await reason.count()) > 0) await reason.fill("Emma Solheim ønsker start akkurat ved oppstart.");
  await emma.getByRole("button", { name: "Tilby plass til Emma Solheim" }).click();
  await emma.getByRole("button", { name: "Bekreft: send tilbud til Emma Solheim" }).click();
  await expect(page.getByRole("table", { name: "Tilbud for stillingen" }).getByRole("row", { name: /Emma Solheim/ })).toContainText("Tilbudt");
  await logout(page);

  // Emma: the offer with its deadline and days left first, the plan after; an open offer is an active wish.
  await login(page, EMMA);
  await page.goto("/lis");
  const deadline = osloDay(14).shown;
  await expect(banner.getByRole("listitem").first()).toContainText(
    new RegExp(`Du har et tilbud om gjennomstrømningsstilling i Generell kirurgi ved Gastroenterologisk kirurgi, ${UNN} – svar innen ${deadline.replace(/\./g, "\\.")} \\(om 14 dager\\)`),
  );
  await expect(banner.getByRole("link", { name: "Svar på tilbudet" })).toHaveAttribute("href", "/lis/tilbud");
  await expect(banner).toContainText(/utløper \d{2}\.\d{2}\.\d{4}/);
  await expect(page.getByText("Du har ingen aktive ønsker")).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav.getByRole("link", { name: "Tilbud, 1 åpent" })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(banner).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The banner's link leads to the answer; declining puts everything back (no count, no offer in the banner).
  await banner.getByRole("link", { name: "Svar på tilbudet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilbud og avtalte spesialiseringsperioder" })).toBeVisible();
  const offer = page.getByRole("listitem").filter({ hasText: "status Tilbudt" });
  await offer.getByRole("button", { name: "Avslå tilbudet" }).click();
  await offer.getByRole("button", { name: "Bekreft: avslå" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "status Avslått" })).toBeVisible();
  await page.goto("/lis");
  await expect(banner).not.toContainText("tilbud om gjennomstrømningsstilling");
  await expect(nav.getByRole("link", { name: "Tilbud", exact: true })).toBeVisible();
  await logout(page);
});
