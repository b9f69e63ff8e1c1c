import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";

import { createStripeClient } from "@phasewise/billing";
import { stripeEvents } from "@phasewise/db";

import { checkoutStartPath, priceIdOf, stackEmulator } from "../src/billing";
import { programPath } from "../src/enrol";
import { readSignInLink } from "../src/outbox";
import { signInByMagicLink } from "../src/sign-in";
import { createCustomer, stackDb } from "../src/stack-database";
import { webUrl } from "../src/stack-ports";

test("a signed-out visitor buys the program through Checkout and lands with access", async ({
  page,
}) => {
  const email = `buyer-${randomUUID().slice(0, 8)}@e2e.phasewise.local`;

  // Signed out, the program page's buy button asks to sign in first, then goes on to Checkout.
  await page.goto(`${webUrl}${programPath}`);
  await page.getByRole("link", { name: "Buy lifetime access" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  const since = new Date(Date.now() - 1000);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await readSignInLink(webUrl, email, since));

  // Back from the magic link, straight on to the emulator's hosted Checkout page.
  const { url: emulatorUrl } = await stackEmulator();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/checkout/cs_`));
  await expect(page.getByRole("table", { name: "Order summary" })).toContainText(
    "Knee Pain Solution",
  );
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay / }).click();

  // The return page shows the access as soon as Stripe confirms it.
  await expect(page).toHaveURL(/\/checkout\/return\?session_id=cs_/);
  await expect(page.getByRole("heading", { name: "You are in" })).toBeVisible();
  await expect(page.getByTestId("checkout-access")).toHaveText(
    "Lifetime access: Knee Pain Solution.",
  );
  await page.getByRole("link", { name: "Go to Knee Pain Solution" }).click();
  await expect(page).toHaveURL(`${webUrl}${programPath}`);
  await expect(page.getByRole("link", { name: "Start the program" })).toBeVisible();

  // The webhook arrived too: the event is recorded once, whatever the return page did.
  const database = await stackDb();
  await expect
    .poll(async () => {
      const rows = await database
        .select({ id: stripeEvents.id })
        .from(stripeEvents)
        .where(eq(stripeEvents.type, "checkout.session.completed"));
      return rows.length;
    })
    .toBeGreaterThan(0);

  // Account → Billing: the purchase, its receipt, and the portal.
  await page.goto(`${webUrl}/account/billing`);
  await expect(page.getByText("Test payments")).toBeVisible();
  await expect(page.getByTestId("billing-access")).toContainText(
    "Knee Pain Solution — bought, yours for life",
  );
  await expect(page.getByRole("region", { name: "Purchases" })).toContainText("$79 · paid");
  await page
    .getByRole("region", { name: "Invoices and receipts" })
    .getByRole("link", { name: "View" })
    .click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/receipts/`));
  await page.goBack();
  await page.getByRole("button", { name: "Manage billing" }).click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/portal/`));
});

test("a declined card keeps the visitor on Checkout and opens nothing", async ({ page }) => {
  const email = `declined-${randomUUID().slice(0, 8)}@e2e.phasewise.local`;
  const lifetime = await priceIdOf("knee-pain-solution-lifetime");
  await page.goto(`${webUrl}/sign-in`);
  const since = new Date(Date.now() - 1000);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.goto(await readSignInLink(webUrl, email, since));

  await page.goto(`${webUrl}${checkoutStartPath(lifetime, programPath)}`);
  await page.getByLabel("Card number").fill("4000 0000 0000 0002");
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Your card was declined." }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Back (cancel)" }).click();
  await expect(page).toHaveURL(`${webUrl}${programPath}`);
  await expect(page.getByRole("link", { name: "Start the program" })).toHaveCount(0);
});

/** Signs a new customer in and pays for `lookupKey` on the emulator's Checkout page. */
async function buyAs(page: Page, lookupKey: string, submit: RegExp) {
  const customer = await createCustomer({ withAccess: false });
  await signInByMagicLink(page, webUrl, customer.email);
  await page.goto(`${webUrl}${checkoutStartPath(await priceIdOf(lookupKey), programPath)}`);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: submit }).click();
  await expect(page.getByRole("heading", { name: "You are in" })).toBeVisible();
  return customer;
}

/** Reloads the program page until its call to action is (or is no longer) "Start the program". */
async function expectProgramOpen(page: Page, open: boolean) {
  await expect(async () => {
    await page.goto(`${webUrl}${programPath}`);
    await expect(page.getByRole("link", { name: "Start the program" })).toHaveCount(open ? 1 : 0, {
      timeout: 500,
    });
  }).toPass({ timeout: 20_000 });
}

test.describe("after the purchase, webhooks alone keep access in line with the money", () => {
  // These need the sync worker in the web app: startBillingWorker() in apps/web/src/instrumentation.ts.

  test("a refund removes access", async ({ page }) => {
    await buyAs(page, "knee-pain-solution-lifetime", /^Pay /);
    await expectProgramOpen(page, true);
    const { url } = await stackEmulator();
    const stripe = createStripeClient({ secretKey: "sk_test_phasewise_e2e", apiHost: url });
    const [charge] = (await stripe.charges.list({ limit: 1 })).data;
    if (!charge) throw new Error("no charge to refund");
    await stripe.refunds.create({ charge: charge.id });
    await expectProgramOpen(page, false);
    await page.goto(`${webUrl}/account/billing`);
    await expect(page.getByRole("region", { name: "Purchases" })).toContainText("refunded");
  });

  test("a subscriber cancels in the portal: access until the period ends, then gone", async ({
    page,
  }) => {
    await buyAs(page, "membership-yearly", /^Subscribe/);
    await expectProgramOpen(page, true);
    await page.goto(`${webUrl}/account/billing`);
    await page.getByRole("button", { name: "Manage billing" }).click();
    await page.getByRole("button", { name: "Cancel at period end" }).click();
    await expect(page.getByRole("button", { name: "Resume subscription" })).toBeVisible();

    await expect(async () => {
      await page.goto(`${webUrl}/account/billing`);
      await expect(page.getByTestId("billing-plan")).toContainText("Cancelled: access until", {
        timeout: 500,
      });
    }).toPass({ timeout: 20_000 });
    await expectProgramOpen(page, true);

    const { control } = await stackEmulator();
    await control.advanceClock(366 * 86_400);
    await expectProgramOpen(page, false);
    await page.goto(`${webUrl}/account/billing`);
    await expect(page.getByTestId("billing-plan")).toContainText("Ended");
  });
});
