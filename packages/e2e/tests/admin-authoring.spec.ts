import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { createAdmin, signInAsAdmin } from "../src/admin/admin-session";
import { createScratchProgram, enrolCustomerOnVersionOne } from "../src/admin/arrange-program";
import { signInByMagicLink } from "../src/sign-in";
import { adminUrl, webUrl } from "../src/stack-ports";

async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved /, { timeout: 15_000 });
}

test.describe("admin content authoring", () => {
  test("an admin authors an exercise, puts it in a session, publishes, and moves a customer to it", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const program = await createScratchProgram();
    const customer = await enrolCustomerOnVersionOne(program);
    const exerciseName = `Side-lying hip lift ${randomUUID().slice(0, 6)}`;
    const session = page;

    await signInAsAdmin(session);

    // 1. A new exercise in the library, with a media preview.
    await session.goto(`${adminUrl}/exercises/new`);
    await session.getByLabel("Name", { exact: true }).fill(exerciseName);
    await expect(session.getByLabel("Slug")).toHaveValue(/^side-lying-hip-lift-/);
    await session.getByLabel("Summary").fill("Lifts the top leg to wake up the outer hip.");
    await session.getByLabel("Setup").fill("Lie on your side with the bottom knee bent.");
    await session
      .getByRole("textbox", { name: "Step 1", exact: true })
      .fill("Lift the top leg a hand's width, then lower it slowly.");
    await session.getByRole("button", { name: "Add a cue" }).click();
    await session
      .getByRole("textbox", { name: "Cue 1", exact: true })
      .fill("Keep the hips stacked.");
    await session.getByRole("button", { name: "Add a target area" }).click();
    await session.getByRole("textbox", { name: "Target area 1", exact: true }).fill("Outer hip");
    await session.getByRole("button", { name: "Add equipment" }).click();
    await session.getByRole("textbox", { name: "Equipment key 1", exact: true }).fill("mat");
    await session.getByLabel("Image URL").fill("https://example.com/hip-lift.jpg");
    await expect(session.getByRole("img", { name: `Image for ${exerciseName}` })).toBeAttached();
    await session.getByRole("button", { name: "Create exercise" }).click();
    await expect(session.getByText("Exercise created")).toBeVisible();
    await expect(session.getByRole("heading", { level: 1, name: exerciseName })).toBeVisible();
    await expect(session.getByText("No program uses this exercise yet.")).toBeVisible();

    // 2. Into a session of the draft, from the library.
    await session.goto(`${adminUrl}/programs`);
    await session.getByRole("link", { name: program.title, exact: true }).click();
    await expect(session.getByRole("heading", { name: `Edit “${program.title}”` })).toBeVisible();
    await session.getByRole("button", { name: /^Range at every angle restore-a/ }).click();
    const restoreA = session.getByRole("region", { name: /^Range at every angle restore-a/ });
    await restoreA
      .getByLabel("Add an exercise to this session")
      .selectOption({ label: `${exerciseName} (library)` });
    await expect(session.getByTestId("announcer")).toContainText(
      `Added an exercise to "Range at every angle" at position 5.`,
    );
    const card = session.getByRole("region", { name: new RegExp(`^${exerciseName}`) });
    await expect(card).toBeVisible();
    await expectSaved(session);

    // 3. Reorder: by keyboard (announced, focus follows) and by drag and drop.
    const moveUp = session.getByRole("button", { name: `Move "${exerciseName}" up` });
    await moveUp.focus();
    await session.keyboard.press("Enter");
    await expect(session.getByTestId("announcer")).toHaveText(
      `Moved "${exerciseName}" to position 4 of 5 in "Range at every angle".`,
    );
    await expect(session.getByRole("button", { name: `Move "${exerciseName}" up` })).toBeFocused();
    const list = session.getByRole("list", { name: "Exercises of Range at every angle" });
    await list
      .getByTestId("f-sessions-0-prescriptions-order-0")
      .locator("[data-drag-handle]")
      .first()
      .dragTo(list.getByTestId("f-sessions-0-prescriptions-order-2"));
    await expect(session.getByTestId("announcer")).toHaveText(
      `Moved "Lying windscreen wipers" to position 3 of 5 in "Range at every angle".`,
    );
    await expect(list.getByRole("heading", { level: 5 })).toHaveText([
      /Hip axial rotation at the wall/,
      /90\/90 settle and breathe/,
      /Lying windscreen wipers/,
      new RegExp(exerciseName),
      /Glute bridge/,
    ]);

    // 4. A validation error at its field, then fixed.
    await card.getByLabel("Reps: from").fill("12");
    await card.getByLabel("Reps: to").fill("6");
    const repsTo = card.getByLabel("Reps: to");
    await expect(repsTo).toHaveAttribute("aria-invalid", "true");
    await expect(card.getByText("The low end must not be above the high end")).toBeVisible();
    await expect(
      session.getByRole("heading", { name: "1 problem to fix before publishing" }),
    ).toBeVisible();
    await expectSaved(session);
    await repsTo.fill("15");
    await expect(repsTo).not.toHaveAttribute("aria-invalid", "true");
    await expect(session.getByText("No problems")).toBeVisible();
    await expectSaved(session);

    // 5. Preview the session as the player runs it.
    await restoreA.getByRole("link", { name: /^Preview “Range at every angle”/ }).click();
    await expect(
      session.getByRole("heading", { name: "Preview: Range at every angle" }),
    ).toBeVisible();
    await expect(session.getByRole("heading", { level: 2, name: exerciseName })).toBeVisible();
    await expect(session.getByTestId("preview-estimate")).toContainText(/About \d+ minutes/);

    // 6. Publish, after reviewing the diff.
    await session.goto(`${adminUrl}/programs/${program.programId}/publish`);
    await expect(session.getByRole("heading", { name: "Publish version 2" })).toBeVisible();
    await expect(
      session.getByText(`Exercise "${exerciseName}" added in session "Range at every angle"`),
    ).toBeVisible();
    await expect(
      session.getByText('Exercises of session "Range at every angle" reordered'),
    ).toBeVisible();
    await session.getByRole("button", { name: "Publish version 2" }).click();
    await expect(session.getByText("Write one line about what changed")).toBeVisible();
    await session
      .getByLabel("Changelog: one line about what changed")
      .fill("Adds the side-lying hip lift to session A of Restore.");
    await session.getByRole("button", { name: "Publish version 2" }).click();
    await expect(session.getByText("Published version 2")).toBeVisible();

    // 7. The customer stays on version 1 until moved.
    const customerContext = await browser.newContext();
    const customerPage = await customerContext.newPage();
    await signInByMagicLink(customerPage, webUrl, customer.user.email);
    await customerPage.goto(`${webUrl}/programs/${program.slug}/dashboard`);
    await expect(customerPage.getByText("Lying windscreen wipers").first()).toBeVisible();
    await expect(customerPage.getByText(exerciseName)).toHaveCount(0);

    await session.getByRole("link", { name: "Move enrolments to version 2" }).click();
    await expect(
      session.getByRole("checkbox", { name: `Move ${customer.user.email}` }),
    ).toBeChecked();
    await session.getByRole("button", { name: "Move 1 to version 2" }).click();
    await expect(session.getByText("Moved 1 to version 2")).toBeVisible({ timeout: 15_000 });

    await customerPage.reload();
    await expect(customerPage.getByText(exerciseName)).toBeVisible();
    await customerContext.close();

    // 8. The audit log shows each step.
    await session.goto(`${adminUrl}/audit?targetId=${program.programId}`);
    const rows = session.getByRole("row");
    await expect(rows.filter({ hasText: "Published a version" })).toHaveCount(1);
    await expect(
      rows.filter({ hasText: "Saved a draft" }).filter({
        hasText: `Exercise "${exerciseName}" added in session "Range at every angle"`,
      }),
    ).toHaveCount(1);
    await expect(
      rows.filter({ hasText: "Saved a draft" }).filter({ hasText: "reordered" }).first(),
    ).toBeVisible();
    await expect(
      rows.filter({ hasText: "Saved a draft" }).filter({ hasText: "changed: reps" }).first(),
    ).toBeVisible();
    await session.goto(`${adminUrl}/audit?action=exercise.create`);
    await expect(session.getByRole("row").filter({ hasText: exerciseName })).toHaveCount(1);
    await session.goto(`${adminUrl}/audit?action=enrollment.migrate`);
    await expect(session.getByRole("row").filter({ hasText: customer.user.email })).toHaveCount(1);
  });

  test("two admins on one draft: the later save is refused with who saved first, never overwriting", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const program = await createScratchProgram();
    const other = await createAdmin("Bea Second");
    const editorUrl = `${adminUrl}/programs/${program.programId}`;
    const titleField = (target: Page) =>
      target.getByRole("region", { name: /^Program details/ }).getByLabel("Title", { exact: true });

    await signInAsAdmin(page);
    await page.goto(editorUrl);
    await page.getByRole("button", { name: /^Program details/ }).click();

    const secondContext = await browser.newContext();
    const second = await secondContext.newPage();
    await signInAsAdmin(second, "/sign-in", other.email);
    await second.goto(editorUrl);
    await second.getByRole("button", { name: /^Program details/ }).click();

    await titleField(second).fill("Hip Lab, as Bea wrote it");
    await expectSaved(second);

    await titleField(page).fill("Hip Lab, as Ada wrote it");
    const conflict = page.getByRole("alert").filter({ hasText: "Conflict" });
    await expect(conflict).toContainText(
      /Bea Second saved this draft at \d{4}-\d\d-\d\d \d\d:\d\d UTC — reload to see their changes\./,
      { timeout: 15_000 },
    );
    await conflict.getByRole("button", { name: "Reload their version (discard mine)" }).click();
    await expect(
      page.getByRole("heading", { name: "Edit “Hip Lab, as Bea wrote it”" }),
    ).toBeVisible();

    // Now Bea is behind: her next edit conflicts, and she may knowingly keep hers.
    await page.getByRole("button", { name: /^Program details/ }).click();
    await titleField(page).fill("Hip Lab, Ada again");
    await expectSaved(page);
    await titleField(second).fill("Hip Lab, Bea insists");
    const secondConflict = second.getByRole("alert").filter({ hasText: "Conflict" });
    await expect(secondConflict).toContainText("Ada Admin saved this draft", { timeout: 15_000 });
    await secondConflict.getByRole("button", { name: "Keep mine (overwrite theirs)" }).click();
    await expectSaved(second);
    await secondContext.close();

    await page.goto(`${adminUrl}/audit?targetId=${program.programId}`);
    await expect(page.getByRole("row").filter({ hasText: "Saved a draft" })).toHaveCount(3);
  });
});
