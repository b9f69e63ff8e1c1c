/** The database package's environment: one connection string, read when first needed. */
import { z } from "zod";

const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set: run `pnpm dev` (embedded database) or point it at PostgreSQL",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://"),
});

export function readDatabaseUrl(): string {
  const parsed = databaseEnvSchema.safeParse({ DATABASE_URL: process.env.DATABASE_URL });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  }
  return parsed.data.DATABASE_URL;
}
