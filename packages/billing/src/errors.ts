/**
 * Expected billing failures with a code the API maps to its own errors (and HTTP status); the
 * message is meant for the customer. Anything else is unexpected and stays generic.
 */
export type BillingErrorCode = "NOT_FOUND" | "CONFLICT" | "PRECONDITION_FAILED" | "FORBIDDEN";

export class BillingError extends Error {
  constructor(
    readonly code: BillingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "BillingError";
  }
}
