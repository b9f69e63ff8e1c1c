import { describe, expect, it, vi } from "vitest";

import { requestMagicLink, safeReturnPath } from "./request-magic-link";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("requestMagicLink", () => {
  it("returns a field error for an invalid email and sends nothing", async () => {
    const signIn = vi.fn();
    const state = await requestMagicLink(signIn, form({ email: "not-an-email", callbackUrl: "/" }));
    expect(state.fieldErrors?.email).toEqual([
      "Enter a valid email address, like name@example.com",
    ]);
    expect(state.email).toBe("not-an-email");
    expect(signIn).not.toHaveBeenCalled();
  });

  it("sends the link for a valid email and keeps the return path on this site", async () => {
    const signIn = vi.fn().mockResolvedValue(undefined);
    await requestMagicLink(signIn, form({ email: " a@b.co ", callbackUrl: "//evil.example/x" }));
    expect(signIn).toHaveBeenCalledWith("nodemailer", { email: "a@b.co", redirectTo: "/" });
    await requestMagicLink(signIn, form({ email: "a@b.co", callbackUrl: "/account" }));
    expect(signIn).toHaveBeenLastCalledWith("nodemailer", {
      email: "a@b.co",
      redirectTo: "/account",
    });
  });

  it("accepts only same-site return paths", () => {
    expect(safeReturnPath("/dashboard")).toBe("/dashboard");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath("//evil.example")).toBe("/");
    expect(safeReturnPath(undefined, "/home")).toBe("/home");
  });
});
