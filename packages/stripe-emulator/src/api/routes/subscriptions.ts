/**
 * `/v1/subscriptions`: retrieve, list (by customer/price/status, `all` included), update
 * (`cancel_at_period_end`, `cancel_at`, item price switch, `pause_collection`, metadata) and cancel.
 */
import type Stripe from "stripe";
import { z } from "zod";

import type { EmulatorCore } from "../../core";
import type { ApiRoute } from "../api-types";
import {
  cancelSubscriptionNow,
  changeSubscription,
  currentPeriodEnd,
  switchSubscriptionPrice,
} from "../../billing/subscription-changes";
import {
  emptyable,
  formBool,
  formInt,
  formMetadata,
  listParams,
  mergeMetadata,
  parseParams,
} from "../../form/params";
import { invalidRequest, resourceMissing } from "../../lib/errors";
import { newestFirst, paginate } from "../list";

const STATUSES = [
  "active",
  "past_due",
  "unpaid",
  "canceled",
  "incomplete",
  "incomplete_expired",
  "trialing",
  "paused",
  "all",
  "ended",
] as const;

const listQuery = z.object({
  ...listParams,
  customer: z.string().optional(),
  price: z.string().optional(),
  status: z.enum(STATUSES).optional(),
});

const updateParams = z.object({
  cancel_at_period_end: formBool.optional(),
  cancel_at: emptyable(formInt).optional(),
  items: z
    .array(
      z.object({
        id: z.string().optional(),
        price: z.string().optional(),
        quantity: formInt.optional(),
      }),
    )
    .optional(),
  pause_collection: emptyable(
    z.object({
      behavior: z.enum(["keep_as_draft", "mark_uncollectible", "void"]),
      resumes_at: formInt.optional(),
    }),
  ).optional(),
  metadata: emptyable(formMetadata).optional(),
  description: emptyable(z.string()).optional(),
  proration_behavior: z.string().optional(),
});

function requireSubscription(core: EmulatorCore, id: string): Stripe.Subscription {
  const subscription = core.state.subscriptions[id];
  if (!subscription) throw resourceMissing("subscription", id);
  return subscription;
}

function matchesStatus(
  subscription: Stripe.Subscription,
  status: (typeof STATUSES)[number] | undefined,
): boolean {
  // Without a status filter Stripe leaves out canceled subscriptions.
  if (status === undefined) return subscription.status !== "canceled";
  if (status === "all") return true;
  if (status === "ended")
    return subscription.status === "canceled" || subscription.status === "incomplete_expired";
  return subscription.status === status;
}

function resolveSwitchPrice(core: EmulatorCore, priceId: string, index: number): Stripe.Price {
  const price = core.state.prices[priceId];
  if (!price) throw resourceMissing("price", priceId, `items[${index}][price]`);
  if (!price.active)
    throw invalidRequest(
      "The price specified is inactive. This field only accepts active prices.",
      `items[${index}][price]`,
    );
  if (!price.recurring)
    throw invalidRequest("The price specified is not recurring.", `items[${index}][price]`);
  return price;
}

export const subscriptionRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: "/v1/subscriptions/:id",
    handler: ({ core, id }) => requireSubscription(core, id),
  },
  {
    method: "POST",
    pattern: "/v1/subscriptions/:id",
    handler: ({ core, id, params }) => {
      const subscription = requireSubscription(core, id);
      const input = parseParams(updateParams, params);
      if (subscription.status === "canceled") {
        throw invalidRequest(
          "A canceled subscription can only update its cancellation_details and metadata.",
          "id",
        );
      }
      (input.items ?? []).forEach((item, index) => {
        if (item.id && !subscription.items.data.some((existing) => existing.id === item.id)) {
          throw resourceMissing("subscription_item", item.id, `items[${index}][id]`);
        }
        if (item.price)
          switchSubscriptionPrice(
            core,
            subscription,
            item.id ?? null,
            resolveSwitchPrice(core, item.price, index),
            item.quantity,
          );
      });
      changeSubscription(core, subscription, (sub) => {
        if (input.cancel_at_period_end !== undefined) {
          sub.cancel_at_period_end = input.cancel_at_period_end;
          sub.cancel_at = input.cancel_at_period_end ? currentPeriodEnd(sub) : null;
          sub.canceled_at = input.cancel_at_period_end ? core.now() : null;
          sub.cancellation_details = {
            comment: null,
            feedback: null,
            feedback_option: null,
            reason: input.cancel_at_period_end ? "cancellation_requested" : null,
          };
        }
        if (input.cancel_at !== undefined) sub.cancel_at = input.cancel_at;
        if (input.pause_collection !== undefined) {
          sub.pause_collection = input.pause_collection
            ? {
                behavior: input.pause_collection.behavior,
                resumes_at: input.pause_collection.resumes_at ?? null,
              }
            : null;
        }
        if (input.description !== undefined) sub.description = input.description;
        sub.metadata = mergeMetadata(sub.metadata, input.metadata);
      });
      return subscription;
    },
  },
  {
    method: "DELETE",
    pattern: "/v1/subscriptions/:id",
    handler: ({ core, id }) => {
      const subscription = requireSubscription(core, id);
      if (subscription.status === "canceled") {
        throw invalidRequest(
          `No such subscription: '${id}' (it is already canceled).`,
          "id",
          "resource_missing",
        );
      }
      cancelSubscriptionNow(core, subscription);
      return subscription;
    },
  },
  {
    method: "GET",
    pattern: "/v1/subscriptions",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const subscriptions = newestFirst(core.state.subscriptions).filter(
        (subscription) =>
          (query.customer === undefined || subscription.customer === query.customer) &&
          (query.price === undefined ||
            subscription.items.data.some((item) => item.price.id === query.price)) &&
          matchesStatus(subscription, query.status),
      );
      return paginate(subscriptions, query, "/v1/subscriptions");
    },
  },
];
