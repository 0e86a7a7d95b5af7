import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, logout } from "./helpers";

// People this spec changes: Vilde Nilsen (registered in the FE; a wish made and withdrawn again), the
// sending order of Jonas Eriksen and Emma Solheim at Helgeland (changed and put back), and a new
// Helgeland–NLSH fagavtale. Read-only elsewhere.
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgelandssykehuset
const VILDE = "vilde.nilsen@eksempel.no"; // LIS, Helgeland: approved plan, not yet in the FE
const UNN = "Universitetssykehuset Nord-Norge HF";

/** Opens the <details> whose summary starts with `text`, if it is closed. */
async function openDetails(page: Page, text: RegExp) {
  const details = page.locator("details").filter({ has: page.locator("summary", { hasText: text }) });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator("summary").click();
  return details;
}

test.describe.configure({ mode: "serial" });

test("the local coordinator registers a LIS from the approved plan, and the CSV export is Excel-safe", async ({ page }) => {
  await login(page, MARIT);
  await page.getByRole("link", { name: "Fiktiv enhet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fiktiv enhet" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Vilde Nilsen – godkjent plan, ikke registrert/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Registrer Vilde Nilsen i fiktiv enhet" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Vilde Nilsen er registrert i fiktiv enhet med ansiennitet fra \d{2}\.\d{2}\.\d{4}/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Vilde Nilsen – godkjent plan/ })).toHaveCount(0);
  const table = page.getByRole("table", { name: /LIS i fiktiv enhet/ });
  await expect(table.getByRole("rowheader", { name: /Vilde Nilsen/ })).toBeVisible();

  // Filter by name (query string) and sort; still accessible.
  await page.getByLabel("Navn", { exact: true }).fill("Vilde");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/q=Vilde/);
  await expect(table.getByRole("rowheader")).toHaveCount(1);
  await expectAccessible(page);

  const response = await page.request.get("/koordinator/fiktiv-enhet/eksport");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).toContain("Navn;Foretak;Spesialitet;Stilling;Ansiennitetsdato;Plan;Ønsker og perioder;Tildelbar;Begrunnelse");
  expect(text).toMatch(/Vilde Nilsen;Helgelandssykehuset HF;Generell kirurgi;Fast stilling;\d{2}\.\d{2}\.\d{4};/);
  await logout(page);
});

test("the LIS's Min side shows the FE employment, turns a need into a wish, and refuses a second trust", async ({ page }) => {
  await login(page, VILDE);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
  const fe = page.getByRole("listitem", { name: "Fiktiv enhet: EXE LIS Helgelandssykehuset HF" });
  await expect(fe).toContainText("EXE LIS Helgelandssykehuset HF");
  await expect(fe).toContainText("leder: Marit Sørensen");
  await expect(fe).toContainText(/Registrert \d{2}\.\d{2}\.\d{4}/);
  await expect(page.getByRole("region", { name: "Gjennomstrømningsstilling" })).toContainText("Du oppfyller kravene");
  await expectAccessible(page);

  const unn = await openDetails(page, new RegExp(`Generell kirurgi ved ${UNN}`));
  await unn.getByRole("button", { name: `Gjør til ønske: ${UNN}` }).click();
  await expect(page.locator("summary", { hasText: `Ønske: Generell kirurgi ved ${UNN}` })).toBeVisible();

  const nordlys = await openDetails(page, /Behov: Generell kirurgi ved Nordlys/);
  await nordlys.getByRole("button", { name: /Gjør til ønske: Nordlys/ }).click();
  const alert = nordlys.getByRole("alert");
  await expect(alert).toContainText(`Du har allerede et aktivt ønske ved ${UNN}`);
  await expect(page.locator("summary", { hasText: /Behov: Generell kirurgi ved Nordlys/ })).toBeVisible();
  const wish = await openDetails(page, new RegExp(`Ønske: Generell kirurgi ved ${UNN}`));
  // Her place in the queue for the wish (issue 5's ranking) is on Min side too.
  const queue = page.getByRole("region", { name: "Plass i køen" });
  await expect(queue.getByRole("heading", { level: 3, name: new RegExp(`Generell kirurgi: .*${UNN}`) })).toBeVisible();
  await expect(queue).toContainText(/Du er nr\. \d+ av \d+ kandidater/);
  await expectAccessible(page);

  // Withdraw it again, so later specs see the UNN queue as seeded (Vilde stays registered in the FE).
  await wish.getByRole("button", { name: `Trekk ønsket: ${UNN}` }).click();
  await expect(page.locator("summary", { hasText: `Behov: Generell kirurgi ved ${UNN}` })).toBeVisible();
  await logout(page);
});

