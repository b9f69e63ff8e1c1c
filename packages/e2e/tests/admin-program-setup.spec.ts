/**
 * An admin sets up a new program: creates it from the programs list (a taken address is refused
 * at its field), writes a screening question, adds an assessment item, meets a validation error
 * at the field and fixes it, with autosave keeping up — and the new editor sections pass axe.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { signInAsAdmin } from "../src/admin/admin-session";
import { expectNoSeriousA11yViolations } from "../src/admin/axe";
import { adminUrl } from "../src/stack-ports";

async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved /, { timeout: 15_000 });
}

test.describe("admin program setup", () => {
  test("an admin creates a program, writes a screening question and an assessment item", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const tag = randomUUID().slice(0, 6);
    const title = `Shoulder Reset ${tag}`;
    await signInAsAdmin(page);

    // 1. Create it from the list; the address is suggested, and a taken one is refused.
    await page.goto(`${adminUrl}/programs`);
    await page.getByRole("link", { name: "New program" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New program" })).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill(title);
    const slug = page.getByLabel("Address (slug)");
    await expect(slug).toHaveValue(`shoulder-reset-${tag}`);
    await slug.fill("knee-pain-solution");
    await page.getByRole("button", { name: "Create program" }).click();
    await expect(page.getByText("That address is taken")).toBeVisible();
    await expect(slug).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    await slug.fill(`shoulder-reset-${tag}`);
    await page.getByRole("button", { name: "Create program" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Edit “${title}”` })).toBeVisible();

    // 2. A screening question.
    const screening = page.getByRole("region", { name: "Screening questions", exact: true });
    await screening.getByRole("button", { name: "Add a screening question" }).click();
    await expect(page.getByTestId("announcer")).toHaveText("Added screening question 1.");
    await screening
      .getByLabel("Question", { exact: true })
      .fill("Did your shoulder pain start with a fall or a dislocation?");
    await screening
      .getByLabel("Advice shown after a “yes”", { exact: true })
      .fill("Have the shoulder examined by a doctor or physiotherapist before starting.");
    await expect(screening.getByLabel(/is a red flag/)).toBeChecked();
    await expectSaved(page);

    // 3. An item in the baseline assessment, with a range that is wrong, then fixed.
    await page.getByRole("button", { name: /^Baseline check-in baseline/ }).click();
    const baseline = page.getByRole("region", { name: /^Baseline check-in baseline/ });
    await baseline.getByRole("button", { name: "Add a range-of-motion item" }).click();
    await expect(page.getByTestId("announcer")).toContainText(
      `Added a range of motion item to "Baseline check-in" at position 2.`,
    );
    await baseline.getByLabel("Item 2 label", { exact: true }).fill("Shoulder external rotation");
    await baseline.getByLabel("Item 2 range: from", { exact: true }).fill("120");
    const rangeTo = baseline.getByLabel("Item 2 range: to", { exact: true });
    await expect(rangeTo).toHaveAttribute("aria-invalid", "true");
    await expect(baseline.getByText("The low end must not be above the high end")).toBeVisible();
    await expect(
      page.getByRole("link", {
        name: "Assessment “Baseline check-in” › item 2 “Shoulder external rotation” › range › to: The low end must not be above the high end",
      }),
    ).toBeVisible();
    await expectSaved(page);
    await rangeTo.fill("150");
    await expect(rangeTo).not.toHaveAttribute("aria-invalid", "true");
    await expect(baseline.getByText("The low end must not be above the high end")).toHaveCount(0);
    await expectSaved(page);

    // The new sections, open and filled in, pass axe.
    await expectNoSeriousA11yViolations(page);

    // 4. What was saved is what comes back.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: `Edit “${title}”` })).toBeVisible();
    await page.getByRole("button", { name: /^1\. Did your shoulder pain start/ }).click();
    await expect(page.getByLabel("Question", { exact: true })).toHaveValue(
      "Did your shoulder pain start with a fall or a dislocation?",
    );
    await page.getByRole("button", { name: /^Baseline check-in baseline/ }).click();
    await expect(page.getByLabel("Item 2 range: to", { exact: true })).toHaveValue("150");
  });
});
