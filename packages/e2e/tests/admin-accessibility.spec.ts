/**
 * axe on every admin page — signed out, as a customer, and as an admin with real content on
 * screen (open editor cards, a validation error, a diff, enrolments to move) — with no serious
 * or critical violations.
 */
import { expect, test } from "@playwright/test";

import { signInAsAdmin } from "../src/admin/admin-session";
import {
  createLibraryExercise,
  createScratchProgram,
  enrolCustomerOnVersionOne,
} from "../src/admin/arrange-program";
import { expectNoSeriousA11yViolations } from "../src/admin/axe";
import { signInByMagicLink } from "../src/sign-in";
import { adminUrl } from "../src/stack-ports";

test.describe("admin accessibility", () => {
  test("pages outside the admin area: sign-in, check email, refusal", async ({ page }) => {
    await page.goto(`${adminUrl}/sign-in`);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Email address").fill("demo@phasewise.local");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await signInByMagicLink(page, adminUrl, "demo@phasewise.local");
    await expect(page.getByRole("heading", { name: "This account is not an admin" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("every admin page, with content on it", async ({ page }) => {
    test.setTimeout(180_000);
    const program = await createScratchProgram();
    await enrolCustomerOnVersionOne(program);
    const exercise = await createLibraryExercise();
    await signInAsAdmin(page);

    for (const path of [
      "/",
      "/programs",
      "/programs/new",
      "/exercises",
      "/exercises/new",
      "/users",
      "/products",
      "/customers",
      "/analytics",
      "/analytics/phases",
      "/analytics/outcomes",
    ]) {
      await page.goto(`${adminUrl}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }

    await page.goto(`${adminUrl}/exercises/${exercise.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: exercise.name })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The editor with cards open and a validation error showing.
    await page.goto(`${adminUrl}/programs/${program.programId}`);
    await page.getByRole("button", { name: /^Program details/ }).click();
    await page.getByRole("button", { name: /^1\. Restore range and activation/ }).click();
    await page.getByRole("button", { name: /^Range at every angle restore-a/ }).click();
    await page.getByRole("button", { name: /^Hip axial rotation at the wall/ }).click();
    const card = page.getByRole("region", { name: /^Hip axial rotation at the wall/ });
    await card.getByLabel("Cycles: to").fill("1");
    await expect(card.getByText("The low end must not be above the high end")).toBeVisible();
    await expect(page.getByTestId("save-status")).toHaveText(/^Saved /, { timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);

    // Publishing is refused while the problem is there; then fixed, the diff shows.
    await page.goto(`${adminUrl}/programs/${program.programId}/publish`);
    await expect(page.getByText(/it cannot be published yet/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto(`${adminUrl}/programs/${program.programId}`);
    await page.getByRole("button", { name: /^Range at every angle restore-a/ }).click();
    await page.getByRole("button", { name: /^Hip axial rotation at the wall/ }).click();
    await page
      .getByRole("region", { name: /^Hip axial rotation at the wall/ })
      .getByLabel("Cycles: to")
      .fill("3");
    await expect(page.getByTestId("save-status")).toHaveText(/^Saved /, { timeout: 15_000 });
    await page.goto(`${adminUrl}/programs/${program.programId}/publish`);
    await expect(page.getByRole("heading", { name: "Publish version 2" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    for (const path of ["preview", "preview?session=restore-b&dose=high", "enrollments"]) {
      await page.goto(`${adminUrl}/programs/${program.programId}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }

    await page.goto(`${adminUrl}/audit`);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${adminUrl}/billing`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Billing syncs that failed" }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${adminUrl}/programs/00000000-0000-0000-0000-000000000000`);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