test("the local coordinator reorders two LIS waiting for the same place, and the order shows", async ({ page }) => {
  await login(page, MARIT);
  await page.goto("/koordinator/fiktiv-enhet");
  const order = page.getByRole("list", { name: `Gjeldende rekkefølge, Generell kirurgi ved ${UNN}` });
  const items = order.getByRole("listitem");
  await expect(items.first()).toContainText("Jonas Eriksen");
  await expect(items.first()).toContainText("prioritet 1");

  await page.getByLabel("Rekkefølge for Jonas Eriksen").fill("2");
  await page.getByLabel("Rekkefølge for Emma Solheim").fill("1");
  await page.getByLabel(/Begrunnelse for rekkefølgen/).fill("Emma har planlagt oppstart tidligst i planen.");
  await page.getByRole("button", { name: "Lagre rekkefølge" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rekkefølgen er lagret." })).toBeVisible();
  await page.reload();
  await expect(items.first()).toContainText("Emma Solheim");
  await expect(items.first()).toContainText("prioritet 1");
  await expect(items.nth(1)).toContainText("Jonas Eriksen");
  await expect(page.getByText("Begrunnelse: Emma har planlagt oppstart tidligst i planen.")).toBeVisible();
  await expectAccessible(page);

  // Put the seeded order back (Jonas 1, Emma 2) so specs that run after this one see the demo as seeded.
  await page.getByLabel("Rekkefølge for Jonas Eriksen").fill("1");
  await page.getByLabel("Rekkefølge for Emma Solheim").fill("2");
  await page.getByLabel(/Begrunnelse for rekkefølgen/).fill("Lengst ansiennitet i fiktiv enhet går først.");
  await page.getByRole("button", { name: "Lagre rekkefølge" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rekkefølgen er lagret." })).toBeVisible();
  await expect(items.first()).toContainText("Jonas Eriksen");
  await logout(page);
});

test("the local coordinator creates and changes a fagavtale; errors are shown by the fields and in a summary", async ({ page }) => {
  await login(page, MARIT);
  await page.goto("/koordinator/fagavtaler");
  await expect(page.getByRole("heading", { level: 1, name: "Fagavtaler" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Generell kirurgi: Helgelandssykehuset HF – ${UNN}` })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ny fagavtale" }).click();
  await page.getByRole("button", { name: "Opprett fagavtale" }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toContainText("Skjemaet inneholder feil");
  await expect(summary.getByRole("link", { name: /Samarbeidspart/ })).toBeVisible();
  await expect(page.getByText("Velg samarbeidspart.", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Samarbeidspart").selectOption({ label: "Nordlandssykehuset HF" });
  await page.getByLabel("Spesialitet").selectOption({ label: "Generell kirurgi" });
  await page.getByLabel("Læringsarena").fill("Kirurgisk avdeling, Bodø");
  await page.getByLabel("Læringsmål som dekkes").fill("GENKIR-02");
  await page.getByLabel("Gyldig fra").fill("2027-01-01");
  await page.getByRole("button", { name: "Opprett fagavtale" }).click();
  await expect(page).toHaveURL(/\/koordinator\/fagavtaler\?lagret=/);
  const heading = page.getByRole("heading", { name: "Generell kirurgi: Helgelandssykehuset HF – Nordlandssykehuset HF" });
  await expect(heading).toBeVisible();

  await page.getByRole("link", { name: "Endre fagavtalen Generell kirurgi, Helgelandssykehuset HF – Nordlandssykehuset HF" }).click();
  await page.getByLabel("Kapasitet (antall LIS)").fill("2");
  await page.getByLabel(/Hva er endret, og hvorfor/).fill("To plasser fra 2027.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page).toHaveURL(/\/koordinator\/fagavtaler\?lagret=/);
  await expect(page.getByRole("listitem").filter({ has: heading })).toContainText("2 LIS per semester");
  await expect(page.getByRole("listitem").filter({ has: heading })).toContainText("versjon 2");
  await logout(page);
});

test("intake-form pages, the leader's fagavtaler and the regional FE view are accessible", async ({ page }) => {
  await login(page, "sara.mortensen@eksempel.no");
  await openDetails(page, /Helse Bergen/);
  await expect(page.getByRole("heading", { name: /Innmeldingsskjema til Helse Bergen/ })).toBeVisible();
  await expectAccessible(page);
  await logout(page);
  await login(page, "astrid.haugen@eksempel.no");
  await page.goto("/leder/innmeldingsskjema");
  await expect(page.getByRole("heading", { level: 1, name: "Innmeldingsskjema" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/leder/fagavtaler");
  await expect(page.getByRole("heading", { level: 1, name: "Fagavtaler" })).toBeVisible();
  await expectAccessible(page);
  await logout(page);
  await login(page, MARIT);
  await page.goto("/koordinator/innmeldingsskjema");
  await expect(page.getByRole("heading", { level: 1, name: /Innmeldingsskjema/ })).toBeVisible();
  await expectAccessible(page);
  await logout(page);
  await login(page, "tor.henriksen@eksempel.no");
  await page.goto("/regional/fiktiv-enhet");
  await expect(page.getByRole("table", { name: /LIS i fiktive enheter/ }).getByRole("rowheader", { name: /Vilde Nilsen/ })).toBeVisible();
  await expectAccessible(page);
});
