/** Enrols the signed-in customer through the start page: all "no" answers and a baseline. */
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

import { webUrl } from "./stack-ports";

export const programPath = "/programs/knee-pain-solution";

export async function answerAllNo(page: Page) {
  const noAnswers = page.getByRole("radio", { name: "No" });
  const count = await noAnswers.count();
  for (let index = 0; index < count; index++) await noAnswers.nth(index).check();
}

export async function fillBaseline(page: Page, hipDegrees = { left: 18, right: 24 }) {
  await page.getByLabel(/left side \(degrees\)/).fill(String(hipDegrees.left));
  await page.getByLabel(/right side \(degrees\)/).fill(String(hipDegrees.right));
  const painSelects = page.getByLabel(/\(pain 0 to 10\)/);
  const count = await painSelects.count();
  for (let index = 0; index < count; index++) {
    await painSelects.nth(index).selectOption(String(3 + (index % 3)));
  }
}

/** On the start page: answers every question "no", takes the baseline, lands on the dashboard. */
export async function completeStartForm(page: Page) {
  await expect(page.getByRole("heading", { name: /^Before you start/ })).toBeVisible();
  await answerAllNo(page);
  await fillBaseline(page);
  await page.getByRole("button", { name: "Start the program" }).click();
  await expect(page).toHaveURL(`${webUrl}${programPath}/dashboard`);
}

export async function enrolThroughStartPage(page: Page) {
  await page.goto(`${webUrl}${programPath}/start`);
  await completeStartForm(page);
}
