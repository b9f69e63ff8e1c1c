/**
 * Email settings. Without EMAIL_SERVER, mail is captured in a local outbox — outside production,
 * or in a production build only when EMAIL_CAPTURE=true (end-to-end tests).
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

const emailEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  EMAIL_SERVER: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("Phasewise <hello@phasewise.local>"),
  EMAIL_OUTBOX_DIR: z.string().min(1).default(join(tmpdir(), "phasewise-outbox")),
  /** End-to-end tests run production builds; this lets them capture mail. Never set it live. */
  EMAIL_CAPTURE: z.enum(["true", "false"]).default("false"),
});

/** Treats an empty variable (as written by `.env` templates) as unset. */
const unset = (value: string | undefined) => (value === "" ? undefined : value);

export type EmailEnv = z.infer<typeof emailEnvSchema>;

export function readEmailEnv(): EmailEnv {
  return emailEnvSchema.parse({
    NODE_ENV: process.env.NODE_ENV,
    EMAIL_SERVER: unset(process.env.EMAIL_SERVER),
    EMAIL_FROM: unset(process.env.EMAIL_FROM),
    EMAIL_OUTBOX_DIR: unset(process.env.EMAIL_OUTBOX_DIR),
    EMAIL_CAPTURE: unset(process.env.EMAIL_CAPTURE),
  });
}
