/**
 * An admin archives a program: after a confirm step that says what it means, the storefront no
 * longer lists it and its page is gone for visitors, while a customer already enrolled still
 * reaches their dashboard. Unarchiving (from the editor) puts it back in the catalog.
 */
import type { Browser } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { signInAsAdmin } from "../src/admin/admin-session";
import { createScratchProgram, enrolCustomerOnVersionOne } from "../src/admin/arrange-program";
import { signInByMagicLink } from "../src/sign-in";
import { adminUrl, webUrl } from "../src/stack-ports";

/** The storefront catalog as an anonymous visitor sees it. */
async function catalogHeadings(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${webUrl}/`);
  await expect(page.getByRole("heading", { level: 2, name: "Programs" })).toBeVisible();
  const titles = await page.getByRole("heading", { level: 3 }).allTextContents();
  await context.close();
  return titles;
}

test("an admin archives a program: off the storefront, enrolled customers keep going; unarchive restores it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const program = await createScratchProgram();
  const { user: learner } = await enrolCustomerOnVersionOne(program);
  expect(await catalogHeadings(browser)).toContain(program.title);

  // 1. Archive from the programs list, through the confirm step.
  await signInAsAdmin(page);
  await page.goto(`${adminUrl}/programs`);
  const row = page.getByRole("row").filter({ hasText: program.slug });
  await row.getByRole("button", { name: `Archive ${program.title}` }).click();
  const confirm = row.getByRole("group", { name: `Archive “${program.title}”?` });
  await expect(confirm).toContainText("nobody new can buy or start it");
  // Members of the whole catalog made by other specs may also count as "with access".
  await expect(confirm).toContainText(
    /The 1 customer already enrolled( and \d+ more with access who have not started yet)? keep their access, sessions and progress/,
  );
  await confirm.getByRole("button", { name: "Archive program" }).click();
  await expect(row.getByText("Archived", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Unarchive ${program.title}` })).toBeVisible();

  // The filter: among the archived, not among the active.
  await page
    .getByRole("navigation", { name: "Show programs" })
    .getByRole("link", { name: "Archived" })
    .click();
  await expect(page).toHaveURL(`${adminUrl}/programs?show=archived`);
  await expect(page.getByRole("row").filter({ hasText: program.slug })).toHaveCount(1);
  await page
    .getByRole("navigation", { name: "Show programs" })
    .getByRole("link", { name: "Active" })
    .click();
  await expect(page).toHaveURL(`${adminUrl}/programs?show=active`);
  await expect(page.getByRole("row").filter({ hasText: program.slug })).toHaveCount(0);

  // 2. The storefront: not listed, and its page is gone for a visitor.
  expect(await catalogHeadings(browser)).not.toContain(program.title);
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  const response = await visitorPage.goto(`${webUrl}/programs/${program.slug}`);
  expect(response?.status()).toBe(404);
  await expect(
    visitorPage.getByRole("heading", { name: "This program is not available" }),
  ).toBeVisible();
  await visitor.close();

  // 3. The enrolled customer still finds it and reaches their dashboard.
  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await signInByMagicLink(customerPage, webUrl, learner.email);
  await customerPage.goto(`${webUrl}/programs/${program.slug}`);
  await expect(
    customerPage.getByText("No longer offered to new customers", { exact: true }),
  ).toBeVisible();
  await customerPage.getByRole("link", { name: "Open your dashboard" }).click();
  await expect(customerPage).toHaveURL(`${webUrl}/programs/${program.slug}/dashboard`);
  await expect(customerPage.getByRole("heading", { name: "Next session" })).toBeVisible();
  await customer.close();

  // 4. Unarchive from the editor: back in the catalog.
  await page.goto(`${adminUrl}/programs/${program.programId}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(`Edit “${program.title}”`);
  await expect(heading.getByText("Archived", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Unarchive ${program.title}` }).click();
  await page
    .getByRole("group", { name: `Unarchive “${program.title}”?` })
    .getByRole("button", { name: "Unarchive program" })
    .click();
  await expect(page.getByRole("button", { name: `Archive ${program.title}` })).toBeVisible();
  await expect(heading.getByText("Archived", { exact: true })).toHaveCount(0);
  expect(await catalogHeadings(browser)).toContain(program.title);
});
