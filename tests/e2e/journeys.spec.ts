import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, login, loginAsLocalCoordinator, logout, openLine, monthStart, osloDay } from "./helpers";

// Whole journeys across roles. Runs after allocation, fiktiv-enhet and foundation (file-name order) and
// before plan.spec.ts (whose people it does not touch); it also passes when run alone.
// People this spec changes: Sara Mortensen (fills in the Helse Bergen intake form; it is approved,
// forwarded and received, so her wish goes "i kø"), Astrid Haugen (approves it), Siri Mikkelsen (active
// role set to lokal koordinator UNN; forwards it), Kristoffer Lund (announces one more vacancy at UNN
// gastroenterologisk kirurgi) and Jonas Eriksen (offered that post, declines: back in the queue with a
// remark). Lars Nordby is only read, with the keyboard.

const SARA = "sara.mortensen@eksempel.no";
const ASTRID = "astrid.haugen@eksempel.no";
const SIRI = "siri.mikkelsen@eksempel.no";
const KRISTOFFER = "kristoffer.lund@eksempel.no";
const JONAS = "jonas.eriksen@eksempel.no";
const LARS = "lars.nordby@eksempel.no";
const UNN = "Universitetssykehuset Nord-Norge HF";


test.describe.configure({ mode: "serial" });

