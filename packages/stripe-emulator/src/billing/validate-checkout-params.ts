/**
 * Checks on Checkout Session params that Stripe enforces and a product can trip over: mode versus
 * price types and intervals, one currency, promotion codes versus discounts, mode-only params, URLs.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { CheckoutSessionParams } from "./checkout-session-params";
import { invalidRequest, missingParam, resourceMissing } from "../lib/errors";

export function validateModeAndPrices(
  mode: "payment" | "subscription",
  prices: Stripe.Price[],
): string {
  const currencies = new Set(prices.map((price) => price.currency));
  if (currencies.size > 1)
    throw invalidRequest("All line items must use the same currency.", "line_items");
  const recurring = prices.filter((price) => price.recurring);
  if (mode === "payment" && recurring.length > 0) {
    throw invalidRequest(
      "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
      "mode",
    );
  }
  if (mode === "subscription" && recurring.length === 0) {
    throw invalidRequest(
      "You must provide at least one recurring price in `subscription` mode when using prices.",
      "mode",
    );
  }
  const intervals = new Set(
    recurring.map((price) => `${price.recurring?.interval}/${price.recurring?.interval_count}`),
  );
  if (intervals.size > 1) {
    throw invalidRequest(
      "Checkout does not support multiple prices with different billing intervals.",
      "line_items",
    );
  }
  return [...currencies][0] ?? "usd";
}

export function validateDiscounts(
  core: EmulatorCore,
  params: CheckoutSessionParams,
): Stripe.Checkout.Session.Discount[] {
  if (params.allow_promotion_codes && params.discounts?.length) {
    throw invalidRequest(
      "You may only specify one of these parameters: allow_promotion_codes, discounts.",
      "discounts",
    );
  }
  return (params.discounts ?? []).map((discount, index) => {
    if (discount.promotion_code) {
      if (!core.state.promotionCodes[discount.promotion_code]) {
        throw resourceMissing(
          "promotion_code",
          discount.promotion_code,
          `discounts[${index}][promotion_code]`,
        );
      }
      return { coupon: null, promotion_code: discount.promotion_code };
    }
    if (!discount.coupon) throw missingParam(`discounts[${index}][coupon]`);
    if (!core.state.coupons[discount.coupon])
      throw resourceMissing("coupon", discount.coupon, `discounts[${index}][coupon]`);
    return { coupon: discount.coupon, promotion_code: null };
  });
}

export function validateModeSpecificParams(
  params: CheckoutSessionParams,
  mode: "payment" | "subscription",
): void {
  if (mode === "payment" && params.subscription_data) {
    throw invalidRequest(
      "`subscription_data` can only be used in `subscription` mode.",
      "subscription_data",
    );
  }
  if (mode === "subscription" && params.payment_intent_data) {
    throw invalidRequest(
      "`payment_intent_data` can only be used in `payment` mode.",
      "payment_intent_data",
    );
  }
  if (mode === "subscription" && params.customer_creation) {
    throw invalidRequest(
      "`customer_creation` can only be used in `payment` and `setup` mode.",
      "customer_creation",
    );
  }
  const trialDays = params.subscription_data?.trial_period_days;
  if (trialDays !== undefined && trialDays < 1) {
    throw invalidRequest(
      "The trial period must be at least 1 day.",
      "subscription_data[trial_period_days]",
    );
  }
  for (const [param, url] of [
    ["success_url", params.success_url],
    ["cancel_url", params.cancel_url],
  ] as const) {
    if (url !== undefined && !URL.canParse(url.replaceAll("{CHECKOUT_SESSION_ID}", "x"))) {
      throw invalidRequest("Not a valid URL", param, "url_invalid");
    }
  }
}
