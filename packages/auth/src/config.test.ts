import type { AdapterUser } from "next-auth/adapters";
import { afterEach, describe, expect, it, vi } from "vitest";

import { createAuthConfig, listSignInMethods } from "./config";
import { readAuthEnv } from "./env";

afterEach(() => vi.unstubAllEnvs());

describe("auth configuration", () => {
  it("refuses to start in production without AUTH_SECRET and says how to fix it", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => readAuthEnv()).toThrow(/AUTH_SECRET is not set.*openssl rand/);
  });

  it("starts in production once a secret is set", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "a-very-long-production-secret-value");
    expect(readAuthEnv().secret).toBe("a-very-long-production-secret-value");
  });

  it("offers GitHub and Google only when both of their keys are set", () => {
    vi.stubEnv("AUTH_GITHUB_ID", "id");
    vi.stubEnv("AUTH_GITHUB_SECRET", "");
    vi.stubEnv("AUTH_GOOGLE_ID", "gid");
    vi.stubEnv("AUTH_GOOGLE_SECRET", "gsecret");
    expect(listSignInMethods()).toEqual({ email: true, github: false, google: true });
    const providerIds = createAuthConfig("web").providers.map((provider) =>
      typeof provider === "function" ? provider().id : provider.id,
    );
    expect(providerIds).toEqual(["nodemailer", "google"]);
  });

  it("gives each app its own session cookie", () => {
    const web = createAuthConfig("web").cookies?.sessionToken?.name;
    const admin = createAuthConfig("admin").cookies?.sessionToken?.name;
    expect(web).toBe("phasewise-web.session-token");
    expect(admin).toBe("phasewise-admin.session-token");
  });

  it("exposes id, name, email, image and role in the session, never the session token", async () => {
    const config = createAuthConfig("web");
    const user: AdapterUser & { role: "admin" } = {
      id: "u1",
      email: "a@b.c",
      emailVerified: null,
      name: "Ann",
      image: null,
      role: "admin",
    };
    const session = await config.callbacks?.session?.({
      session: {
        expires: "2030-01-01T00:00:00.000Z",
        sessionToken: "secret-token",
        userId: "u1",
        user,
      } as never,
      user,
    } as never);
    expect(session).toEqual({
      expires: "2030-01-01T00:00:00.000Z",
      user: { id: "u1", name: "Ann", email: "a@b.c", image: null, role: "admin" },
    });
    expect(JSON.stringify(session)).not.toContain("secret-token");
  });
});
