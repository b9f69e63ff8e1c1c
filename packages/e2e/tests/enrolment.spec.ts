import { expect, test } from "@playwright/test";

import { answerAllNo, completeStartForm, fillBaseline, programPath } from "../src/enrol";
import { signInByMagicLink } from "../src/sign-in";
import { createCustomer } from "../src/stack-database";
import { webUrl } from "../src/stack-ports";

test("anyone can read the program page: phases, equipment and the disclaimer", async ({ page }) => {
  await page.goto(`${webUrl}${programPath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Knee/);
  await expect(page.getByRole("region", { name: "The phases" }).getByRole("listitem")).toHaveCount(
    4,
  );
  await expect(page.getByRole("heading", { name: "What you need" })).toBeVisible();
  await expect(page.getByText("Please read before you start")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to start" })).toBeVisible();
});

test("a customer with access enrols: safety questions, baseline, then the dashboard", async ({
  page,
}) => {
  const customer = await createCustomer({ withAccess: true, name: "Erin Enrol" });
  await signInByMagicLink(page, webUrl, customer.email, `/sign-in?callbackUrl=${programPath}`);
  await page.getByRole("link", { name: "Start the program" }).click();
  await completeStartForm(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Restore range and activation");
  await expect(page.getByTestId("unlock-criteria")).toContainText("0 of 6 sessions");
  await expect(page.getByTestId("week-progress")).toContainText(/^0 of \d+ sessions done$/);
  await expect(page.getByRole("link", { name: "Start session" })).toBeVisible();
});

test("a red-flag answer shows advice to see a clinician and needs acknowledging", async ({
  page,
}) => {
  const customer = await createCustomer({ withAccess: true });
  await signInByMagicLink(
    page,
    webUrl,
    customer.email,
    `/sign-in?callbackUrl=${programPath}/start`,
  );
  await answerAllNo(page);
  await page
    .getByRole("group", { name: /hot, red or visibly swollen/ })
    .getByRole("radio", { name: "Yes" })
    .check();
  await expect(
    page.getByRole("alert").filter({ hasText: "Please see a clinician before you start" }),
  ).toBeVisible();
  await fillBaseline(page);
  await page.getByRole("button", { name: "Start the program" }).click();
  await expect(page.getByText("Confirm that you have read the advice")).toBeVisible();
  await expect(page).toHaveURL(/\/start$/);

  await page
    .getByLabel("I have read this advice and choose to start anyway, at my own judgement.")
    .check();
  await page.getByRole("button", { name: "Start the program" }).click();
  await expect(page).toHaveURL(`${webUrl}${programPath}/dashboard`);
});

test("a customer without access cannot open the player: the server answers 403", async ({
  page,
}) => {
  const customer = await createCustomer({ withAccess: false });
  await signInByMagicLink(page, webUrl, customer.email);
  const response = await page.goto(`${webUrl}${programPath}/session`);
  expect(response?.status()).toBe(403);
  await expect(
    page.getByRole("heading", { name: "This program is not open to you yet" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Start session" })).toHaveCount(0);
  const api = await page.request.get(
    `${webUrl}/api/trpc/progress.sessionPlan?input=${encodeURIComponent(JSON.stringify({ json: { programSlug: "knee-pain-solution" } }))}`,
  );
  expect(api.status()).toBe(403);
  const dashboard = await page.goto(`${webUrl}${programPath}/dashboard`);
  expect(dashboard?.status()).toBe(403);
});
