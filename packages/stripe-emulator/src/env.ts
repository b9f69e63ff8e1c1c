/** The emulator CLI's environment, validated once at start-up. */
import { z } from "zod";

const emulatorEnvSchema = z
  .object({
    STRIPE_EMULATOR_PORT: z.coerce.number().int().min(0).max(65_535).default(12111),
    STRIPE_EMULATOR_HOST: z.string().optional(),
    STRIPE_EMULATOR_PUBLIC_URL: z.url().optional(),
    STRIPE_WEBHOOK_URL: z.url().optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .startsWith("whsec_", "STRIPE_WEBHOOK_SECRET must start with whsec_")
      .optional(),
    STRIPE_EMULATOR_DATA_FILE: z.string().min(1).optional(),
  })
  .refine((env) => !env.STRIPE_WEBHOOK_URL || env.STRIPE_WEBHOOK_SECRET, {
    message: "STRIPE_WEBHOOK_SECRET is required when STRIPE_WEBHOOK_URL is set",
    path: ["STRIPE_WEBHOOK_SECRET"],
  });

export type EmulatorEnv = z.infer<typeof emulatorEnvSchema>;

export function readEmulatorEnv(
  source: Record<string, string | undefined> = process.env,
): EmulatorEnv {
  const parsed = emulatorEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}
