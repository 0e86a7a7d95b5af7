import { expect, test, type Page } from "@playwright/test";
import { addDays } from "../../lib/domain/calendar";
import { expectAccessible, login, logout, monthStart } from "./helpers";

// Issue 13 §3: each LIS's course as a timeline on Min side and on the plan page, readable on a phone.
// Reads only Thomas Andreassen (NLSH nevrologi): his seeded course is a completed period at UNN
// (monthStart(-12) to the day before monthStart(-6), agreed and in the past) and a need at St. Olavs from
// monthStart(10) for the normert tid of 6 months. No other spec changes his periods.

const THOMAS = "thomas.andreassen@eksempel.no";
const KARI = "kari.johnsen@eksempel.no"; // Leader, Nevrologisk avdeling, NLSH

/** dd.mm.yyyy of an ISO day, and of the day before it (an exclusive end shown inclusive). */
const shown = (iso: string) => iso.split("-").reverse().join(".");
const dayBefore = (iso: string) => shown(addDays(new Date(`${iso}T00:00:00.000Z`), -1).toISOString().slice(0, 10));

const completed = `${shown(monthStart(-12))}–${dayBefore(monthStart(-6))}`;
const planned = `${shown(monthStart(10))}–${dayBefore(monthStart(16))}`;

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function expectThomasCourse(page: Page) {
  const timeline = page.getByRole("region", { name: "Tidslinje" });
  await expect(timeline).toBeVisible();
  const summary = timeline.getByTestId("tidslinje-sammendrag");
  await expect(summary).toContainText("Spesialiseringsperioder: gjennomført 1, behov eller ønske 1.");
  await expect(summary).toContainText(`Neste: Nevrologi ved St. Olavs hospital HF (behov), foreløpig ${planned}`);
  const list = timeline.getByRole("list", { name: /som liste, i datorekkefølge$/ });
  const done = list.getByRole("listitem").filter({ hasText: "Nevrologi ved Universitetssykehuset Nord-Norge HF" });
  await expect(done).toContainText("Gjennomført");
  await expect(done).toContainText(completed);
  await expect(done).not.toContainText("foreløpig");
  const need = list.getByRole("listitem").filter({ hasText: "Nevrologi ved St. Olavs hospital HF" });
  await expect(need).toContainText(`${planned} (foreløpig)`);
  // Today's line sits between the past period and the one ahead.
  const items = await list.getByRole("listitem").allInnerTexts();
  const todayAt = items.findIndex((t) => t.startsWith("I dag "));
  expect(todayAt).toBeGreaterThan(items.findIndex((t) => t.includes("Universitetssykehuset Nord-Norge")));
  expect(todayAt).toBeLessThan(items.findIndex((t) => t.includes("St. Olavs")));
  return timeline;
}

test("the LIS sees their course as a timeline on Min side, on a phone without sideways scrolling, and on the plan page", async ({ page }) => {
  await login(page, THOMAS);
  await page.goto("/lis");
  const timeline = await expectThomasCourse(page);
  // Wide screen: the picture, labelled by the summary, with words beside the colours.
  const picture = timeline.getByTestId("tidslinje-bilde");
  await expect(picture).toBeVisible();
  await expect(picture.getByRole("img", { name: /^Tidslinjen går fra / })).toBeVisible();
  await expect(picture).toContainText("Gjennomført");
  await expect(picture).toContainText("I dag");
  // The plan's own periods have their lane on Min side too (home and away), as on the plan page.
  await expect(picture).toContainText("Gjennomføringsplanen");
  await expect(timeline.getByRole("list", { name: /som liste/ }).getByRole("listitem").filter({ hasText: /Eget helseforetak/ }).first()).toBeVisible();
  await expectAccessible(page);

  // A phone: the list is the timeline; the picture steps aside and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(picture).toBeHidden();
  await expect(timeline.getByTestId("tidslinje-liste")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await page.goto("/lis/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Gjennomføringsplan for Thomas Andreassen" })).toBeVisible();
  const onPlan = await expectThomasCourse(page);
  // The plan page also has the plan's own periods, home and away.
  await expect(onPlan).toContainText("periodene i versjon 1 av planen (godkjent)");
  await expect(onPlan.getByRole("list", { name: /som liste/ }).getByRole("listitem").filter({ hasText: "Eget helseforetak" }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(onPlan.getByTestId("tidslinje-bilde")).toBeVisible();
  await expectAccessible(page);
  await logout(page);
});

test("the LIS's leader sees the same timeline on the plan page", async ({ page }) => {
  await login(page, KARI);
  await page.goto("/leder/planer/seed-employment-thomas");
  await expect(page.getByRole("heading", { level: 1, name: "Gjennomføringsplan for Thomas Andreassen" })).toBeVisible();
  await expectThomasCourse(page);
  await expectAccessible(page);
});
