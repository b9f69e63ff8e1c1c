/**
 * Typed application errors. Server functions throw AppError with a code; the tRPC layer turns it
 * into the matching tRPC code (and HTTP status) in one place, so messages meant for users reach
 * them and everything else is replaced by a generic message.
 */
import { TRPCError } from "@trpc/server";

export type AppErrorCode =
  "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "BAD_REQUEST" | "PRECONDITION_FAILED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Optional field-level messages, shown next to the inputs they concern. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: error.code, message: error.message, cause: error });
}

/** The only text an unexpected failure shows: no SQL, stack or driver detail leaves the server. */
export const genericErrorMessage = "Something went wrong on our side. Please try again.";
