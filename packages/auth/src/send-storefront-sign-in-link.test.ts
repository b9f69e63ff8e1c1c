/**
 * A sign-in link an admin sends must work in the storefront exactly like one the customer asked
 * for: Auth.js's own email callback (the code the web app runs) signs them in once, then never
 * again.
 */
import { Auth } from "@auth/core";
import { describe, expect, it } from "vitest";

import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { createAuthConfig } from "./config";
import { createStorefrontSignInLink } from "./send-storefront-sign-in-link";

const db = useTestDb();

async function openLink(url: string) {
  const config = { ...createAuthConfig("web"), basePath: "/api/auth" };
  return Auth(new Request(url), config as Parameters<typeof Auth>[1]);
}

describe("storefront sign-in link", () => {
  it("signs the customer in to the storefront once, and is spent after that", async () => {
    const customer = await createTestUser(db);
    const link = await createStorefrontSignInLink(db, {
      email: customer.email,
      storefrontUrl: "http://localhost:3000/",
      returnPath: "/account",
    });
    expect(link.url.startsWith("http://localhost:3000/api/auth/callback/nodemailer?")).toBe(true);

    const first = await openLink(link.url);
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe("http://localhost:3000/account");
    expect(first.headers.get("set-cookie")).toContain("phasewise-web.session-token=");

    const again = await openLink(link.url);
    expect(again.headers.get("location")).toContain("error=Verification");
    expect(again.headers.get("set-cookie") ?? "").not.toContain("phasewise-web.session-token=");
  });

  it("is refused once it has expired", async () => {
    const customer = await createTestUser(db);
    const link = await createStorefrontSignInLink(db, {
      email: customer.email,
      storefrontUrl: "http://localhost:3000",
      now: new Date(Date.now() - 25 * 60 * 60 * 1000),
    });
    const response = await openLink(link.url);
    expect(response.headers.get("location")).toContain("error=Verification");
  });
});
