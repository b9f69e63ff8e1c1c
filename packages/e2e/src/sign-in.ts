/** Signs in through the real magic-link flow: the form, the captured email, the link. */
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

import { readSignInLink } from "./outbox";

export async function signInByMagicLink(
  page: Page,
  appUrl: string,
  email: string,
  path = "/sign-in",
) {
  await page.goto(`${appUrl}${path}`);
  const since = new Date(Date.now() - 1000);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await readSignInLink(appUrl, email, since));
}
