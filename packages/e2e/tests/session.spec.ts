import { expect, test } from "@playwright/test";

import { enrolThroughStartPage, programPath } from "../src/enrol";
import { beginSession, fillLogAndSave, playToTheEnd, skipToTheEnd } from "../src/run-session";
import { signInByMagicLink } from "../src/sign-in";
import { addPastSessions, backdateCurrentPhase, createCustomer } from "../src/stack-database";
import { webUrl } from "../src/stack-ports";

test("a customer does a whole session in the player, logs it, and sees the dashboard update", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install();
  const customer = await createCustomer({ withAccess: true });
  await signInByMagicLink(page, webUrl, customer.email);
  await enrolThroughStartPage(page);
  await expect(page.getByTestId("unlock-criteria")).toContainText("0 of 6 sessions");

  await page.getByRole("link", { name: "Start session" }).click();
  await beginSession(page, "1");

  // The get-ready countdown moves only when the clock does.
  const countdown = page.getByTestId("countdown");
  const first = Number(await countdown.textContent());
  await page.clock.runFor(2000);
  await expect(countdown).toHaveText(String(first - 2));

  const ticks = await playToTheEnd(page);
  expect(ticks).toBeGreaterThan(10);
  await fillLogAndSave(page, { during: "2", after: "1" });
  await expect(page.getByRole("link", { name: "Back to your dashboard" })).toBeVisible();
  await expect(page.getByText("Phase unlocked")).toHaveCount(0);

  await page.getByRole("link", { name: "Back to your dashboard" }).click();
  await expect(page.getByTestId("unlock-criteria")).toContainText("1 of 6 sessions");
  await expect(page.getByTestId("week-progress")).toContainText(/^1 of \d+ sessions done$/);

  await page.getByRole("link", { name: "Your progress" }).click();
  await expect(page.getByTestId("session-history")).toContainText("Felt steady today");
});

test("a session interrupted by a reload resumes where it was", async ({ page }) => {
  const customer = await createCustomer({ withAccess: true });
  await signInByMagicLink(page, webUrl, customer.email);
  await enrolThroughStartPage(page);
  await page.goto(`${webUrl}${programPath}/session`);
  await beginSession(page, "2");
  for (let skips = 0; skips < 4; skips++)
    await page.getByRole("button", { name: "Skip", exact: true }).click();
  const counter = await page.getByTestId("step-counter").textContent();
  await page.reload();
  await page.getByRole("button", { name: "Resume where you left off" }).click();
  await expect(page.getByTestId("step-counter")).toHaveText(counter ?? "");
});

test("finishing phase one's rule opens phase two with a clear message", async ({ page }) => {
  const customer = await createCustomer({ withAccess: true });
  await signInByMagicLink(page, webUrl, customer.email);
  await enrolThroughStartPage(page);
  await backdateCurrentPhase(customer.id, 15);
  await addPastSessions(customer.id, 5);
  await page.reload();
  await expect(page.getByTestId("unlock-criteria")).toContainText("5 of 6 sessions");

  await page.getByRole("link", { name: "Start session" }).click();
  await beginSession(page, "1");
  await skipToTheEnd(page);
  await fillLogAndSave(page, { during: "1", after: "1" });
  await expect(page.getByText("Phase unlocked: Build strength across hip positions")).toBeVisible();

  await page.getByRole("link", { name: "Back to your dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Build strength across hip positions",
  );
  await expect(page.getByTestId("unlock-criteria")).toContainText("0 of 9 sessions");
});

test("severe pain ends with an unmistakable stop-and-seek-care message", async ({ page }) => {
  const customer = await createCustomer({ withAccess: true });
  await signInByMagicLink(page, webUrl, customer.email);
  await enrolThroughStartPage(page);
  await page.goto(`${webUrl}${programPath}/session`);
  await beginSession(page, "3");
  await skipToTheEnd(page);
  await fillLogAndSave(page, { during: "9", after: "8" });
  const alert = page.getByRole("alert").filter({ hasText: /clinician|stop/i });
  await expect(alert).toBeVisible();
  await page.goto(`${webUrl}${programPath}/dashboard`);
  await expect(page.getByRole("alert").filter({ hasText: /clinician|stop/i })).toBeVisible();
});
