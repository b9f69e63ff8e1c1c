/**
 * Admin analytics: each view shows its heading and charts, every chart's numbers can be shown as
 * a table, the filters apply through the URL, and axe finds nothing serious. One customer is
 * arranged in the stack's database so every chart has something to draw.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { and, eq } from "drizzle-orm";

import {
  assessmentResults,
  enrollments,
  phaseProgress,
  prices,
  products,
  programs,
  programVersions,
  purchases,
  sessionLogs,
  subscriptions,
} from "@phasewise/db/schema";

import { signInAsAdmin } from "../src/admin/admin-session";
import { expectNoSeriousA11yViolations } from "../src/admin/axe";
import { createCustomer, stackDb } from "../src/stack-database";
import { adminUrl } from "../src/stack-ports";

const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS);

async function arrangeCustomer() {
  const db = await stackDb();
  const customer = await createCustomer({ withAccess: true, name: "Ana Lytics" });
  const [version] = await db
    .select({ id: programVersions.id, programId: programs.id })
    .from(programVersions)
    .innerJoin(programs, eq(programs.id, programVersions.programId))
    .where(and(eq(programs.slug, "knee-pain-solution"), eq(programVersions.version, 1)));
  if (!version) throw new Error("The seeded program has no version 1");
  const [enrollment] = await db
    .insert(enrollments)
    .values({
      userId: customer.id,
      programId: version.programId,
      programVersionId: version.id,
      currentPhaseKey: "restore",
      screening: {},
      startedAt: ago(20),
    })
    .returning({ id: enrollments.id });
  if (!enrollment) throw new Error("No enrolment");
  const owner = { userId: customer.id, enrollmentId: enrollment.id };
  await db.insert(phaseProgress).values({ ...owner, phaseKey: "restore", startedAt: ago(20) });
  await db.insert(sessionLogs).values(
    [18, 15, 12, 9, 6, 3].map((days) => ({
      ...owner,
      clientId: randomUUID(),
      phaseKey: "restore",
      sessionKey: "restore-a",
      completed: true,
      entries: [],
      painBefore: 3,
      painDuring: 2,
      painAfter: 2,
      difficulty: 3,
      startedAt: new Date(ago(days).getTime() - 15 * 60_000),
      endedAt: ago(days),
    })),
  );
  const checkIn = (phaseKey: string | null, days: number, pain: number) => ({
    ...owner,
    clientId: randomUUID(),
    assessmentKey: "hip-knee-check",
    phaseKey,
    takenAt: ago(days),
    values: ["knee-pain-stairs", "knee-pain-squat", "knee-pain-rest"].map((itemKey) => ({
      itemKey,
      value: pain,
    })),
  });
  await db.insert(assessmentResults).values([checkIn(null, 20, 6), checkIn("restore", 2, 3)]);
  const [lifetime] = await db
    .select({ id: prices.id, productId: prices.productId, amount: prices.unitAmount })
    .from(prices)
    .where(eq(prices.lookupKey, "knee-pain-solution-lifetime"));
  const [monthly] = await db
    .select({ id: prices.id })
    .from(prices)
    .innerJoin(products, eq(products.id, prices.productId))
    .where(eq(prices.lookupKey, "membership-monthly"));
  if (!lifetime || !monthly) throw new Error("The seeded catalog is missing");
  await db.insert(purchases).values({
    userId: customer.id,
    productId: lifetime.productId,
    programId: version.programId,
    priceId: lifetime.id,
    status: "paid",
    amount: lifetime.amount,
    currency: "usd",
    purchasedAt: ago(20),
  });
  await db.insert(subscriptions).values({
    userId: customer.id,
    stripeSubscriptionId: `sub_e2e_${randomUUID()}`,
    stripeCustomerId: `cus_e2e_${randomUUID()}`,
    priceId: monthly.id,
    status: "active",
    createdAt: ago(40),
  });
}

const views = [
  {
    path: "/analytics",
    link: "Revenue & subscriptions",
    charts: ["Revenue per month", "Subscriptions at each month's end"],
  },
  { path: "/analytics/phases", link: "Phases & funnel", charts: ["Customers per phase", "Funnel"] },
  {
    path: "/analytics/outcomes",
    link: "Adherence & pain",
    charts: ["Adherence per phase", "Knee pain change from baseline"],
  },
];

test("an admin reads every analytics view, as charts and as tables", async ({ page }) => {
  await arrangeCustomer();
  await signInAsAdmin(page);
  await page.goto(`${adminUrl}/analytics`);
  for (const view of views) {
    await page
      .getByRole("navigation", { name: "Analytics views" })
      .getByRole("link", {
        name: view.link,
      })
      .click();
    await expect(page).toHaveURL(new RegExp(`${view.path}(\\?|$)`));
    await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
    for (const title of view.charts) {
      const chart = page.getByRole("region", { name: title });
      await expect(chart.getByRole("heading", { name: title })).toBeVisible();
      await expect(chart.getByRole("img")).toBeVisible();
      await chart.getByRole("button", { name: "Show as table" }).click();
      await expect(chart.getByRole("table")).toBeVisible();
      await expect(chart.getByRole("button", { name: "Hide table" })).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page);
  }
});

test("the range filter applies through the URL and keeps the view", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto(`${adminUrl}/analytics/phases`);
  await page.getByRole("combobox", { name: "Funnel: enrolments started in" }).selectOption("365");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/analytics\/phases\?.*days=365/);
  await expect(page.getByRole("region", { name: "Funnel" })).toContainText("last 365 days");
  await page.getByRole("link", { name: "Adherence & pain" }).click();
  await expect(page).toHaveURL(/\/analytics\/outcomes\?.*days=365/);
  await expect(page.getByRole("combobox", { name: "Range" })).toHaveValue("365");
});
