/**
 * Billing settings, read when first needed. Billing is on when STRIPE_SECRET_KEY is set: real
 * Stripe (test or live keys), or the local emulator when STRIPE_API_HOST points at it (that is
 * what `pnpm dev` and the end-to-end stack do when no key is configured).
 */
import { z } from "zod";

/** Treats an empty variable (as written by `.env` templates) as unset. */
const unset = (value: string | undefined) => (value === "" ? undefined : value);

const billingEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, "STRIPE_SECRET_KEY must start with sk_test_, sk_live_ or rk_")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .startsWith("whsec_", "STRIPE_WEBHOOK_SECRET must start with whsec_")
    .optional(),
  /** Base URL of a Stripe-compatible API (the emulator), e.g. http://localhost:12111. */
  STRIPE_API_HOST: z.url("STRIPE_API_HOST must be a URL such as http://localhost:12111").optional(),
  /** Public URL of the storefront, for Checkout and portal return links (else the request's). */
  WEB_URL: z.url("WEB_URL must be a URL such as https://phasewise.example").optional(),
  DATABASE_URL: z.string().optional(),
});

export type BillingEnv = z.infer<typeof billingEnvSchema>;

export class BillingConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BillingConfigError";
  }
}

export function readBillingEnv(): BillingEnv {
  const parsed = billingEnvSchema.safeParse({
    NODE_ENV: process.env.NODE_ENV,
    STRIPE_SECRET_KEY: unset(process.env.STRIPE_SECRET_KEY),
    STRIPE_WEBHOOK_SECRET: unset(process.env.STRIPE_WEBHOOK_SECRET),
    STRIPE_API_HOST: unset(process.env.STRIPE_API_HOST),
    WEB_URL: unset(process.env.WEB_URL),
    DATABASE_URL: unset(process.env.DATABASE_URL),
  });
  if (!parsed.success) {
    throw new BillingConfigError(parsed.error.issues.map((issue) => issue.message).join("; "));
  }
  return parsed.data;
}

/** Whether payments are configured at all (a key is set). */
export function isBillingConfigured(env: BillingEnv = readBillingEnv()): boolean {
  return env.STRIPE_SECRET_KEY !== undefined;
}

/** True when no real money can move: the emulator or Stripe test keys ("test payments"). */
export function isTestPayments(env: BillingEnv = readBillingEnv()): boolean {
  return env.STRIPE_API_HOST !== undefined || !!env.STRIPE_SECRET_KEY?.includes("_test_");
}
