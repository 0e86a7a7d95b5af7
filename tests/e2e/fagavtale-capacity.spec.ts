import { expect, test } from "@playwright/test";
import { login, logout } from "./helpers";

// Issue 11 §4: a refused fagavtale change shows its message and keeps what the coordinator typed.
const MARIT = "marit.sorensen@eksempel.no"; // lokal koordinator, Helgelandssykehuset
// Its agreement with Nordlys (4 per år) is used by no other browser test: changing it here changes
// no capacity the allocation journeys count on.
const NORDLYS = "Nordlys Privatsykehus AS";

test("a refused change of a fagavtale keeps the typed capacity, unit and notes, and shows why", async ({ page }) => {
  await login(page, MARIT);
  await page.goto("/koordinator/fagavtaler");
  await page.getByRole("link", { name: `Endre fagavtalen Generell kirurgi, Helgelandssykehuset HF – ${NORDLYS}` }).click();
  await page.getByLabel("Kapasitet (antall LIS)").fill("7");
  await page.getByLabel("Kapasitet per").selectOption({ label: "per semester" });
  await page.getByLabel("Merknader").fill("Skrevet før feilen.");
  // No reason: the change is refused.
  await page.getByRole("button", { name: "Lagre endringer" }).click();
  const summary = page.getByRole("main").getByRole("alert");
  await expect(summary).toContainText("Skjemaet inneholder feil");
  await expect(page.getByText("Skriv hva som er endret og hvorfor.").first()).toBeVisible();
  await expect(page.getByLabel("Kapasitet (antall LIS)")).toHaveValue("7");
  await expect(page.getByLabel("Kapasitet per")).toHaveValue("PER_SEMESTER");
  await expect(page.getByLabel("Merknader")).toHaveValue("Skrevet før feilen.");
  // Then saved with a reason: what was typed is what is stored.
  await page.getByLabel(/Hva er endret, og hvorfor/).fill("Syv plasser per semester fra neste år.");
  await page.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page).toHaveURL(/\/koordinator\/fagavtaler\?lagret=/);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Generell kirurgi: Helgelandssykehuset HF – ${NORDLYS}` }) })).toContainText("7 LIS per semester");
  await logout(page);
});
