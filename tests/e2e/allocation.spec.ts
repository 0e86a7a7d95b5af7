import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, logout, monthStart } from "./helpers";

// Demo people used here and mutated by no other spec: Kristoffer Lund (receiving leader, UNN
// gastroenterologisk kirurgi), Mathias Hansen (Finnmark, waited longest; accepts an offer),
// Ingrid Nilsen and Even Aas (a tie between Helgeland and Finnmark), Tor Henriksen (regional).
// Jonas Eriksen is only looked at (his queue position), never changed.

async function announce(page: Page, startDate: string, windowDays: string) {
  await page.goto("/leder/stillinger");
  await expect(page.getByRole("heading", { level: 1, name: "Gjennomstrømningsstillinger" })).toBeVisible();
  await page.getByLabel("Startdato").fill(startDate);
  await page.getByLabel("Vindu for ønsket start (dager)").fill(windowDays);
  await page.getByRole("button", { name: "Lys ut stilling" }).click();
  await expect(page.getByRole("status")).toContainText("Stillingen er lyst ut.");
  await page.getByRole("link", { name: "Se kandidatlisten" }).click();
  await expect(page.getByRole("heading", { name: "Rangerte kandidater" })).toBeVisible();
}

test("a receiving leader announces a vacancy, picks the top-ranked candidate; the LIS accepts and sees the agreed period; capacity is used", async ({ page }) => {
  test.setTimeout(120_000); // five logins, two confirm steps and eight axe runs on a shared machine
  await login(page, "kristoffer.lund@eksempel.no");
  await page.goto("/leder/stillinger");
  await expectAccessible(page);

  // Validation: nothing saved, errors next to the field and in the summary, and what was typed stays.
  await expect(page.getByLabel("Startdato")).toHaveAccessibleDescription(/dd\.mm\.åååå/);
  await page.getByLabel("Antall stillinger").fill("3");
  await page.getByLabel("Vindu for ønsket start (dager)").fill("45");
  await page.getByRole("button", { name: "Lys ut stilling" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Skjemaet inneholder feil");
  await expect(page.getByText("Skriv startdato som en gyldig dato.").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Utlyste gjennomstrømningsstillinger" })).toHaveCount(0);
  await expect(page.getByLabel("Antall stillinger")).toHaveValue("3");
  await expect(page.getByLabel("Vindu for ønsket start (dager)")).toHaveValue("45");
  await page.getByLabel("Antall stillinger").fill("1");
  await expectAccessible(page);

  await announce(page, monthStart(4), "90");
  await expectAccessible(page);
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^1\. Mathias Hansen, Finnmarkssykehuset HF/ }) });
  await expect(first).toContainText("har ventet lengst");
  await expect(page.getByRole("heading", { name: /^2\. Jonas Eriksen, Helgelandssykehuset HF/ })).toBeVisible();
  await expect(page.getByText(/Nr\. 1 i Helgelandssykehuset HFs prioritering/).first()).toBeVisible();

  // The first press asks (issue 10 §7); Avbryt changes nothing and returns focus; the second press sends.
  await first.getByRole("button", { name: "Tilby plass til Mathias Hansen" }).click();
  const ask = first.getByRole("group", { name: "Du tilbyr plassen til Mathias Hansen" });
  await expect(ask.getByRole("heading")).toBeFocused();
  await expect(ask).toContainText("reserveres mens tilbudet er åpent");
  await expectAccessible(page);
  await ask.getByRole("button", { name: "Avbryt" }).click();
  await expect(first.getByRole("button", { name: "Tilby plass til Mathias Hansen" })).toBeFocused();
  await expect(page.getByRole("table", { name: "Tilbud for stillingen" })).toHaveCount(0);
  await first.getByRole("button", { name: "Tilby plass til Mathias Hansen" }).click();
  await first.getByRole("button", { name: "Bekreft: send tilbud til Mathias Hansen" }).click();
  const offerReceipt = page.getByTestId("tilbud-kvittering");
  await expect(offerReceipt).toBeFocused();
  await expect(offerReceipt).toContainText("Tilbudet er sendt.");
  const offers = page.getByRole("table", { name: "Tilbud for stillingen" });
  await expect(offers.getByRole("row", { name: /Mathias Hansen/ })).toContainText("Tilbudt");
  const finnmark = page.getByRole("row", { name: /Finnmarkssykehuset HF/ }).first();
  await expect(finnmark.getByRole("cell").nth(3)).toHaveText("1"); // reserved by the open offer
  await logout(page);

  await login(page, "mathias.hansen@eksempel.no");
  await page.goto("/lis/tilbud");
  await expect(page.getByRole("heading", { name: /Generell kirurgi: Gastroenterologisk kirurgi/ })).toBeVisible();
  await expectAccessible(page);
  // Keyboard only (issue 10 §7): the first press asks to confirm, the second answers; focus ends on the receipt.
  await page.getByRole("button", { name: "Aksepter tilbudet" }).focus();
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("group", { name: /^Du takker ja til tilbudet: Generell kirurgi, Gastroenterologisk kirurgi/ });
  await expect(confirm.getByRole("heading")).toBeFocused();
  await expect(confirm).toContainText("kan ikke angres");
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Bekreft: takk ja" })).toBeFocused();
  await page.keyboard.press("Enter");
  const receipt = page.getByTestId("svar-kvittering");
  await expect(receipt).toBeFocused();
  await expect(receipt).toContainText("Svaret ditt er registrert");
  const agreed = page.getByRole("table", { name: "Avtalte spesialiseringsperioder" });
  await expect(agreed.getByRole("row", { name: /Gastroenterologisk kirurgi, Universitetssykehuset Nord-Norge HF/ })).toContainText("Avtalt");
  await expect(agreed).toContainText("Automatisk");
  await expectAccessible(page);
  await logout(page);

  await login(page, "jonas.eriksen@eksempel.no");
  await page.goto("/lis/ko");
  await expect(page.getByRole("heading", { level: 1, name: "Min plass i køen" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(/Du er nr\. \d+ av \d+/);
  await expectAccessible(page);
  await logout(page);

  await login(page, "kristoffer.lund@eksempel.no");
  await page.goto("/leder/stillinger");
  await page.getByRole("link", { name: new RegExp(`fra ${monthStart(4).split("-").reverse().join(".")}`) }).first().click();
  const used = page.getByRole("row", { name: /Finnmarkssykehuset HF/ }).first();
  await expect(used.getByRole("cell").nth(2)).toHaveText("1"); // used
  await expect(used.getByRole("cell").nth(4)).toHaveText("0"); // free
  await expect(page.getByRole("table", { name: "Tilbud for stillingen" })).toContainText("Akseptert");
  await logout(page);

  // Finnmark's local coordinator sees it in the work list.
  await login(page, "anders.haetta@eksempel.no");
  await page.goto("/koordinator/tildelinger");
  await expect(page.getByRole("table", { name: "Tilbud til LIS i ditt foretak" }).getByRole("row", { name: /Mathias Hansen/ })).toContainText("Oppdater fiktiv enhet");
  await expectAccessible(page);
});

test("a tie between two trusts becomes a samtidskonflikt that the regional coordinator resolves with a reason, on the record", async ({ page }) => {
  await login(page, "kristoffer.lund@eksempel.no");
  await announce(page, monthStart(10), "30");
  await expect(page.getByRole("note")).toContainText("Samtidskonflikt");
  await page.getByRole("button", { name: "Tilby plass til Even Aas" }).click();
  await expect(page.getByRole("group", { name: "Du velger Even Aas" })).toContainText("samtidskonflikt");
  await page.getByRole("button", { name: "Bekreft: velg Even Aas" }).click();
  await expect(page.getByTestId("tilbud-kvittering")).toContainText("samtidskonflikt er opprettet");
  await expect(page.getByRole("note")).toContainText("sendt til regional koordinator");
  await expect(page.getByRole("table", { name: "Tilbud for stillingen" })).toHaveCount(0);
  await expectAccessible(page);
  await logout(page);

  await login(page, "tor.henriksen@eksempel.no");
  await page.goto("/regional/konflikter");
  const section = page.getByRole("region", { name: /Generell kirurgi, Gastroenterologisk kirurgi UNN/ }).filter({ hasText: "Ingrid Nilsen" }).first();
  await expect(section).toContainText("Even Aas");
  await expect(section).toContainText("Åpen");
  await expectAccessible(page);
  await section.getByLabel("Ingrid Nilsen (Helgelandssykehuset HF)").check();
  await section.getByLabel("Begrunnelse").fill("Avdelingene ble enige: Helgeland har ingen annen plass høsten.");
  await section.getByRole("button", { name: "Registrer steg" }).click();
  await expect(section).toContainText("Avgjort");
  await expect(section.getByRole("listitem").filter({ hasText: "Avgjort" })).toContainText("Helgeland har ingen annen plass høsten");
  await expect(section.getByRole("listitem").filter({ hasText: "Avgjort" })).toContainText("Tor Henriksen");
  await expectAccessible(page);
  await logout(page);

  await login(page, "kristoffer.lund@eksempel.no");
  await page.goto("/leder/stillinger");
  await page.getByRole("link", { name: new RegExp(`fra ${monthStart(10).split("-").reverse().join(".")}`) }).first().click();
  await expect(page.getByRole("heading", { name: "Samtidskonflikter for stillingen" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Helgeland har ingen annen plass høsten");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Tilby plass til Ingrid Nilsen" }).click();
  await page.getByRole("button", { name: "Bekreft: send tilbud til Ingrid Nilsen" }).click();
  await expect(page.getByRole("table", { name: "Tilbud for stillingen" }).getByRole("row", { name: /Ingrid Nilsen/ })).toContainText("Tilbudt");
  await logout(page);

  // Helgeland's local coordinator sees the conflict and its history.
  await login(page, "marit.sorensen@eksempel.no");
  await page.goto("/koordinator/konflikter");
  const history = page.getByRole("region", { name: /Generell kirurgi, Gastroenterologisk kirurgi UNN/ }).filter({ hasText: "Ingrid Nilsen" }).first();
  await expect(history).toContainText("Helgeland har ingen annen plass høsten");
  await expect(history.getByRole("button", { name: "Registrer steg" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a receiving leader withdraws a vacancy with a written reason; it shows as Trukket and can no longer be picked from", async ({ page }) => {
  // No offer is made here, so no LIS is changed.
  await login(page, "kristoffer.lund@eksempel.no");
  await announce(page, monthStart(7), "30");
  const withdraw = page.getByRole("region", { name: "Trekk stillingen" });
  await withdraw.getByRole("button", { name: "Trekk stillingen", exact: true }).click();
  await expect(withdraw.getByRole("group", { name: "Du trekker stillingen" })).toContainText("kan ikke angres");
  await withdraw.getByRole("button", { name: "Bekreft: trekk stillingen" }).click();
  await expect(withdraw.getByRole("alert")).toContainText("Skjemaet inneholder feil");
  // A refusal closes the confirmation: the error summary has the focus, and the next try asks again.
  await expect(withdraw.getByRole("alert")).toBeFocused();
  await expect(withdraw.getByRole("button", { name: "Bekreft: trekk stillingen" })).toHaveCount(0);
  await expect(withdraw.getByText("Skriv hvorfor stillingen trekkes.").first()).toBeVisible();
  await expectAccessible(page);

  await withdraw.getByLabel("Begrunnelse for å trekke stillingen").fill("Budsjettet for stillingen er trukket tilbake.");
  await withdraw.getByRole("button", { name: "Trekk stillingen", exact: true }).click();
  await withdraw.getByRole("button", { name: "Bekreft: trekk stillingen" }).click();
  const withdrawReceipt = page.getByTestId("trekk-kvittering");
  await expect(withdrawReceipt).toBeFocused();
  await expect(withdrawReceipt).toContainText("Stillingen er trukket");
  const note = page.getByTestId("stilling-trukket");
  await expect(note).toContainText("Trukket");
  await expect(note).toContainText("Begrunnelse: Budsjettet for stillingen er trukket tilbake.");
  await expect(page.getByRole("button", { name: /^Tilby plass til/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Trekk stillingen" })).toHaveCount(0);
  await expectAccessible(page);
});
