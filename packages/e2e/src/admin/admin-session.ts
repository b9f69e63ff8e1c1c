/** Signs admins in to the admin app: the seeded one, or another created for the test. */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

import { users } from "@phasewise/db";

import { signInByMagicLink } from "../sign-in";
import { stackDb } from "../stack-database";
import { adminUrl } from "../stack-ports";

export const adminEmail = "admin@phasewise.local";

export async function signInAsAdmin(page: Page, path = "/sign-in", email = adminEmail) {
  await signInByMagicLink(page, adminUrl, email, path);
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
}

/** A second admin account, for tests where two admins work on the same thing. */
export async function createAdmin(name: string) {
  const database = await stackDb();
  const [user] = await database
    .insert(users)
    .values({ email: `admin-${randomUUID().slice(0, 8)}@e2e.phasewise.local`, name, role: "admin" })
    .returning();
  if (!user) throw new Error("could not create an admin");
  return user;
}
