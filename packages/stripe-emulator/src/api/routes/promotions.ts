/** `/v1/coupons` and `/v1/promotion_codes`: create, retrieve, list (and update a code's `active`). */
import { z } from "zod";

import type { ApiRoute } from "../api-types";
import {
  formBool,
  formInt,
  formMetadata,
  listParams,
  mergeMetadata,
  parseParams,
} from "../../form/params";
import { invalidRequest, resourceMissing } from "../../lib/errors";
import { diffTopLevel, toJsonObject } from "../../lib/json";
import { buildCoupon, buildPromotionCode } from "../../objects/discounts";
import { newestFirst, paginate } from "../list";

const couponParams = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  percent_off: z
    .string()
    .regex(/^\d+(\.\d+)?$/, "must be a number")
    .transform(Number)
    .pipe(z.number().gt(0).max(100))
    .optional(),
  amount_off: formInt.pipe(z.number().int().positive()).optional(),
  currency: z.string().optional(),
  duration: z.enum(["once", "repeating", "forever"]).optional(),
  duration_in_months: formInt.optional(),
  max_redemptions: formInt.optional(),
  redeem_by: formInt.optional(),
  metadata: formMetadata.optional(),
});

const promotionCodeParams = z.object({
  promotion: z.object({ type: z.literal("coupon"), coupon: z.string() }),
  code: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, "may only contain letters, digits, - and _")
    .optional(),
  active: formBool.optional(),
  customer: z.string().optional(),
  expires_at: formInt.optional(),
  max_redemptions: formInt.optional(),
  metadata: formMetadata.optional(),
});

const promotionListQuery = z.object({
  ...listParams,
  code: z.string().optional(),
  coupon: z.string().optional(),
  customer: z.string().optional(),
  active: formBool.optional(),
});

export const promotionRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/coupons",
    handler: ({ core, params }) => {
      const input = parseParams(couponParams, params);
      if (input.percent_off === undefined && input.amount_off === undefined) {
        throw invalidRequest("You must pass either percent_off or amount_off.", "percent_off");
      }
      if (input.amount_off !== undefined && !input.currency) {
        throw invalidRequest("You must pass currency when passing amount_off.", "currency");
      }
      if (input.duration === "repeating" && input.duration_in_months === undefined) {
        throw invalidRequest(
          "You must pass duration_in_months when duration is repeating.",
          "duration_in_months",
        );
      }
      if (input.id && core.state.coupons[input.id]) {
        throw invalidRequest("Coupon already exists.", "id", "resource_already_exists");
      }
      const coupon = buildCoupon(input, core.now());
      core.state.coupons[coupon.id] = coupon;
      core.recordEvent({ type: "coupon.created", object: coupon });
      return coupon;
    },
  },
  {
    method: "GET",
    pattern: "/v1/coupons/:id",
    handler: ({ core, id }) => {
      const coupon = core.state.coupons[id];
      if (!coupon) throw resourceMissing("coupon", id);
      return coupon;
    },
  },
  {
    method: "GET",
    pattern: "/v1/coupons",
    handler: ({ core, params }) =>
      paginate(
        newestFirst(core.state.coupons),
        parseParams(z.object(listParams), params),
        "/v1/coupons",
      ),
  },
  {
    method: "POST",
    pattern: "/v1/promotion_codes",
    handler: ({ core, params }) => {
      const input = parseParams(promotionCodeParams, params);
      const coupon = core.state.coupons[input.promotion.coupon];
      if (!coupon) throw resourceMissing("coupon", input.promotion.coupon, "promotion[coupon]");
      if (input.customer && !core.state.customers[input.customer])
        throw resourceMissing("customer", input.customer, "customer");
      const code = input.code;
      if (
        code &&
        Object.values(core.state.promotionCodes).some(
          (existing) => existing.active && existing.code.toLowerCase() === code.toLowerCase(),
        )
      ) {
        throw invalidRequest(
          `An active promotion code with \`code: ${code}\` already exists.`,
          "code",
        );
      }
      const promotionCode = buildPromotionCode({ ...input, coupon: coupon.id }, core.now());
      core.state.promotionCodes[promotionCode.id] = promotionCode;
      core.recordEvent({ type: "promotion_code.created", object: promotionCode });
      return promotionCode;
    },
  },
  {
    method: "GET",
    pattern: "/v1/promotion_codes/:id",
    handler: ({ core, id }) => {
      const promotionCode = core.state.promotionCodes[id];
      if (!promotionCode) throw resourceMissing("promotion_code", id);
      return promotionCode;
    },
  },
  {
    method: "POST",
    pattern: "/v1/promotion_codes/:id",
    handler: ({ core, id, params }) => {
      const promotionCode = core.state.promotionCodes[id];
      if (!promotionCode) throw resourceMissing("promotion_code", id);
      const input = parseParams(
        z.object({ active: formBool.optional(), metadata: formMetadata.optional() }),
        params,
      );
      const before = toJsonObject(promotionCode);
      if (input.active !== undefined) promotionCode.active = input.active;
      promotionCode.metadata = mergeMetadata(promotionCode.metadata ?? {}, input.metadata);
      core.recordEvent(
        { type: "promotion_code.updated", object: promotionCode },
        diffTopLevel(before, toJsonObject(promotionCode)),
      );
      return promotionCode;
    },
  },
  {
    method: "GET",
    pattern: "/v1/promotion_codes",
    handler: ({ core, params }) => {
      const query = parseParams(promotionListQuery, params);
      const codes = newestFirst(core.state.promotionCodes).filter(
        (code) =>
          (query.code === undefined || code.code.toLowerCase() === query.code.toLowerCase()) &&
          (query.coupon === undefined || code.promotion.coupon === query.coupon) &&
          (query.customer === undefined || code.customer === query.customer) &&
          (query.active === undefined || code.active === query.active),
      );
      return paginate(codes, query, "/v1/promotion_codes");
    },
  },
];
