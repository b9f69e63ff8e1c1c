/**
 * Commerce: products and prices mirrored from Stripe, the Stripe customer of each user,
 * purchases, subscriptions, admin access grants and the once-per-event webhook ledger.
 * Access is derived from these rows by the domain's `entitlements`, never stored as a flag.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { programs } from "./content";

export const productKind = pgEnum("product_kind", ["program", "membership"]);
export const priceType = pgEnum("price_type", ["one_time", "recurring"]);
export const priceInterval = pgEnum("price_interval", ["month", "year"]);
export const purchaseStatus = pgEnum("purchase_status", ["pending", "paid", "refunded", "failed"]);

const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const products = pgTable("products", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  kind: productKind("kind").notNull(),
  /** The program a one-time product opens; null for a membership (opens every program). */
  programId: uuid("program_id").references(() => programs.id, { onDelete: "restrict" }),
  name: text("name").notNull(),
  description: text("description"),
  /** Stable key shared with Stripe (product id `phasewise_<key>`), so seeding is idempotent. */
  lookupKey: text("lookup_key").unique(),
  stripeProductId: text("stripe_product_id").unique(),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
});

export const prices = pgTable("prices", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  productId: uuid("product_id")
    .notNull()
    .references(() => products.id, { onDelete: "restrict" }),
  type: priceType("type").notNull(),
  interval: priceInterval("interval"),
  unitAmount: integer("unit_amount").notNull(),
  currency: text("currency").notNull().default("usd"),
  trialDays: integer("trial_days"),
  /** Stripe's `lookup_key` of the price: how the catalog sync finds it again. */
  lookupKey: text("lookup_key").unique(),
  stripePriceId: text("stripe_price_id").unique(),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
});

export const stripeCustomers = pgTable("stripe_customers", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  stripeCustomerId: text("stripe_customer_id").notNull().unique(),
  createdAt: createdAt(),
  /** Last time `syncStripeCustomer` converged this customer with Stripe. */
  syncedAt: timestamp("synced_at", { withTimezone: true, mode: "date" }),
});

export const purchases = pgTable(
  "purchases",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "restrict" }),
    programId: uuid("program_id").references(() => programs.id, { onDelete: "restrict" }),
    priceId: uuid("price_id").references(() => prices.id, { onDelete: "restrict" }),
    status: purchaseStatus("status").notNull(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    stripeCheckoutSessionId: text("stripe_checkout_session_id").unique(),
    stripePaymentIntentId: text("stripe_payment_intent_id").unique(),
    purchasedAt: timestamp("purchased_at", { withTimezone: true, mode: "date" }).notNull(),
    refundedAt: timestamp("refunded_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("purchases_user_id_idx").on(t.userId)],
);

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    stripeSubscriptionId: text("stripe_subscription_id").notNull().unique(),
    stripeCustomerId: text("stripe_customer_id").notNull(),
    priceId: uuid("price_id").references(() => prices.id, { onDelete: "restrict" }),
    /** Stripe's status verbatim: trialing, active, past_due, unpaid, canceled, paused, … */
    status: text("status").notNull(),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true, mode: "date" }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    trialEnd: timestamp("trial_end", { withTimezone: true, mode: "date" }),
    pastDueSince: timestamp("past_due_since", { withTimezone: true, mode: "date" }),
    canceledAt: timestamp("canceled_at", { withTimezone: true, mode: "date" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index("subscriptions_user_id_idx").on(t.userId)],
);

export const accessGrants = pgTable(
  "access_grants",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Null grants every program. */
    programId: uuid("program_id").references(() => programs.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
    revokeReason: text("revoke_reason"),
  },
  (t) => [index("access_grants_user_id_idx").on(t.userId)],
);

export const stripeEvents = pgTable("stripe_events", {
  /** Stripe's event id: the primary key makes a redelivered event a no-op. */
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  stripeCustomerId: text("stripe_customer_id"),
  receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  processedAt: timestamp("processed_at", { withTimezone: true, mode: "date" }),
});

export type Product = typeof products.$inferSelect;
export type Price = typeof prices.$inferSelect;
export type Purchase = typeof purchases.$inferSelect;
export type StripeCustomer = typeof stripeCustomers.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
export type AccessGrant = typeof accessGrants.$inferSelect;
