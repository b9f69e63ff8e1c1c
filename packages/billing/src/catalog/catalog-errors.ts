/**
 * Failures of admin catalog changes, with a code the API maps to its own errors and, where one
 * field is at fault, a message for that field. Stripe's own errors are translated here: the admin
 * sees what to do, never Stripe's internals.
 */
import Stripe from "stripe";

export type CatalogErrorCode = "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "PRECONDITION_FAILED";

export class CatalogError extends Error {
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "CatalogError";
  }
}

/** Stripe's parameter names → our input fields, so a refusal lands next to the right input. */
const FIELD_OF_PARAM: Record<string, string> = {
  currency: "currency",
  unit_amount: "unitAmount",
  "recurring[interval]": "interval",
  name: "name",
  description: "description",
};

/** Runs one Stripe call; its failure becomes a CatalogError saying that nothing was changed. */
export async function callStripe<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    if (error.type === "StripeInvalidRequestError") {
      const field = error.param ? FIELD_OF_PARAM[error.param] : undefined;
      const message = `Stripe refused to ${what}. Check the values and try again.`;
      throw new CatalogError(
        "BAD_REQUEST",
        message,
        field ? { [field]: ["Stripe does not accept this value."] } : undefined,
      );
    }
    if (error.type === "StripeAuthenticationError" || error.type === "StripePermissionError") {
      throw new CatalogError(
        "PRECONDITION_FAILED",
        `Could not ${what}: the Stripe key is not allowed to do it. Nothing was changed.`,
      );
    }
    throw new CatalogError(
      "PRECONDITION_FAILED",
      `Could not ${what}: Stripe did not answer properly. Nothing was changed here; try again in a moment.`,
    );
  }
}
