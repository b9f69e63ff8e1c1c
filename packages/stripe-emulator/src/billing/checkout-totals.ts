/**
 * What a Checkout Session charges today: line items (recurring ones are free during a trial) less
 * the applied coupon or promotion code, spread over the line items like Stripe's `amount_discount`.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import { computeDiscountAmount, explainUnusable } from "../objects/discounts";

export interface AppliedPromotion {
  coupon: Stripe.Coupon;
  promotionCode: Stripe.PromotionCode | null;
}

export function hasTrial(core: EmulatorCore, session: Stripe.Checkout.Session): boolean {
  const creation = core.state.internal.checkout[session.id]?.creation;
  return (
    session.mode === "subscription" &&
    (creation?.trialPeriodDays != null || creation?.trialEnd != null)
  );
}

export function findAppliedPromotion(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
): AppliedPromotion | null {
  const applied = session.discounts?.[0];
  if (!applied) return null;
  const promotionId =
    typeof applied.promotion_code === "string"
      ? applied.promotion_code
      : applied.promotion_code?.id;
  const promotionCode = promotionId ? (core.state.promotionCodes[promotionId] ?? null) : null;
  const couponRef = promotionCode ? promotionCode.promotion.coupon : applied.coupon;
  const couponId = typeof couponRef === "string" ? couponRef : couponRef?.id;
  const coupon = couponId ? core.state.coupons[couponId] : undefined;
  return coupon ? { coupon, promotionCode } : null;
}

/** Recomputes `amount_subtotal`, `amount_total`, `total_details` and the line items' amounts. */
export function refreshSessionTotals(core: EmulatorCore, session: Stripe.Checkout.Session): void {
  const lineItems = core.state.checkoutLineItems[session.id] ?? [];
  const trial = hasTrial(core, session);
  const billed = lineItems.map((item) =>
    trial && item.price?.recurring ? 0 : (item.price?.unit_amount ?? 0) * (item.quantity ?? 1),
  );
  const subtotal = billed.reduce((sum, amount) => sum + amount, 0);
  const promotion = findAppliedPromotion(core, session);
  const discount = promotion
    ? computeDiscountAmount(promotion.coupon, subtotal, session.currency ?? "usd")
    : 0;
  let remaining = discount;
  lineItems.forEach((item, index) => {
    const amount = billed[index] ?? 0;
    const isLast = index === lineItems.length - 1;
    const share = isLast
      ? remaining
      : subtotal === 0
        ? 0
        : Math.floor((discount * amount) / subtotal);
    remaining -= share;
    item.amount_subtotal = amount;
    item.amount_discount = share;
    item.amount_total = amount - share;
  });
  session.amount_subtotal = subtotal;
  session.amount_total = subtotal - discount;
  session.total_details = { amount_discount: discount, amount_shipping: 0, amount_tax: 0 };
}

/** Applies a customer-entered promotion code; returns an error message when it cannot be used. */
export function applyPromotionCode(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  code: string,
): string | null {
  const wanted = code.trim().toLowerCase();
  const promotionCode = Object.values(core.state.promotionCodes).find(
    (candidate) => candidate.code.toLowerCase() === wanted,
  );
  if (!promotionCode) return "This code is invalid.";
  const couponId =
    typeof promotionCode.promotion.coupon === "string"
      ? promotionCode.promotion.coupon
      : promotionCode.promotion.coupon?.id;
  const coupon = couponId ? core.state.coupons[couponId] : undefined;
  if (!coupon) return "This code is invalid.";
  const problem = explainUnusable(coupon, promotionCode, core.now());
  if (problem) return problem;
  const customer = typeof session.customer === "string" ? session.customer : null;
  const restricted = typeof promotionCode.customer === "string" ? promotionCode.customer : null;
  if (restricted && restricted !== customer) return "This code is not valid for this customer.";
  session.discounts = [{ coupon: null, promotion_code: promotionCode.id }];
  refreshSessionTotals(core, session);
  return null;
}

export function removePromotionCode(core: EmulatorCore, session: Stripe.Checkout.Session): void {
  session.discounts = [];
  refreshSessionTotals(core, session);
}

/** Counts a redemption when a session completes with a coupon or code. */
export function redeemPromotion(promotion: AppliedPromotion): void {
  promotion.coupon.times_redeemed += 1;
  if (promotion.promotionCode) promotion.promotionCode.times_redeemed += 1;
}
