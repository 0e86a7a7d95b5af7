import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, login, logout } from "./helpers";

// Issue 10 §7 and §8. People this spec changes: Magnus Larsen (Finnmark anestesi, seeded draft plan)
// signs his plan as LIS. Nothing else is written: his leader does not sign, so the plan stays editable
// (refusals.spec opens his edit form later) and goes to no coordinator's approval list. Jonas Eriksen,
// Ragnhild Johansen and Hilde Pedersen are only read here.
const MAGNUS = "magnus.larsen@eksempel.no";
const RAGNHILD = "ragnhild.johansen@eksempel.no"; // leder, Anestesiavdelingen, Finnmark

/** At 390 px: no horizontal page scroll, the table no wider than the screen, each value under its column's name. */
async function expectReflowedAt390(page: Page, table: ReturnType<Page["getByRole"]>, columnName: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeVisible();
  await expectNoHorizontalScroll(page);
  const box = await table.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await expect(table.getByRole("cell").getByText(columnName, { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  // On a wide screen it is an ordinary table: the column names are its headers, not repeated per cell.
  await expect(table.getByRole("columnheader", { name: columnName })).toBeVisible();
  await expect(table.getByRole("cell").getByText(columnName, { exact: true }).first()).toBeHidden();
}

test("signing a plan asks first; Avbryt changes nothing; keyboard-only signing ends with focus on the receipt", async ({ page }) => {
  await login(page, MAGNUS);
  await page.goto("/lis/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Gjennomføringsplan for Magnus Larsen" })).toBeVisible();
  const current = page.getByRole("region", { name: /^Versjon 1:/ });
  await expect(current.getByText("Ingen har signert denne versjonen.")).toBeVisible();
  await expectAccessible(page);

  // A stray click only asks: it says what signing does, and Avbryt goes back to the button.
  const opener = page.getByRole("button", { name: "Signer planen som LIS" });
  await opener.click();
  const confirm = page.getByRole("group", { name: "Du signerer versjon 1 av planen som LIS" });
  await expect(confirm.getByRole("heading")).toBeFocused();
  await expect(confirm).toContainText("Du kan ikke trekke signaturen tilbake.");
  await expect(opener).toHaveCount(0);
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Avbryt" }).click();
  await expect(opener).toBeFocused();
  await page.reload();
  await expect(current.getByText("Ingen har signert denne versjonen.")).toBeVisible();
  await expect(page.getByText("Mangler signatur fra LIS.")).toBeVisible();

  // Keyboard only: Enter asks, Tab reaches "Bekreft", Enter signs; the receipt stays and has the focus.
  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(confirm.getByRole("heading")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Bekreft: signer planen" })).toBeFocused();
  await page.keyboard.press("Enter");
  const receipt = page.getByTestId("signer-kvittering");
  await expect(receipt).toBeFocused();
  await expect(receipt).toHaveAttribute("role", "status");
  await expect(receipt.getByRole("heading", { name: "Signaturen er registrert" })).toBeVisible();
  await expect(receipt).toContainText("Du har signert planen.");
  await expect(page.getByRole("button", { name: /Signer planen|Bekreft/ })).toHaveCount(0);
  await expect(current.getByText("Signert av Magnus Larsen (LIS)")).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByText("Mangler signatur fra leder.")).toBeVisible();
  await expect(page.getByTestId("signer-kvittering")).toHaveCount(0);
});

test("the LIS plan page and the print page reflow at 390 px without horizontal scroll", async ({ page }) => {
  await login(page, MAGNUS);
  await page.goto("/lis/plan");
  await expectReflowedAt390(page, page.getByRole("table", { name: "Perioder i versjon 1" }), "Læringsarena");
  await logout(page);

  // A LIS with an approved plan: the same on the plan and the print page.
  await login(page, ACCOUNTS.lis);
  await page.goto("/lis/plan");
  await expectReflowedAt390(page, page.getByRole("table", { name: /^Perioder i versjon \d+$/ }), "Læringsmål og aktiviteter");
  await page.getByRole("link", { name: "Utskriftsvennlig versjon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Individuell gjennomføringsplan" })).toBeVisible();
  await expectReflowedAt390(page, page.getByRole("table", { name: /^Perioder i versjon \d+$/ }), "Tid");
});

test("the leader's and the local coordinator's plan work lists reflow at 390 px", async ({ page }) => {
  await login(page, RAGNHILD);
  await page.goto("/leder/planer");
  await expectReflowedAt390(page, page.getByRole("table", { name: "Alle LIS i avdelingene dine" }), "Mangler");
  await logout(page);

  await login(page, ACCOUNTS.lokal); // Hilde Pedersen, NLSH: Thomas Andreassen's approval has expired
  await page.goto("/koordinator/planer");
  await expectReflowedAt390(page, page.getByRole("table", { name: "Utløpte planer" }), "Påminnelse");
});
