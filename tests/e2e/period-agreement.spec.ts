import { expect, test } from "@playwright/test";
import { expectAccessible, login, loginAsLocalCoordinator, logout, openLine, osloDay } from "./helpers";
import { addDays, addMonths } from "../../lib/domain/calendar";

// People this spec changes: Sara Mortensen (her Helse Bergen wish, in the queue after journeys.spec.ts
// or a plain wish when this file runs alone, is recorded as an agreed period by UNN's local
// coordinator Siri Mikkelsen, whose active role is set to lokal koordinator). No later spec reads Sara.
const SIRI = "siri.mikkelsen@eksempel.no";
const SARA = "sara.mortensen@eksempel.no";

const shown = (iso: string) => iso.split("-").reverse().join(".");


test.describe.configure({ mode: "serial" });

test("the local coordinator records Sara's agreed Helse Bergen period; Min side, the FE registry and the plan show the same inclusive dates", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAsLocalCoordinator(page, SIRI);
  await page.goto("/koordinator/fiktiv-enhet?q=Sara");
  await expect(page.getByRole("heading", { level: 1, name: "Fiktiv enhet" })).toBeVisible();

  // The row's tools are behind "Endre" (a <details>).
  await page.locator("summary", { hasText: "Endre registrering og ønsker for Sara Mortensen" }).click();
  const box = page.locator("div").filter({ has: page.getByRole("heading", { name: /^Registrer avtalt periode ved .*Bergen.* for Sara Mortensen$/ }) }).last();
  await expect(box).toBeVisible();
  await expectAccessible(page);
  const start = await box.getByLabel("Avtalt start").inputValue();
  expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const lastDay = addDays(addMonths(new Date(`${start}T00:00:00Z`), 6), -1).toISOString().slice(0, 10);
  const span = `${shown(start)}–${shown(lastDay)}`;
  const today = osloDay();

  // Absurd first: an end before the start is refused in Norwegian, nothing stored.
  await box.getByLabel("Siste dag (til og med)").fill(osloDay(-400).iso);
  await box.getByLabel(/^Avtalt med/).fill("Hanne Aasen, seksjonsleder");
  await box.getByLabel("Dato for avtalen").fill(today.iso);
  await box.getByRole("button", { name: "Registrer avtalt periode for Sara Mortensen" }).click();
  await expect(box).toContainText("Siste dag må være etter startdatoen.");

  // The form is reset after an answer: fill it in again.
  await box.getByLabel("Avtalt start").fill(start);
  await box.getByLabel("Siste dag (til og med)").fill(lastDay);
  await box.getByLabel(/^Avtalt med/).fill("Hanne Aasen, seksjonsleder");
  await box.getByLabel("Dato for avtalen").fill(today.iso);
  await box.getByRole("button", { name: "Registrer avtalt periode for Sara Mortensen" }).click();
  // The registry line is the confirmation (the form gives way to "avlys avtalt periode").
  const row = page.getByRole("table", { name: /LIS i fiktiv enhet/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Sara Mortensen/ }) });
  await expect(row).toContainText(`Avtalt: Plastikkirurgi`);
  await expect(row).toContainText(`avtalt ${span} med Hanne Aasen, seksjonsleder ${today.shown}`);
  await expect(page.getByRole("button", { name: /^Avlys avtalt periode ved .* for Sara Mortensen$/ })).toBeVisible();
  await expectAccessible(page);
  await logout(page);

  // Sara's Min side: agreed, the same inclusive dates, no queue date in the line.
  await login(page, SARA);
  const line = await openLine(page, /Plastikkirurgi ved Helse Bergen/);
  await expect(line.locator("summary")).toContainText(`Avtalt: Plastikkirurgi ved Helse Bergen`);
  await expect(line.locator("summary")).toContainText(`avtalt ${span}`);
  await expect(line.locator("summary")).not.toContainText("i kø fra");
  await expect(line.getByText("Avtalt periode", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(span);
  await expectAccessible(page);

  // Her plan shows the same period, agreed, with the same dates.
  await page.goto("/lis/plan");
  const periods = page.getByRole("region", { name: "Spesialiseringsperioder" });
  await expect(periods).toContainText(`Avtalt: Plastikkirurgi ved Helse Bergen`);
  await expect(periods).toContainText(`avtalt ${span} med Hanne Aasen, seksjonsleder`);
  await expectAccessible(page);
  await logout(page);
});

test("the local coordinator moves Sara's agreed period a month with a reason; the registry and her plan show the move with the new dates", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAsLocalCoordinator(page, SIRI);
  await page.goto("/koordinator/fiktiv-enhet?q=Sara");
  await page.locator("summary", { hasText: "Endre registrering og ønsker for Sara Mortensen" }).click();
  const moveSummary = page.locator("summary", { hasText: /^Flytt eller endre perioden ved .*Bergen.* for Sara Mortensen$/ });
  await moveSummary.click();
  const move = moveSummary.locator("xpath=..");
  await expectAccessible(page);
  const oldStart = await move.getByLabel(/^Start/).inputValue();
  const oldLast = await move.getByLabel("Siste dag (til og med)").inputValue();
  const newStart = addMonths(new Date(`${oldStart}T00:00:00Z`), 1).toISOString().slice(0, 10);
  const newLast = addDays(addMonths(new Date(`${newStart}T00:00:00Z`), 6), -1).toISOString().slice(0, 10);

  // Without a reason nothing changes, and the typed dates stay.
  await move.getByLabel(/^Start/).fill(newStart);
  await move.getByLabel("Siste dag (til og med)").fill(newLast);
  await move.getByRole("button", { name: /^Lagre endret periode ved .* for Sara Mortensen$/ }).click();
  await expect(move).toContainText("Velg hvorfor perioden endres.");
  await expect(move.getByLabel(/^Start/)).toHaveValue(newStart);

  await move.getByLabel("Hvorfor endres perioden?").selectOption("LOVFESTET_FRAVAER");
  await move.getByLabel("Begrunnelse").fill("Foreldrepermisjon fram til oppstart.");
  await move.getByRole("button", { name: /^Lagre endret periode ved .* for Sara Mortensen$/ }).click();
  const row = page.getByRole("table", { name: /LIS i fiktiv enhet/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Sara Mortensen/ }) });
  const text = `Perioden er flyttet fra ${shown(oldStart)}–${shown(oldLast)} til ${shown(newStart)}–${shown(newLast)} (lovfestet fravær): Foreldrepermisjon fram til oppstart.`;
  await expect(row).toContainText(text);
  await expect(row).toContainText(`avtalt ${shown(newStart)}–${shown(newLast)}`);
  await expectAccessible(page);
  await logout(page);

  await login(page, SARA);
  await page.goto("/lis/plan");
  const periods = page.getByRole("region", { name: "Spesialiseringsperioder" });
  await expect(periods).toContainText(text);
  await expect(periods).toContainText(`avtalt ${shown(newStart)}–${shown(newLast)}`);
  await logout(page);
});
