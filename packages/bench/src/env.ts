/**
 * The benchmark's environment: an optional PostgreSQL server to create its scratch database on
 * (else in-memory PGlite), and the variables the web app's child process inherits.
 */
import { z } from "zod";

const benchEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
});

/** Treats an empty variable (as written by `.env` templates) as unset: PGlite then. */
const unset = (value: string | undefined) => (value === "" ? undefined : value);

export function readBenchEnv() {
  const parsed = benchEnvSchema.safeParse({ DATABASE_URL: unset(process.env.DATABASE_URL) });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  }
  return parsed.data;
}

/**
 * The environment as the bench was launched, taken when this module loads (before the bench
 * redirects its own mail): builds and apps it spawns start from it, so a build run here hashes
 * like `pnpm build` and turbo can reuse its cache.
 */
const launchEnv: NodeJS.ProcessEnv = { ...process.env };

export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...launchEnv };
}

export interface BillingProcessEnv {
  DATABASE_URL: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  STRIPE_API_HOST: string;
}

/**
 * Points the billing package's process-wide clients (`getDb`, `getBillingQueue`, `getStripe` and
 * the webhook secret, all read from the environment as in the web app) at the bench's scratch
 * database and emulator. Returns a function that puts the previous values back.
 */
export function useBillingEnv(values: BillingProcessEnv): () => void {
  const previous = Object.fromEntries(
    Object.keys(values).map((name) => [name, process.env[name]] as const),
  );
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
