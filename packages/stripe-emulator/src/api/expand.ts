/**
 * `expand[]` on the way out: ids at the requested paths are replaced by the objects they name, and
 * includable properties that are absent by default (a session's `line_items`, an invoice's
 * `payments`) are filled in. Paths into lists start with `data.`, as with Stripe.
 */
import type { EmulatorCore } from "../core";
import type { JsonObject, JsonValue } from "../lib/json";
import { invalidRequest } from "../lib/errors";
import { isJsonObject, toJsonObject, toJsonValue } from "../lib/json";
import { buildInvoicePayment } from "../objects/payments";
import { newestFirst, paginate } from "./list";

function lookupById(core: EmulatorCore, id: string): JsonObject | undefined {
  const state = core.state;
  const collections: Record<string, object>[] = [
    state.customers,
    state.products,
    state.prices,
    state.checkoutSessions,
    state.subscriptions,
    state.invoices,
    state.paymentIntents,
    state.charges,
    state.refunds,
    state.promotionCodes,
    state.discounts,
    state.coupons,
  ];
  for (const collection of collections) {
    const found = collection[id];
    if (found) return toJsonObject(found);
  }
  return undefined;
}

/** Properties Stripe leaves out unless expanded. */
function resolveIncludable(
  core: EmulatorCore,
  owner: JsonObject,
  key: string,
): JsonValue | undefined {
  const id = typeof owner.id === "string" ? owner.id : "";
  if (owner.object === "checkout.session" && key === "line_items") {
    const items = core.state.checkoutLineItems[id] ?? [];
    return toJsonValue(paginate(items, { limit: 100 }, `/v1/checkout/sessions/${id}/line_items`));
  }
  if (owner.object === "invoice" && key === "payments") {
    const invoice = core.state.invoices[id];
    const link = core.state.internal.invoicePayments[id];
    const payments =
      invoice && link?.paymentIntent
        ? [buildInvoicePayment(invoice, link.paymentIntent, invoice.created)]
        : [];
    return toJsonValue(paginate(payments, {}, `/v1/invoice_payments?invoice=${id}`));
  }
  if (owner.object === "customer" && key === "subscriptions") {
    const subscriptions = newestFirst(core.state.subscriptions).filter(
      (subscription) => subscription.customer === id && subscription.status !== "canceled",
    );
    return toJsonValue(
      paginate(subscriptions, { limit: 100 }, `/v1/customers/${id}/subscriptions`),
    );
  }
  if (owner.object === "charge" && key === "refunds") {
    const refunds = newestFirst(core.state.refunds).filter((refund) => refund.charge === id);
    return toJsonValue(paginate(refunds, { limit: 100 }, `/v1/charges/${id}/refunds`));
  }
  return undefined;
}

function expandPath(
  core: EmulatorCore,
  node: JsonValue,
  segments: string[],
  path: string,
): JsonValue {
  const [key, ...rest] = segments;
  if (key === undefined) return node;
  if (Array.isArray(node)) return node.map((item) => expandPath(core, item, segments, path));
  if (!isJsonObject(node)) return node;
  let value = node[key];
  if (value === undefined) value = resolveIncludable(core, node, key);
  else if (typeof value === "string") value = lookupById(core, value);
  if (value === undefined)
    throw invalidRequest(`This property cannot be expanded (${path}).`, "expand");
  node[key] = expandPath(core, value, rest, path);
  return node;
}

export function expandJson(core: EmulatorCore, value: JsonValue, paths: string[]): JsonValue {
  let result = value;
  for (const path of paths) result = expandPath(core, result, path.split("."), path);
  return result;
}
