/** Builds products, prices and the legacy `plan` mirror of a recurring price. */
import Stripe from "stripe";

import { createId } from "../lib/ids";

export interface ProductInput {
  id?: string;
  name: string;
  active?: boolean;
  description?: string | null;
  images?: string[];
  metadata?: Record<string, string>;
  url?: string | null;
  default_price?: string | null;
}

export function buildProduct(input: ProductInput, created: number): Stripe.Product {
  return {
    id: input.id ?? createId("prod", 14),
    object: "product",
    active: input.active ?? true,
    created,
    default_price: input.default_price ?? null,
    description: input.description ?? null,
    images: input.images ?? [],
    livemode: false,
    marketing_features: [],
    metadata: input.metadata ?? {},
    name: input.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: "service",
    unit_label: null,
    updated: created,
    url: input.url ?? null,
  };
}

export interface PriceInput {
  product: string;
  currency: string;
  unit_amount: number;
  active?: boolean;
  nickname?: string | null;
  lookup_key?: string | null;
  metadata?: Record<string, string>;
  recurring?: { interval: Stripe.Price.Recurring.Interval; interval_count: number } | null;
}

export function buildPrice(input: PriceInput, created: number): Stripe.Price {
  return {
    id: createId("price", 24),
    object: "price",
    active: input.active ?? true,
    billing_scheme: "per_unit",
    created,
    currency: input.currency.toLowerCase(),
    custom_unit_amount: null,
    livemode: false,
    lookup_key: input.lookup_key ?? null,
    metadata: input.metadata ?? {},
    nickname: input.nickname ?? null,
    product: input.product,
    recurring: input.recurring
      ? {
          interval: input.recurring.interval,
          interval_count: input.recurring.interval_count,
          meter: null,
          trial_period_days: null,
          usage_type: "licensed",
        }
      : null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: input.recurring ? "recurring" : "one_time",
    unit_amount: input.unit_amount,
    unit_amount_decimal: Stripe.Decimal.from(input.unit_amount),
  };
}

/** Subscription items still carry `plan`, Stripe's older view of the same recurring price. */
export function buildPlanFromPrice(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount === null ? null : Stripe.Decimal.from(price.unit_amount),
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: typeof price.product === "string" ? price.product : price.product.id,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}
