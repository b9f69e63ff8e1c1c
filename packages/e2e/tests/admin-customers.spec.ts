import { expect, test } from "@playwright/test";

import { signInAsAdmin } from "../src/admin/admin-session";
import { expectNoSeriousA11yViolations } from "../src/admin/axe";
import { payWithoutBrowser } from "../src/billing";
import { readSignInLink } from "../src/outbox";
import { createCustomer } from "../src/stack-database";
import { adminUrl, webUrl } from "../src/stack-ports";

test("an admin finds a customer, grants access with a reason, then revokes it", async ({
  page,
}) => {
  const customer = await createCustomer({ withAccess: false, name: "Gale Grant" });
  await signInAsAdmin(page);
  await page.goto(`${adminUrl}/customers`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("searchbox").fill(customer.email);
  await page
    .getByRole("link", { name: /Gale Grant|customer-/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Gale Grant/);
  await expectNoSeriousA11yViolations(page);

  await page
    .getByLabel(/Reason/)
    .first()
    .fill("Goodwill after a support call");
  await page.getByRole("button", { name: /Grant/ }).first().click();
  await expect(page.getByText("Goodwill after a support call").first()).toBeVisible();

  await page
    .getByRole("button", { name: /Revoke/ })
    .first()
    .click();
  await page
    .getByLabel(/Reason/)
    .last()
    .fill("Granted by mistake");
  await page
    .getByRole("button", { name: /Revoke/ })
    .last()
    .click();
  await expect(page.getByText("Granted by mistake").first()).toBeVisible();
});

test("an admin refunds a purchase (access ends) and sends a sign-in link that works", async ({
  page,
  browser,
}) => {
  const customer = await createCustomer({ withAccess: false, name: "Rory Refund" });
  await payWithoutBrowser(customer.id, "knee-pain-solution-lifetime");
  await signInAsAdmin(page);

  // The webhook and the sync worker record the purchase; the page shows it once they have.
  const purchases = page.getByRole("region", { name: "Purchases" });
  await expect(async () => {
    await page.goto(`${adminUrl}/customers/${customer.id}`);
    await expect(purchases).toContainText("paid", { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("region", { name: "Access" })).toContainText("Lifetime purchase");

  await purchases.getByRole("button", { name: "Refund Knee Pain Solution" }).click();
  await expect(purchases.getByText(/goes back to the customer's card/)).toBeVisible();
  await purchases.getByLabel(/Reason for the refund/).fill("Cannot train after surgery");
  await purchases.getByRole("button", { name: "Refund $79.00" }).click();
  // The message replaces the row's button and takes the focus, so a keyboard user hears it.
  const refunded = purchases.getByRole("status").filter({ hasText: "Refunded $79.00" });
  await expect(refunded).toBeFocused();
  await expect(purchases).toContainText("refunded");
  await expect(page.getByRole("region", { name: "Access" })).toContainText(
    "No access to any program.",
  );
  await expectNoSeriousA11yViolations(page);

  const since = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Send a sign-in link" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Sign-in link sent to ${customer.email}` }),
  ).toBeVisible();
  const link = await readSignInLink(webUrl, customer.email, since);
  expect(link.startsWith(`${webUrl}/api/auth/callback/nodemailer?`)).toBe(true);

  // The customer opens it in their own browser and is signed in to the storefront.
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  await customerPage.goto(link);
  await customerPage.goto(`${webUrl}/account`);
  await expect(customerPage.getByText(customer.email).first()).toBeVisible();
  await customerContext.close();

  await page.goto(`${adminUrl}/audit`);
  await expect(page.getByRole("cell", { name: /Refunded a purchase/ }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /Sent a sign-in link/ }).first()).toBeVisible();
});
