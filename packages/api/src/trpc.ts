/**
 * The tRPC server: (1) context, (2) initialisation with superjson and an error formatter that
 * returns zod problems per field and hides unexpected errors, (3) the procedure tiers
 * public → protected (signed in) → admin. Ownership checks live in the SQL of each procedure.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import type { Session } from "@phasewise/auth";
import type { Database } from "@phasewise/db/client";
import { getDb } from "@phasewise/db/client";

import { AppError, genericErrorMessage, toTRPCError } from "./errors";

// 1. Context --------------------------------------------------------------------------------

export interface CreateContextOptions {
  headers: Headers;
  session: Session | null;
  /** Tests and benchmarks pass their own database; apps use the process-wide one. */
  db?: Database;
}

export function createTRPCContext(options: CreateContextOptions) {
  return {
    headers: options.headers,
    session: options.session,
    db: options.db ?? getDb(),
  };
}

export type TRPCContext = ReturnType<typeof createTRPCContext>;

// 2. Initialisation ---------------------------------------------------------------------------

function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> | null {
  if (cause instanceof ZodError) return z.flattenError(cause).fieldErrors;
  if (cause instanceof AppError && cause.fieldErrors) return cause.fieldErrors;
  return null;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const unexpected = error.code === "INTERNAL_SERVER_ERROR";
    const fieldErrors = fieldErrorsOf(error.cause);
    return {
      ...shape,
      message: unexpected
        ? genericErrorMessage
        : fieldErrors && error.cause instanceof ZodError
          ? "Some fields need attention."
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// 3. Procedures -------------------------------------------------------------------------------

/** Turns AppError into its tRPC code; anything else stays unexpected (a generic 500). */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw toTRPCError(result.error.cause);
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session?.user.id) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  }
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "This needs an admin account." });
  }
  return next({ ctx });
});
