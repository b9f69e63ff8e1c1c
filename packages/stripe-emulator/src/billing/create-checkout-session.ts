/**
 * Creates a Checkout Session: resolves line-item prices (inline `price_data` included), validates
 * the params, and stores the session, its line items and the creation data used when it is paid.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { CheckoutSessionParams } from "./checkout-session-params";
import { invalidRequest, missingParam, resourceMissing } from "../lib/errors";
import { buildPrice, buildProduct } from "../objects/catalog";
import { buildCheckoutSession, buildLineItem } from "../objects/checkout-session";
import { refreshSessionTotals } from "./checkout-totals";
import {
  validateDiscounts,
  validateModeAndPrices,
  validateModeSpecificParams,
} from "./validate-checkout-params";

type LineItemParams = NonNullable<CheckoutSessionParams["line_items"]>[number];

function resolvePrice(core: EmulatorCore, item: LineItemParams, index: number): Stripe.Price {
  const param = `line_items[${index}]`;
  if (item.price) {
    const price = core.state.prices[item.price];
    if (!price) throw resourceMissing("price", item.price, `${param}[price]`);
    if (!price.active) {
      throw invalidRequest(
        "The price specified is inactive. This field only accepts active prices.",
        `${param}[price]`,
      );
    }
    return price;
  }
  const data = item.price_data;
  if (!data) throw missingParam(`${param}[price]`);
  if (data.unit_amount === undefined) throw missingParam(`${param}[price_data][unit_amount]`);
  let productId = data.product;
  if (productId !== undefined && !core.state.products[productId]) {
    throw resourceMissing("product", productId, `${param}[price_data][product]`);
  }
  if (productId === undefined) {
    if (!data.product_data) throw missingParam(`${param}[price_data][product]`);
    const product = buildProduct(data.product_data, core.now());
    core.state.products[product.id] = product;
    productId = product.id;
  }
  // Inline prices exist but are inactive, so they cannot be reused by id.
  const price = buildPrice(
    { ...data, product: productId, unit_amount: data.unit_amount, active: false },
    core.now(),
  );
  core.state.prices[price.id] = price;
  return price;
}

export function createCheckoutSession(
  core: EmulatorCore,
  params: CheckoutSessionParams,
): Stripe.Checkout.Session {
  const mode = params.mode;
  if (mode === undefined) throw missingParam("mode");
  if (mode === "setup")
    throw invalidRequest("The emulator supports `payment` and `subscription` mode only.", "mode");
  if (params.customer && params.customer_email) {
    throw invalidRequest(
      "You may only specify one of these parameters: customer, customer_email.",
      "customer_email",
    );
  }
  if (params.customer && !core.state.customers[params.customer]) {
    throw resourceMissing("customer", params.customer, "customer");
  }
  validateModeSpecificParams(params, mode);
  const items = params.line_items ?? [];
  if (items.length === 0) throw missingParam("line_items");
  items.forEach((item, index) => {
    if (item.quantity === undefined) {
      throw invalidRequest(
        `Quantity is required. Add \`quantity\` to \`line_items[${index}]\``,
        `line_items[${index}][quantity]`,
      );
    }
  });
  const prices = items.map((item, index) => resolvePrice(core, item, index));
  const currency = validateModeAndPrices(mode, prices);
  const discounts = validateDiscounts(core, params);
  const now = core.now();
  if (
    params.expires_at !== undefined &&
    (params.expires_at < now + 1800 || params.expires_at > now + 86_400)
  ) {
    throw invalidRequest(
      "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
      "expires_at",
    );
  }
  const session = buildCheckoutSession(
    {
      mode,
      publicUrl: core.publicUrl,
      currency,
      subtotal: 0,
      customer: params.customer ?? null,
      customerEmail: params.customer_email ?? null,
      customerCreation: mode === "payment" ? (params.customer_creation ?? "if_required") : null,
      clientReferenceId: params.client_reference_id ?? null,
      metadata: params.metadata ?? {},
      successUrl: params.success_url ?? null,
      cancelUrl: params.cancel_url ?? null,
      allowPromotionCodes: params.allow_promotion_codes ?? null,
      discounts,
      expiresAt: params.expires_at ?? now + 86_400,
      locale: params.locale ?? null,
    },
    now,
  );
  core.state.checkoutSessions[session.id] = session;
  core.state.checkoutLineItems[session.id] = prices.map((price, index) => {
    const productId = typeof price.product === "string" ? price.product : price.product.id;
    return buildLineItem(
      price,
      items[index]?.quantity ?? 1,
      core.state.products[productId]?.name ?? productId,
    );
  });
  const subscriptionData = params.subscription_data;
  core.state.internal.checkout[session.id] = {
    creation: {
      trialPeriodDays: subscriptionData?.trial_period_days ?? null,
      trialEnd: subscriptionData?.trial_end ?? null,
      subscriptionMetadata: subscriptionData?.metadata ?? {},
      subscriptionDescription: subscriptionData?.description ?? null,
      paymentIntentMetadata: params.payment_intent_data?.metadata ?? {},
      paymentIntentDescription: params.payment_intent_data?.description ?? null,
    },
    pending: null,
    awaitingAsyncPayment: false,
  };
  refreshSessionTotals(core, session);
  return session;
}
