/**
 * Auth settings. In production AUTH_SECRET is required and its absence stops the server at start
 * (see assertAuthEnv in each app's instrumentation) rather than failing every request with a 500.
 */
import { z } from "zod";

/** Used only outside production so `pnpm dev` needs no setup; never valid in production. */
const developmentSecret = "phasewise-development-secret-do-not-use-in-production";

const authEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  AUTH_URL: z.url().optional(),
  /** The storefront's public address, for sign-in links the admin sends to customers. */
  WEB_URL: z.url("WEB_URL must be a URL such as https://phasewise.example").optional(),
});

/** Treats an empty variable (as written by `.env` templates) as unset. */
const unset = (value: string | undefined) => (value === "" ? undefined : value);

export class AuthConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthConfigError";
  }
}

export function readAuthEnv() {
  const parsed = authEnvSchema.safeParse({
    NODE_ENV: process.env.NODE_ENV,
    AUTH_SECRET: unset(process.env.AUTH_SECRET),
    AUTH_GITHUB_ID: unset(process.env.AUTH_GITHUB_ID),
    AUTH_GITHUB_SECRET: unset(process.env.AUTH_GITHUB_SECRET),
    AUTH_GOOGLE_ID: unset(process.env.AUTH_GOOGLE_ID),
    AUTH_GOOGLE_SECRET: unset(process.env.AUTH_GOOGLE_SECRET),
    AUTH_URL: unset(process.env.AUTH_URL),
    WEB_URL: unset(process.env.WEB_URL),
  });
  if (!parsed.success) {
    throw new AuthConfigError(parsed.error.issues.map((issue) => issue.message).join("; "));
  }
  const env = parsed.data;
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new AuthConfigError(
      "AUTH_SECRET is not set. Production needs a long random secret to sign sessions: " +
        "generate one with `openssl rand -base64 32` and set AUTH_SECRET before starting.",
    );
  }
  return {
    ...env,
    secret: env.AUTH_SECRET ?? developmentSecret,
    /** Outside production the storefront of `pnpm dev`; in production only what is configured. */
    storefrontUrl:
      env.WEB_URL ?? (env.NODE_ENV === "production" ? undefined : "http://localhost:3000"),
    secureCookies: env.NODE_ENV === "production" && !!env.AUTH_URL?.startsWith("https:"),
    github:
      env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
        ? { clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }
        : undefined,
    google:
      env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
        ? { clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }
        : undefined,
  };
}

/** Call at server start: throws a clear error when the auth configuration cannot work. */
export function assertAuthEnv(): void {
  readAuthEnv();
}

/**
 * For a server's start-up hook: prints what is wrong with the auth configuration and ends the
 * process, because Next.js would otherwise log the error and keep serving 500s.
 */
export function exitUnlessAuthEnvValid(): void {
  try {
    readAuthEnv();
  } catch (error) {
    console.error(
      `\nPhasewise cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}
