import { expect, test } from "@playwright/test";
import { expectAccessible, login, loginAsLocalCoordinator, logout, openLine } from "./helpers";
import { addDays, addMonths, isoDay } from "../../lib/domain/calendar";

// People this spec changes: Lars Nordby (his Helse Bergen need becomes a wish, he fills in the intake
// form, it is approved and sent, and his plan revision moves the start a month), his leader Astrid
// Haugen (approves and signs) and UNN's local coordinator Siri Mikkelsen (sends, approves). Only
// journeys.spec.ts reads Lars, and it runs before this file.
const LARS = "lars.nordby@eksempel.no";
const ASTRID = "astrid.haugen@eksempel.no";
const SIRI = "siri.mikkelsen@eksempel.no";

const shown = (iso: string) => iso.split("-").reverse().join(".");



test("Lars Nordby's plan revision moving his Helse Bergen start flags his sent intake form 'Må sendes på nytt' (issue 14 §5)", async ({ page }) => {
  test.setTimeout(240_000);

  // Lars turns his need into a wish and fills in Helse Bergen's form.
  await login(page, LARS);
  let line = await openLine(page, /Behov: Plastikkirurgi ved Helse Bergen/);
  await line.getByRole("button", { name: /^Gjør til ønske: Helse Bergen/ }).click();
  line = await openLine(page, /Ønske: Plastikkirurgi ved Helse Bergen/);
  await line.getByLabel("Motivasjon").fill("Rekonstruktiv kirurgi ved et stort senter.");
  await line.getByLabel("Oppnådde læringsmål").fill("PLAST-01");
  await line.getByLabel("Kontaktinformasjon (telefon, e-post)").fill("lars.nordby@eksempel.no");
  await line.getByRole("button", { name: "Lagre innmeldingsskjema" }).click();
  await expect(line.getByRole("status").filter({ hasText: "Innmeldingsskjemaet er lagret." })).toBeVisible();
  await logout(page);

  // Astrid approves it; Siri sends it.
  await login(page, ASTRID);
  await page.goto("/leder/innmeldingsskjema");
  const leaderItem = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Lars Nordby: Plastikkirurgi ved Helse Bergen/ }) });
  await leaderItem.getByRole("button", { name: "Godkjenn skjemaet for Lars Nordby" }).click();
  await expect(leaderItem).toContainText(/godkjent av leder \d{2}\.\d{2}\.\d{4}/);
  await logout(page);
  await loginAsLocalCoordinator(page, SIRI);
  await page.goto("/koordinator/innmeldingsskjema");
  let item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Lars Nordby: Plastikkirurgi ved Helse Bergen/ }) });
  await item.getByRole("button", { name: "Send skjemaet for Lars Nordby" }).click();
  await expect(item).toContainText(/sendt \d{2}\.\d{2}\.\d{4}/);
  await expect(item).not.toContainText("Må sendes på nytt");
  await logout(page);

  // Lars revises his plan: the Helse Bergen period a month later.
  await login(page, LARS);
  await page.goto("/lis/plan");
  await page.getByRole("link", { name: "Endre planen (ny versjon)" }).click();
  const away = page.getByRole("group", { name: /Periode 2/ });
  const oldStart = await away.getByLabel("Ønsket start (foreløpig)").inputValue();
  const movedStart = addMonths(new Date(`${oldStart}T00:00:00Z`), 1);
  await page.getByRole("group", { name: /Periode 1/ }).getByLabel("Til og med").fill(isoDay(addDays(movedStart, -1)));
  await away.getByLabel("Ønsket start (foreløpig)").fill(isoDay(movedStart));
  await page.getByRole("group", { name: /Periode 3/ }).getByLabel("Fra").fill(isoDay(addMonths(movedStart, 6)));
  await page.getByRole("button", { name: "Lagre planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er lagret som en ny versjon." })).toBeVisible();
  await page.getByRole("button", { name: "Signer planen som LIS" }).click();
  await page.getByRole("button", { name: "Bekreft: signer planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har signert planen." })).toBeVisible();
  await logout(page);

  await login(page, ASTRID);
  await page.goto("/leder/planer/seed-employment-lars");
  await page.getByRole("button", { name: "Signer planen som leder" }).click();
  await page.getByRole("button", { name: "Bekreft: signer planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har signert planen." })).toBeVisible();
  await logout(page);

  // Until the revision is approved the form stands as sent; once approved, it must go again.
  await loginAsLocalCoordinator(page, SIRI);
  await page.goto("/koordinator/innmeldingsskjema");
  item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Lars Nordby: Plastikkirurgi ved Helse Bergen/ }) });
  await expect(item).not.toContainText("Må sendes på nytt");
  await page.goto("/koordinator/planer/seed-employment-lars");
  await page.getByRole("button", { name: "Godkjenn planen" }).click();
  await page.getByRole("button", { name: "Bekreft: godkjenn planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er godkjent." })).toBeVisible();
  await page.goto("/koordinator/innmeldingsskjema");
  item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Lars Nordby: Plastikkirurgi ved Helse Bergen/ }) });
  await expect(item).toContainText(`Må sendes på nytt: Ønsket oppstart er flyttet fra ${shown(oldStart)} til ${shown(isoDay(movedStart))}.`);
  await expectAccessible(page);
  await logout(page);

  // Lars sees it on Min side too.
  await login(page, LARS);
  line = await openLine(page, /Plastikkirurgi ved Helse Bergen/);
  await expect(line).toContainText("må sendes på nytt");
  await logout(page);
});
