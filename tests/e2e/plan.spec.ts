import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login, logout } from "./helpers";
import { addDays, addMonths, firstOfMonth, isoDay } from "../../lib/domain/calendar";
import { formatDate } from "../../lib/format";

// Demo people no other spec mutates: Ida Karlsen (NLSH nevrologi, no plan), her leader Kari Johnsen,
// NLSH's local coordinator Hilde Pedersen (who only reads in other specs).
const IDA = "ida.karlsen@eksempel.no";
const KARI = "kari.johnsen@eksempel.no";
const HILDE = "hilde.pedersen@eksempel.no";
const UNN = "Universitetssykehuset Nord-Norge HF";

const iso = isoDay;
const monthsFromToday = (months: number): Date => addMonths(firstOfMonth(new Date()), months);
const osloDate = formatDate;

/** The section of the version in force or being worked on (the history lists every version again). */
const currentVersion = (page: Page) => page.getByRole("region", { name: /^Versjon \d+:/ });

async function signAs(page: Page, email: string, path: string, button: string) {
  await login(page, email);
  await page.goto(path);
  await expectAccessible(page);
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("button", { name: "Bekreft: signer planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har signert planen." })).toBeVisible();
  await page.reload();
}

test("a plan goes from draft through return and approval to a revision that notifies the partner trust", async ({ page }) => {
  test.setTimeout(180_000);
  const homeStart = addDays(new Date(), -35);
  const awayStart = monthsFromToday(6);
  const movedStart = monthsFromToday(8);

  // The LIS drafts the plan.
  await login(page, IDA);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Gjennomføringsplan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gjennomføringsplan for Ida Karlsen" })).toBeVisible();
  await expect(page.getByText("Mangler plan, frist passert")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Lag plan" }).click();
  await page.getByRole("button", { name: "Legg til periode ved eget helseforetak" }).click();
  await page.getByRole("button", { name: "Legg til spesialiseringsperiode" }).click();

  // An incomplete form: every error next to its field and in the summary; nothing saved.
  await page.getByRole("button", { name: "Lagre planen" }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toContainText("Skjemaet inneholder feil");
  await expect(summary.getByRole("link", { name: "Periode 1, læringsarena: Velg læringsarena." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Periode 2, fagavtale: Velg fagavtale." })).toBeVisible();
  await expect(page.locator("#periods-0-departmentId-feil")).toHaveText("Velg læringsarena.");
  await expectAccessible(page);

  const home = page.getByRole("group", { name: /Periode 1/ });
  await home.getByLabel("Læringsarena").selectOption({ label: "Nevrologisk avdeling" });
  await home.getByLabel("Fra").fill(iso(homeStart));
  await home.getByLabel("Til og med").fill(iso(addDays(awayStart, -1)));
  const away = page.getByRole("group", { name: /Periode 2/ });
  await away.getByLabel("Fagavtale").selectOption({ label: `${UNN} – Nevrologisk avdeling (normert tid 6 mnd.)` });
  await expect(away.getByLabel("Varighet i måneder")).toHaveValue("6");
  await away.getByLabel("Ønsket start (foreløpig)").fill(iso(awayStart));
  await page.getByLabel("Kurs", { exact: true }).fill("Grunnkurs i nevrologi");
  await page.getByRole("button", { name: "Lagre planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er lagret." })).toBeVisible();
  await expect(page.getByRole("cell", { name: `Nevrologisk avdeling, ${UNN}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Signer planen som LIS" }).click();
  await page.getByRole("button", { name: "Bekreft: signer planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har signert planen." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Mangler signatur fra leder.")).toBeVisible();
  await logout(page);

  // The leader finds it in the work list and signs.
  await login(page, KARI);
  await page.goto("/leder/planer");
  await expectAccessible(page);
  await page.getByRole("region", { name: "Trenger handling fra deg" }).getByRole("link", { name: "Ida Karlsen" }).click();
  await expect(currentVersion(page).getByText("Signert av Ida Karlsen (LIS)")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Signer planen som leder" }).click();
  await page.getByRole("button", { name: "Bekreft: signer planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har signert planen." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Venter på godkjenning fra lokal koordinator.")).toBeVisible();
  await logout(page);

  // The local coordinator returns it with a comment.
  await login(page, HILDE);
  await page.goto("/koordinator/planer");
  await expectAccessible(page);
  await page.getByRole("region", { name: /Venter på godkjenning/ }).getByRole("link", { name: "Ida Karlsen" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Returner planen med kommentar" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Skriv en kommentar om hva som må rettes.");
  await page.getByLabel(/Kommentar til LIS og leder/).fill("Legg inn FKM-kurs før godkjenning.");
  await page.getByRole("button", { name: "Returner planen med kommentar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er returnert" })).toBeVisible();
  await logout(page);

  // The LIS fixes it (signatures were cleared by the return) and signs again.
  await login(page, IDA);
  await page.goto("/lis/plan");
  await expect(page.getByText("Legg inn FKM-kurs før godkjenning.")).toBeVisible();
  await expect(page.getByText("Mangler signatur fra LIS.")).toBeVisible();
  await page.getByRole("link", { name: "Rediger planen" }).click();
  await page.getByLabel("Kurs", { exact: true }).fill("Grunnkurs i nevrologi; FKM-kurs i kommunikasjon");
  await page.getByRole("button", { name: "Lagre planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er lagret." })).toBeVisible();
  await page.getByRole("button", { name: "Signer planen som LIS" }).click();
  await page.getByRole("button", { name: "Bekreft: signer planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har signert planen." })).toBeVisible();
  await logout(page);

  await signAs(page, KARI, "/leder/planer/seed-employment-ida", "Signer planen som leder");
  await logout(page);

  // Approval: valid for 12 months.
  await login(page, HILDE);
  await page.goto("/koordinator/planer/seed-employment-ida");
  await page.getByRole("button", { name: "Godkjenn planen" }).click();
  await page.getByRole("button", { name: "Bekreft: godkjenn planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er godkjent." })).toBeVisible();
  await page.reload();
  const now = new Date();
  const expiry = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes()));
  await expect(page.getByText(`Godkjent versjon 1 gjelder til ${osloDate(expiry)}.`)).toBeVisible();
  await expect(page.getByText(`Godkjent til ${osloDate(expiry)}`)).toBeVisible();
  await expect(currentVersion(page).getByText("Signert av Hilde Pedersen (Lokal koordinator)")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Utskriftsvennlig versjon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Individuell gjennomføringsplan" })).toBeVisible();
  await expect(page.getByText("Signert av Kari Johnsen (Leder)")).toBeVisible();
  await expect(page.getByText(/1 \(Godkjent\)/)).toBeVisible();
  await expectAccessible(page);
  await logout(page);

  // Revision: the LIS moves the spesialiseringsperiode; a new version must be signed and approved.
  await login(page, IDA);
  await page.goto("/lis/plan");
  await page.getByRole("link", { name: "Endre planen (ny versjon)" }).click();
  await expect(page.getByText("Endringer lagres som en ny versjon")).toBeVisible();
  await page.getByRole("group", { name: /Periode 1/ }).getByLabel("Til og med").fill(iso(addDays(movedStart, -1)));
  await page.getByRole("group", { name: /Periode 2/ }).getByLabel("Ønsket start (foreløpig)").fill(iso(movedStart));
  await page.getByRole("button", { name: "Lagre planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er lagret som en ny versjon." })).toBeVisible();
  await expect(page.getByText(`Godkjent versjon 1 gjelder til ${osloDate(expiry)}.`)).toBeVisible();
  await page.getByRole("button", { name: "Signer planen som LIS" }).click();
  await page.getByRole("button", { name: "Bekreft: signer planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har signert planen." })).toBeVisible();
  await logout(page);

  await signAs(page, KARI, "/leder/planer/seed-employment-ida", "Signer planen som leder");
  await logout(page);

  await login(page, HILDE);
  await page.goto("/koordinator/planer/seed-employment-ida");
  await page.getByRole("button", { name: "Godkjenn planen" }).click();
  await page.getByRole("button", { name: "Bekreft: godkjenn planen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Planen er godkjent." })).toBeVisible();
  await page.reload();
  const history = page.getByRole("region", { name: "Historikk" });
  await expect(history.getByRole("heading", { name: "Versjon 2: Godkjent" })).toBeVisible();
  await expect(history.getByRole("heading", { name: "Versjon 1: Erstattet" })).toBeVisible();
  await expect(history.getByText(`Nevrologisk avdeling, ${UNN} flyttet fra ${osloDate(awayStart)}`)).toBeVisible();
  await expect(history.getByText(`Varslet: ${UNN}`).first()).toBeVisible();
  await expectAccessible(page);
  const compare = page.getByRole("region", { name: "Sammenlign versjoner" });
  await compare.getByLabel("Fra versjon").selectOption("1");
  await compare.getByLabel("Til versjon").selectOption("2");
  await compare.getByRole("button", { name: "Vis endringer" }).click();
  await expect(page).toHaveURL(/fra=1&til=2/);
  await expect(compare.getByRole("heading", { name: "Endringer fra versjon 1 til versjon 2" })).toBeVisible();
  await expect(compare.getByText(`Nevrologisk avdeling, ${UNN} flyttet fra ${osloDate(awayStart)}`)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/koordinator/planer");
  await expect(page.getByRole("region", { name: "Varsler til samarbeidsforetak" }).getByRole("cell", { name: UNN }).first()).toBeVisible();
  await expectAccessible(page);
});

test("a LIS cannot open a plan page of the leader or coordinator areas", async ({ page }) => {
  await login(page, IDA);
  const response = await page.goto("/koordinator/planer/seed-employment-magnus");
  expect(response?.status()).toBe(403);
  await page.context().clearCookies();
  // A coordinator of another trust gets "not found" for Finnmark's LIS.
  await login(page, HILDE);
  const other = await page.goto("/koordinator/planer/seed-employment-magnus");
  expect(other?.status()).toBe(404);
});