test("outside the region: the LIS fills in Helse Bergen's intake form, the leader approves, the coordinator forwards it and records receipt; that date is her queue date", async ({ page }) => {
  test.setTimeout(120_000);
  const received = osloDay(-1);

  // The LIS fills in the form on Min side; an empty form is refused with errors by the fields and in a summary.
  await login(page, SARA);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
  let line = await openLine(page, /Ønske: Plastikkirurgi ved Helse Bergen/);
  await expect(line.getByRole("heading", { name: /^Innmeldingsskjema til Helse Bergen/ })).toBeVisible();
  await expect(line.getByText("Ikke i kø ennå")).toBeVisible();
  await line.getByRole("button", { name: "Lagre innmeldingsskjema" }).click();
  await expect(line.getByRole("alert")).toContainText("Skjemaet inneholder feil");
  await expect(line.getByText("Skriv kort om motivasjonen din.").first()).toBeVisible();
  await expect(line.getByText("Skriv telefon eller e-post.").first()).toBeVisible();
  await expectAccessible(page);

  await line.getByLabel("Motivasjon").fill("Vil lære mikrokirurgisk rekonstruksjon ved et stort senter.");
  await line.getByLabel("Oppnådde læringsmål").fill("PLAST-01, PLAST-02");
  await line.getByLabel("Kontaktinformasjon (telefon, e-post)").fill("sara.mortensen@eksempel.no, 900 00 000");
  await line.getByRole("button", { name: "Lagre innmeldingsskjema" }).click();
  await expect(line.getByRole("status").filter({ hasText: "Innmeldingsskjemaet er lagret." })).toBeVisible();
  await expect(line).toContainText("venter på godkjenning fra leder");
  await expect(line.getByRole("button", { name: "Lagre endringer i skjemaet" })).toBeVisible();
  await expectAccessible(page);
  await logout(page);

  // Her leader approves it.
  await login(page, ASTRID);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Innmeldingsskjema" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Innmeldingsskjema" })).toBeVisible();
  const leaderItem = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Sara Mortensen: Plastikkirurgi ved Helse Bergen/ }) });
  await expect(leaderItem).toContainText("ikke godkjent av leder");
  await expect(leaderItem).toContainText("Vil lære mikrokirurgisk rekonstruksjon");
  await expectAccessible(page);
  await leaderItem.getByRole("button", { name: "Godkjenn skjemaet for Sara Mortensen" }).click();
  await expect(leaderItem).toContainText(/godkjent av leder \d{2}\.\d{2}\.\d{4}/);
  await expect(leaderItem.getByRole("button", { name: /Godkjenn skjemaet/ })).toHaveCount(0);
  await logout(page);

  // UNN's local coordinator (a person with several roles) forwards it and records the day Helse Bergen received it.
  await loginAsLocalCoordinator(page, SIRI);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Innmeldingsskjema" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Innmeldingsskjema til foretak utenfor regionen" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Sara Mortensen: Plastikkirurgi ved Helse Bergen/ }) });
  await expect(item).toContainText("godkjent av leder");
  await expect(item).toContainText("ikke sendt");
  await expectAccessible(page);
  await item.getByRole("button", { name: "Send skjemaet for Sara Mortensen" }).click();
  await expect(item).toContainText(/sendt \d{2}\.\d{2}\.\d{4}/);
  const receivedField = item.getByLabel(/^Dato Helse Bergen.* mottok skjemaet/);
  await expect(receivedField).toBeVisible();
  await receivedField.fill(received.iso);
  await item.getByRole("button", { name: "Registrer mottaksdato" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Mottaksdatoen er registrert som kødato." })).toBeVisible();
  await expect(item).toContainText(`mottatt ${received.shown} (kødato)`);
  await expectAccessible(page);
  await logout(page);

  // Sara's Min side: in the queue at Helse Bergen from the day the form was received.
  await login(page, SARA);
  line = await openLine(page, /Plastikkirurgi ved Helse Bergen/);
  await expect(line.locator("summary")).toContainText(`I kø: Plastikkirurgi ved Helse Bergen`);
  await expect(line.locator("summary")).toContainText(`i kø fra ${received.shown}`);
  await expect(line.getByText("Kødato", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(received.shown);
  await expect(line).toContainText(`mottatt ${received.shown}`);
  await expectAccessible(page);
  await logout(page);
});

test("a LIS declines an offer: the post is free again, the LIS is back in the candidate list, and no capacity stays reserved", async ({ page }) => {
  test.setTimeout(120_000);
  // Jonas Eriksen wants to start at UNN on monthStart(4); a ±7-day window keeps Emma Solheim (monthStart(5))
  // and Ingrid/Even (monthStart(10)) out. Mathias Hansen has the same wish, but allocation.spec.ts (which
  // runs first) gives him a place; when this file runs alone he tops the list and picking Jonas needs a reason.
  await login(page, KRISTOFFER);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Gjennomstrømningsstillinger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gjennomstrømningsstillinger" })).toBeVisible();
  await page.getByLabel("Startdato").fill(monthStart(4));
  await page.getByLabel("Vindu for ønsket start (dager)").fill("7");
  await page.getByRole("button", { name: "Lys ut stilling" }).click();
  await expect(page.getByRole("status")).toContainText("Stillingen er lyst ut.");
  await page.getByRole("link", { name: "Se kandidatlisten" }).click();
  await expect(page.getByRole("heading", { name: "Rangerte kandidater" })).toBeVisible();
  const vacancyUrl = page.url();
  await expect(page.getByRole("main")).toContainText("1 stilling (0 tilbudt eller besatt)");
  await expectAccessible(page);

  const jonas = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^\d+\. Jonas Eriksen, Helgelandssykehuset HF/ }) });
  await expect(jonas).toBeVisible();
  await expect(page.getByRole("heading", { name: /Emma Solheim/ })).toHaveCount(0);
  const capacity = page.getByRole("table", { name: "Kapasitet per fagavtale for terminen stillingen starter i" });
  const helgeland = capacity.getByRole("row", { name: /Helgelandssykehuset HF/ });
  await expect(helgeland.getByRole("cell").nth(3)).toHaveText("0"); // reserved
  const freeBefore = Number(await helgeland.getByRole("cell").nth(4).textContent());
  expect(freeBefore).toBeGreaterThan(0);

  const reason = jonas.getByLabel("Begrunnelse for å velge Jonas Eriksen");
  if ((await reason.count()) > 0) await reason.fill("Jonas Eriksen ønsker start akkurat ved oppstart.");
  await jonas.getByRole("button", { name: "Tilby plass til Jonas Eriksen" }).click();
  await jonas.getByRole("button", { name: "Bekreft: send tilbud til Jonas Eriksen" }).click();
  await expect(page.getByTestId("tilbud-kvittering")).toBeFocused();
  const offers = page.getByRole("table", { name: "Tilbud for stillingen" });
  await expect(offers.getByRole("row", { name: /Jonas Eriksen/ })).toContainText("Tilbudt");
  await expect(helgeland.getByRole("cell").nth(3)).toHaveText("1");
  await expect(helgeland.getByRole("cell").nth(4)).toHaveText(String(freeBefore - 1));
  await expect(page.getByRole("main")).toContainText("1 stilling (1 tilbudt eller besatt)");
  await expect(page.getByRole("button", { name: /^Tilby plass til/ })).toHaveCount(0);
  await logout(page);

  // Jonas declines with a reason.
  await login(page, JONAS);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: /^Tilbud(, \d+ (åpent|åpne))?$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilbud og avtalte spesialiseringsperioder" })).toBeVisible();
  const offer = page.getByRole("listitem").filter({ hasText: "status Tilbudt" });
  await expect(offer.getByRole("heading", { name: `Generell kirurgi: Gastroenterologisk kirurgi, ${UNN}` })).toBeVisible();
  await expectAccessible(page);
  await offer.getByLabel("Begrunnelse (valgfri ved avslag)").fill("Familiehensyn: jeg kan ikke flytte til Tromsø i vår.");
  await offer.getByRole("button", { name: "Avslå tilbudet" }).click();
  // A stray click changes nothing: Avbryt goes back, and only "Bekreft: avslå" answers.
  await offer.getByRole("button", { name: "Avbryt" }).click();
  await expect(offer.getByRole("button", { name: "Avslå tilbudet" })).toBeFocused();
  await offer.getByRole("button", { name: "Avslå tilbudet" }).click();
  await expect(offer.getByRole("group")).toContainText("Du avslår tilbudet");
  await offer.getByRole("button", { name: "Bekreft: avslå" }).click();
  await expect(page.getByTestId("svar-kvittering")).toBeFocused();
  await expect(page.getByRole("listitem").filter({ hasText: "status Avslått" })).toContainText(/besvart \d{2}\.\d{2}\.\d{4}/);
  await expect(page.getByRole("button", { name: "Avslå tilbudet" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Avtalte spesialiseringsperioder" })).toHaveCount(0);
  await expectAccessible(page);
  // Min side: the wish is back in the queue, with the reason on it.
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Min side" }).click();
  const wish = await openLine(page, new RegExp(`Generell kirurgi ved ${UNN}`));
  await expect(wish.locator("summary")).toContainText(`I kø: Generell kirurgi ved ${UNN}`);
  await expect(wish).toContainText("Avslo tilbud ved Gastroenterologisk kirurgi, UNN: Familiehensyn: jeg kan ikke flytte til Tromsø i vår.");
  await logout(page);

  // The leader sees the post free again and Jonas back in the list; nothing reserved.
  await login(page, KRISTOFFER);
  await page.goto(vacancyUrl);
  await expect(offers.getByRole("row", { name: /Jonas Eriksen/ })).toContainText("Avslått");
  await expect(page.getByRole("main")).toContainText("1 stilling (0 tilbudt eller besatt)");
  await expect(jonas).toBeVisible();
  await expect(jonas.getByRole("button", { name: "Tilby plass til Jonas Eriksen" })).toBeVisible();
  await expect(helgeland.getByRole("cell").nth(2)).toHaveText("0"); // used
  await expect(helgeland.getByRole("cell").nth(3)).toHaveText("0"); // reserved
  await expect(helgeland.getByRole("cell").nth(4)).toHaveText(String(freeBefore));
  await expectAccessible(page);
  await logout(page);
});

/** Presses Tab until `target` has focus (at most `max` times), so the test fails if it is not reachable. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Reached no focus on ${target} after ${max} Tab presses`);
}

test("keyboard only: log in, skip to the main content and open a line of Min side's Tilleggsinformasjon", async ({ page }) => {
  await page.goto("/logg-inn");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  const main = page.locator("#hovedinnhold");

  // The skip link is the first stop, visible when focused, and moves focus into main.
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(20);
  await page.keyboard.press("Enter");
  await expect(main).toBeFocused();
  await page.keyboard.press("Tab");
  // With single sign-on configured (as in these tests) its links come first (HelseID, then Entra ID),
  // then the password form.
  for (const name of ["Logg inn med HelseID", "Logg inn med Entra ID"]) {
    const link = page.getByRole("link", { name });
    if ((await link.count()) > 0) {
      await expect(link).toBeFocused();
      await page.keyboard.press("Tab");
    }
  }
  await expect(page.getByLabel("E-postadresse")).toBeFocused();
  await page.keyboard.type(LARS);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Passord")).toBeFocused();
  await page.keyboard.type("demo1234");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/lis$/);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();

  // A fresh page load (as when the address is typed): the skip link first, then past the menu into main.
  await page.goto("/lis");
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(main).toBeFocused();
  const summary = page.locator("summary", { hasText: /Behov: Plastikkirurgi ved Helse Bergen/ });
  await tabTo(page, summary);
  // Shift+Tab leaves it and Tab comes back: the line is in the normal tab order.
  await page.keyboard.press("Shift+Tab");
  await expect(summary).not.toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary).toBeFocused();
  const details = page.locator("details").filter({ has: summary });
  await expect(details).not.toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await expect(details).toHaveAttribute("open", "");
  await expect(details.getByText("Ikke i kø ennå")).toBeVisible();
  // The action inside the line is the next Tab stop.
  await page.keyboard.press("Tab");
  await expect(details.getByRole("button", { name: /^Gjør til ønske: Helse Bergen/ })).toBeFocused();
  await expectAccessible(page);
  // Space on the summary closes the line again.
  await page.keyboard.press("Shift+Tab");
  await expect(summary).toBeFocused();
  await page.keyboard.press("Space");
  await expect(details).not.toHaveAttribute("open", "");
});
