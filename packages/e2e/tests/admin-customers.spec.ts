import { expect, test } from "@playwright/test";

import { signInAsAdmin } from "../src/admin/admin-session";
import { expectNoSeriousA11yViolations } from "../src/admin/axe";
import { createCustomer } from "../src/stack-database";
import { adminUrl } from "../src/stack-ports";

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
