/** Drives the session player: pain before, then every step until the log form appears. */
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

export async function beginSession(page: Page, painBefore: string) {
  await page
    .getByRole("group", { name: /right now/ })
    .getByRole("radio", { name: painBefore, exact: true })
    .check();
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page.getByTestId("step-counter")).toBeVisible();
}

/** Lets the (fake) clock run the timed steps and taps Done on self-paced reps, to the end. */
export async function playToTheEnd(page: Page, secondsPerTick = 3) {
  const logForm = page.getByRole("group", { name: /during the session/ });
  for (let tick = 0; tick < 2000; tick++) {
    if (await logForm.isVisible()) return tick;
    const done = page.getByRole("button", { name: "Done", exact: true });
    if (await done.isVisible()) await done.click();
    else await page.clock.runFor(secondsPerTick * 1000);
  }
  throw new Error("the session never reached the log form");
}

export async function skipToTheEnd(page: Page) {
  const logForm = page.getByRole("group", { name: /during the session/ });
  for (let step = 0; step < 500; step++) {
    if (await logForm.isVisible()) return;
    await page.getByRole("button", { name: "Skip", exact: true }).click();
  }
  throw new Error("skipping never reached the log form");
}

export async function fillLogAndSave(page: Page, pain: { during: string; after: string }) {
  await page
    .getByRole("group", { name: /during the session/ })
    .getByRole("radio", { name: pain.during, exact: true })
    .check();
  await page
    .getByRole("group", { name: /right after/ })
    .getByRole("radio", { name: pain.after, exact: true })
    .check();
  await page.getByRole("group", { name: /sharp/ }).getByRole("radio", { name: "No" }).check();
  await page
    .getByRole("group", { name: /How hard/ })
    .getByRole("radio")
    .nth(2)
    .check();
  await page.getByLabel("Note (optional)").fill("Felt steady today");
  await page.getByRole("button", { name: "Save session" }).click();
}
