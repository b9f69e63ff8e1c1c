import { expect, test } from "@playwright/test";

import { signInByMagicLink } from "../src/sign-in";
import { adminUrl, webUrl } from "../src/stack-ports";

test.describe("storefront sign-in", () => {
  test("a customer signs in by magic link, sees their name, and signs out", async ({ page }) => {
    await signInByMagicLink(page, webUrl, "demo@phasewise.local");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Dana Demo" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Welcome back, Dana Demo" })).toBeVisible();

    await nav.getByRole("button", { name: "Sign out" }).click();
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(nav.getByText("Dana Demo")).toHaveCount(0);
  });

  test("an invalid email gets a message at the field", async ({ page }) => {
    await page.goto(`${webUrl}/sign-in`);
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const field = page.getByLabel("Email address");
    await expect(
      page.getByText("Enter a valid email address, like name@example.com"),
    ).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
  });

  test("a new visitor signs up by magic link and can name themselves on the account page", async ({
    page,
  }) => {
    const email = `new-${Date.now()}@e2e.phasewise.local`;
    await signInByMagicLink(page, webUrl, email, "/sign-in?callbackUrl=/account");
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

    await page.getByLabel("Your name").fill("");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Enter your name")).toBeVisible();

    await page.getByLabel("Your name").fill("Riley Runner");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Your name")).toHaveValue("Riley Runner");
  });

  test("a used sign-in link does not work twice", async ({ page, context }) => {
    await signInByMagicLink(page, webUrl, "demo@phasewise.local");
    const used = page.url();
    await context.clearCookies();
    await page.goto(used);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
  });
});

test.describe("admin app access", () => {
  test("a customer is refused by the admin app, on pages and on the API", async ({ page }) => {
    await signInByMagicLink(page, adminUrl, "demo@phasewise.local");
    await expect(page.getByRole("heading", { name: "This account is not an admin" })).toBeVisible();

    await page.goto(`${adminUrl}/users`);
    await expect(page).toHaveURL(`${adminUrl}/not-allowed`);
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(
      page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }),
    ).toHaveCount(0);

    const api = await page.request.get(
      `${adminUrl}/api/trpc/users.list?input=${encodeURIComponent('{"json":{}}')}`,
    );
    expect(api.status()).toBe(403);
  });

  test("an anonymous visitor is sent to sign in and the API answers 401", async ({ page }) => {
    await page.goto(`${adminUrl}/users`);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fusers/);
    const api = await page.request.get(
      `${adminUrl}/api/trpc/users.list?input=${encodeURIComponent('{"json":{}}')}`,
    );
    expect(api.status()).toBe(401);
  });

  test("an admin signs in to the admin app and finds a customer", async ({ page }) => {
    await signInByMagicLink(page, adminUrl, "admin@phasewise.local");
    await expect(page.getByRole("heading", { name: "Hello, Ada Admin" })).toBeVisible();
    await page
      .getByRole("navigation", { name: "Admin" })
      .getByRole("link", { name: "Users" })
      .click();
    await page.getByLabel("Search by email or name").fill("demo@phasewise");
    const table = page.getByRole("table");
    await expect(table.getByRole("cell", { name: "demo@phasewise.local" })).toBeVisible();
    await expect(table.getByRole("cell", { name: "admin@phasewise.local" })).toHaveCount(0);
  });

  test("signing in to the storefront does not sign anyone in to the admin app", async ({
    page,
  }) => {
    await signInByMagicLink(page, webUrl, "admin@phasewise.local");
    await page.goto(`${adminUrl}/`);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
