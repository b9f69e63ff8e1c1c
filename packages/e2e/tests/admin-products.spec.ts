/**
 * Products and prices from the admin: a product for a program with a one-time price, a
 * membership with a monthly price and a free trial, a typing mistake caught at its field, a
 * price archived through its confirm step (then shown Archived and no longer sold), and axe on
 * the page with all of it on screen.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";

import { signInAsAdmin } from "../src/admin/admin-session";
import { createScratchProgram } from "../src/admin/arrange-program";
import { expectNoSeriousA11yViolations } from "../src/admin/axe";
import { adminUrl } from "../src/stack-ports";

test("an admin creates products with prices and archives a price", async ({ page }) => {
  test.setTimeout(120_000);
  const program = await createScratchProgram();
  const tag = randomUUID().slice(0, 6);
  const lifetime = `${program.title} for life`;
  const club = `E2E Club ${tag}`;
  await signInAsAdmin(page);
  await page.goto(`${adminUrl}/products`);
  await expect(page.getByRole("heading", { level: 1, name: "Products and prices" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A product that opens the scratch program, sold once.
  await page.getByRole("button", { name: "New product" }).click();
  await page.getByLabel("What it sells").selectOption("program");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: program.title });
  await page.getByLabel("Name").fill(lifetime);
  await page.getByRole("button", { name: "Create product" }).click();
  const lifetimeCard = page.getByRole("region", { name: lifetime });
  await expect(lifetimeCard).toContainText(`Lifetime access to ${program.title}`);

  await lifetimeCard.getByRole("button", { name: `Add a price to ${lifetime}` }).click();
  await lifetimeCard.getByLabel("Amount (USD)").fill("59,5");
  await lifetimeCard.getByRole("button", { name: "Add price" }).click();
  const amount = lifetimeCard.getByLabel("Amount (USD)");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(amount).toHaveAccessibleDescription(/Enter an amount such as 79 or 79.00/);
  await expectNoSeriousA11yViolations(page);
  await amount.fill("59.50");
  await lifetimeCard.getByRole("button", { name: "Add price" }).click();
  const oneTime = lifetimeCard.getByRole("row", { name: /\$59\.50 one-time/ });
  await expect(oneTime).toContainText("Active");
  await expect(oneTime).toContainText("0 purchases");

  // The membership kind: a monthly price with a 7-day trial.
  await page.getByRole("button", { name: "New product" }).click();
  await page.getByLabel("What it sells").selectOption("membership");
  await page.getByLabel("Name").fill(club);
  await page.getByRole("button", { name: "Create product" }).click();
  const clubCard = page.getByRole("region", { name: club });
  await clubCard.getByRole("button", { name: `Add a price to ${club}` }).click();
  await clubCard.getByLabel("Billing").selectOption("month");
  await clubCard.getByLabel("Amount (USD)").fill("12.50");
  await clubCard.getByLabel("Free trial (days)").fill("7");
  await clubCard.getByRole("button", { name: "Add price" }).click();
  const monthly = clubCard.getByRole("row", { name: /\$12\.50 per month/ });
  await expect(monthly).toContainText("7 days");
  await expect(monthly).toContainText("Active");

  // Archive the monthly price: the confirm step says what it does.
  await monthly.getByRole("button", { name: "Archive $12.50 per month…" }).click();
  const confirm = clubCard.getByRole("group", { name: "Archive $12.50 per month?" });
  await expect(confirm).toContainText("New customers can no longer buy at this price");
  await expect(confirm).toContainText("Current subscribers keep their plan and access.");
  await expect(
    confirm.getByRole("button", { name: "Yes, archive $12.50 per month" }),
  ).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Enter");
  await expect(monthly).toContainText("Archived");
  await expect(monthly.getByRole("button")).toHaveCount(0);
  await expect(clubCard).toContainText("Not on sale");
  await expectNoSeriousA11yViolations(page);

  // Archive the membership too, so the storefront never offers it to other tests.
  await clubCard.getByRole("button", { name: `Archive ${club}…` }).click();
  await clubCard.getByRole("button", { name: `Yes, archive ${club}` }).click();
  const archived = page.getByRole("region", { name: /^Archived/ });
  await expect(archived.getByRole("region", { name: club })).toBeVisible();

  // At phone width the page still works without sideways scrolling of the page itself.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(
    lifetimeCard.getByRole("button", { name: `Add a price to ${lifetime}` }),
  ).toBeVisible();
  // A string, as the e2e package has no DOM types: how far the page scrolls sideways.
  const overflow = await page.evaluate<number>(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
});
