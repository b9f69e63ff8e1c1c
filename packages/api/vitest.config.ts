import { defineConfig } from "vitest/config";

/**
 * Two projects on the run's one database. Most files run in parallel. Files that start a Stripe
 * emulator and a pg-boss worker (`*.stripe.test.ts`) share the seeded catalog's Stripe ids and
 * the sync queue, so a worker of one file would take another file's jobs: they run one at a
 * time, after the parallel ones.
 */
const shared = {
  globalSetup: ["../db/src/testing/global-setup.ts"],
  setupFiles: ["../db/src/testing/setup-database-env.ts"],
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: "api",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.stripe.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: "api-stripe",
          include: ["src/**/*.stripe.test.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
