import { describe, expect, it } from "vitest";

import { readEmulatorEnv } from "./env";

describe("readEmulatorEnv", () => {
  it("defaults the port to 12111", () => {
    expect(readEmulatorEnv({})).toMatchObject({ STRIPE_EMULATOR_PORT: 12111 });
  });

  it("reads the webhook target and data file", () => {
    const env = readEmulatorEnv({
      STRIPE_EMULATOR_PORT: "4242",
      STRIPE_WEBHOOK_URL: "http://localhost:3000/api/stripe/webhook",
      STRIPE_WEBHOOK_SECRET: "whsec_dev",
      STRIPE_EMULATOR_DATA_FILE: ".data/stripe.json",
    });
    expect(env).toMatchObject({ STRIPE_EMULATOR_PORT: 4242, STRIPE_WEBHOOK_SECRET: "whsec_dev" });
  });

  it("refuses a webhook URL without a whsec_ secret", () => {
    expect(() => readEmulatorEnv({ STRIPE_WEBHOOK_URL: "http://localhost:3000/hook" })).toThrow(
      /STRIPE_WEBHOOK_SECRET/,
    );
    expect(() => readEmulatorEnv({ STRIPE_WEBHOOK_SECRET: "nope" })).toThrow(/whsec_/);
  });
});
