/** Coupons, promotion codes and the discounts they become on sessions, subscriptions and invoices. */
import type Stripe from "stripe";

import { createId, createRandomToken } from "../lib/ids";

export interface CouponInput {
  id?: string;
  name?: string | null;
  percent_off?: number | null;
  amount_off?: number | null;
  currency?: string | null;
  duration?: Stripe.Coupon.Duration;
  duration_in_months?: number | null;
  max_redemptions?: number | null;
  redeem_by?: number | null;
  metadata?: Record<string, string>;
}

export function buildCoupon(input: CouponInput, created: number): Stripe.Coupon {
  return {
    id: input.id ?? createRandomToken(8),
    object: "coupon",
    amount_off: input.amount_off ?? null,
    created,
    currency: input.currency?.toLowerCase() ?? null,
    duration: input.duration ?? "once",
    duration_in_months: input.duration_in_months ?? null,
    livemode: false,
    max_redemptions: input.max_redemptions ?? null,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    percent_off: input.percent_off ?? null,
    redeem_by: input.redeem_by ?? null,
    times_redeemed: 0,
    valid: true,
  };
}

export interface PromotionCodeInput {
  coupon: string;
  code?: string;
  active?: boolean;
  customer?: string | null;
  expires_at?: number | null;
  max_redemptions?: number | null;
  metadata?: Record<string, string>;
}

export function buildPromotionCode(
  input: PromotionCodeInput,
  created: number,
): Stripe.PromotionCode {
  return {
    id: createId("promo", 24),
    object: "promotion_code",
    active: input.active ?? true,
    code: input.code ?? createRandomToken(8).toUpperCase(),
    created,
    customer: input.customer ?? null,
    customer_account: null,
    expires_at: input.expires_at ?? null,
    livemode: false,
    max_redemptions: input.max_redemptions ?? null,
    metadata: input.metadata ?? {},
    promotion: { coupon: input.coupon, type: "coupon" },
    restrictions: {
      first_time_transaction: false,
      minimum_amount: null,
      minimum_amount_currency: null,
    },
    times_redeemed: 0,
  };
}

export interface DiscountTarget {
  customer: string | null;
  checkoutSession?: string | null;
  subscription?: string | null;
  invoice?: string | null;
}

export function buildDiscount(
  coupon: Stripe.Coupon,
  promotionCode: string | null,
  target: DiscountTarget,
  start: number,
): Stripe.Discount {
  const months = coupon.duration === "repeating" ? (coupon.duration_in_months ?? 1) : null;
  return {
    id: createId("di", 24),
    object: "discount",
    checkout_session: target.checkoutSession ?? null,
    customer: target.customer,
    customer_account: null,
    end: months === null ? null : start + months * 30 * 86_400,
    invoice: target.invoice ?? null,
    invoice_item: null,
    promotion_code: promotionCode,
    source: { coupon: coupon.id, type: "coupon" },
    start,
    subscription: target.subscription ?? null,
    subscription_item: null,
  };
}

/** The amount a coupon takes off a subtotal (never more than the subtotal). */
export function computeDiscountAmount(
  coupon: Stripe.Coupon,
  subtotal: number,
  currency: string,
): number {
  if (coupon.percent_off !== null)
    return Math.min(subtotal, Math.round((subtotal * coupon.percent_off) / 100));
  if (coupon.amount_off !== null && coupon.currency === currency)
    return Math.min(subtotal, coupon.amount_off);
  return 0;
}

/** Why a coupon or code cannot be used right now, or null when it can. */
export function explainUnusable(
  coupon: Stripe.Coupon,
  promotionCode: Stripe.PromotionCode | null,
  now: number,
): string | null {
  if (!coupon.valid || (coupon.redeem_by !== null && coupon.redeem_by < now))
    return "This coupon has expired.";
  if (coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions) {
    return "This coupon has been fully redeemed.";
  }
  if (!promotionCode) return null;
  if (!promotionCode.active) return "This promotion code is inactive.";
  if (promotionCode.expires_at !== null && promotionCode.expires_at < now)
    return "This promotion code has expired.";
  if (
    promotionCode.max_redemptions !== null &&
    promotionCode.times_redeemed >= promotionCode.max_redemptions
  ) {
    return "This promotion code has been fully redeemed.";
  }
  return null;
}
