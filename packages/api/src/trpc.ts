/**
 * The tRPC server: (1) context, (2) initialisation with superjson and an error formatter that
 * returns zod problems per field and hides unexpected errors, (3) the procedure tiers
 * public → protected (signed in) → entitled (owns access to the program) and admin. Ownership checks live in the SQL of each procedure.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import type { Session } from "@phasewise/auth";
import type { Database } from "@phasewise/db/client";
import { getDb } from "@phasewise/db/client";
import { findProgramAccess } from "@phasewise/domain";

import { loadProgramAccess } from "./access/load-entitlements";
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

/** Field errors keyed by dotted path ("log.painDuring"), so nested inputs map to their fields. */
function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> | null {
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const key = issue.path.map(String).join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return fieldErrors;
  }
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

/**
 * Signed in AND entitled to the program named by `programSlug` in the input (purchase,
 * subscription or admin grant, decided by the domain's `entitlements`). Adds the program id and
 * the entitlement to the context; procedures still filter their own rows by user id.
 */
export const entitledProcedure = protectedProcedure
  .input(z.object({ programSlug: z.string().trim().min(1, "Choose a program").max(100) }))
  .use(async ({ ctx, input, next }) => {
    const access = await loadProgramAccess(ctx.db, ctx.user.id, input.programSlug);
    if (!access.programId) {
      throw new TRPCError({ code: "NOT_FOUND", message: "That program does not exist." });
    }
    const entitlement = findProgramAccess(access.entitlements, access.programId);
    if (!entitlement) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You do not have access to this program. Buy it or subscribe to open it.",
      });
    }
    return next({
      ctx: { ...ctx, program: { id: access.programId, slug: input.programSlug }, entitlement },
    });
  });

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "This needs an admin account." });
  }
  return next({ ctx });
});
