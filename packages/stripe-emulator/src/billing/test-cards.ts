/**
 * The test cards the hosted checkout page understands. Numbers follow Stripe's test cards where
 * Stripe has one; `4000 0000 0000 0077` is the emulator's own "delayed notification" card (real
 * Stripe uses bank debits for that), so async-payment webhooks can be exercised with a card form.
 */
import type { EmulatorCore } from "../core";
import type { CardBehavior, PaymentMethodRecord } from "../state/state";
import { createId } from "../lib/ids";

interface TestCard {
  brand: string;
  behavior: CardBehavior;
  summary: string;
}

export const TEST_CARDS: Record<string, TestCard> = {
  "4242424242424242": { brand: "visa", behavior: "succeeds", summary: "Succeeds." },
  "5555555555554444": {
    brand: "mastercard",
    behavior: "succeeds",
    summary: "Succeeds (Mastercard).",
  },
  "4000000000000002": { brand: "visa", behavior: "declines", summary: "Declined (card_declined)." },
  "4000000000003220": {
    brand: "visa",
    behavior: "requires_authentication",
    summary: "Asks for 3-D Secure: an Authorise step, then succeeds (or fails if you choose Fail).",
  },
  "4000000000000077": {
    brand: "visa",
    behavior: "async",
    summary: "Delayed notification: the session completes unpaid; settle it with the control API.",
  },
  "4000000000000341": {
    brand: "visa",
    behavior: "attach_then_fail",
    summary:
      "Attaches to the customer but every charge is declined (use with a trial to test dunning).",
  },
};

export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** Creates a payment method for a test card, or explains why the number is not accepted. */
export function createPaymentMethod(
  core: EmulatorCore,
  cardNumber: string,
): { method: PaymentMethodRecord } | { error: string } {
  const number = normalizeCardNumber(cardNumber);
  if (!/^\d{12,19}$/.test(number)) return { error: "Your card number is incomplete." };
  const card = TEST_CARDS[number];
  if (!card) {
    return { error: "Your card number is not a supported test card. Use 4242 4242 4242 4242." };
  }
  const method: PaymentMethodRecord = {
    id: createId("pm", 24),
    brand: card.brand,
    last4: number.slice(-4),
    behavior: card.behavior,
    failing: false,
    customer: null,
  };
  core.state.internal.paymentMethods[method.id] = method;
  return { method };
}

/** Whether a charge on this method is declined right now. */
export function isDeclined(method: PaymentMethodRecord): boolean {
  return method.failing || method.behavior === "declines" || method.behavior === "attach_then_fail";
}
