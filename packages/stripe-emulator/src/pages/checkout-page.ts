/** Renders the hosted checkout page: line items, total due today, email, card and promotion code. */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { PageResponse } from "./layout";
import { findAppliedPromotion, hasTrial } from "../billing/checkout-totals";
import { TEST_CARDS } from "../billing/test-cards";
import { html } from "../lib/html";
import { formatInterval, formatMoney } from "../lib/money";
import { renderPage } from "./layout";

export interface CheckoutFormState {
  error?: string;
  email?: string;
  promotionError?: string;
}

function describeLineItem(item: Stripe.LineItem) {
  const recurring = item.price?.recurring;
  const unit = formatMoney(item.price?.unit_amount ?? 0, item.currency);
  const cadence = recurring
    ? ` ${formatInterval(recurring.interval, recurring.interval_count)}`
    : "";
  return html`<tr>
    <td>
      ${item.description ?? "Item"}<br /><span class="muted"
        >Qty ${item.quantity ?? 1} · ${unit}${cadence}</span
      >
    </td>
    <td class="amount">${formatMoney(item.amount_subtotal, item.currency)}</td>
  </tr>`;
}

function renderPromotionSection(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  state: CheckoutFormState,
) {
  const applied = findAppliedPromotion(core, session);
  if (applied) {
    const label = applied.promotionCode?.code ?? applied.coupon.name ?? applied.coupon.id;
    const removable = session.allow_promotion_codes === true;
    return html`<form method="post" action="/checkout/${session.id}/promotion" class="card">
      <p>Discount <strong>${label}</strong> applied.</p>
      ${removable ? html`<button class="secondary" type="submit" name="intent" value="remove">Remove code</button>` : ""}
    </form>`;
  }
  if (!session.allow_promotion_codes) return html``;
  return html`<form method="post" action="/checkout/${session.id}/promotion" class="card">
    <label for="promotion_code">Promotion code</label>
    <input
      id="promotion_code"
      name="promotion_code"
      autocomplete="off"
      required
      ${state.promotionError ? html`aria-invalid="true" aria-describedby="promotion-error"` : ""}
    />
    ${state.promotionError ? html`<p id="promotion-error" role="alert">${state.promotionError}</p>` : ""}
    <button class="secondary" type="submit" name="intent" value="apply">Apply</button>
  </form>`;
}

function submitLabel(core: EmulatorCore, session: Stripe.Checkout.Session): string {
  const total = formatMoney(session.amount_total ?? 0, session.currency ?? "usd");
  if (session.mode === "subscription")
    return hasTrial(core, session) ? "Start trial" : `Subscribe — ${total}`;
  return `Pay ${total}`;
}

export function renderCheckoutPage(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  state: CheckoutFormState,
  status = 200,
): PageResponse {
  const lineItems = core.state.checkoutLineItems[session.id] ?? [];
  const customer =
    typeof session.customer === "string" ? core.state.customers[session.customer] : undefined;
  const fixedEmail = customer?.email ?? session.customer_email ?? null;
  const email = state.email ?? fixedEmail ?? "";
  const currency = session.currency ?? "usd";
  const trialDays = core.state.internal.checkout[session.id]?.creation.trialPeriodDays ?? null;
  const discount = session.total_details?.amount_discount ?? 0;
  const content = html`<h1>Checkout</h1>
    <table aria-label="Order summary">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" class="amount">Amount</th>
        </tr>
      </thead>
      <tbody>
        ${lineItems.map(describeLineItem)}
      </tbody>
    </table>
    ${trialDays ? html`<p>${trialDays}-day free trial. You will not be charged until it ends.</p>` : ""}
    ${discount > 0 ? html`<p>Discount: −${formatMoney(discount, currency)}</p>` : ""}
    <p><strong>Total due today: ${formatMoney(session.amount_total ?? 0, currency)}</strong></p>
    ${renderPromotionSection(core, session, state)}
    <form method="post" action="/checkout/${session.id}" novalidate>
      ${state.error ? html`<p id="checkout-error" role="alert">${state.error}</p>` : ""}
      <label for="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        required
        value="${email}"
        ${fixedEmail ? html`readonly` : ""}
      />
      <label for="card_number">Card number</label>
      <input
        id="card_number"
        name="card_number"
        inputmode="numeric"
        autocomplete="cc-number"
        required
        placeholder="4242 4242 4242 4242"
        ${state.error ? html`aria-invalid="true" aria-describedby="checkout-error"` : ""}
      />
      <label for="card_expiry">Expiry (MM / YY)</label>
      <input id="card_expiry" name="card_expiry" autocomplete="cc-exp" placeholder="12 / 34" />
      <label for="card_cvc">CVC</label>
      <input
        id="card_cvc"
        name="card_cvc"
        inputmode="numeric"
        autocomplete="cc-csc"
        placeholder="123"
      />
      <button type="submit">${submitLabel(core, session)}</button>
    </form>
    ${session.cancel_url ? html`<p><a href="${session.cancel_url}">Back (cancel)</a></p>` : ""}
    <details>
      <summary>Test cards</summary>
      <ul>
        ${Object.entries(TEST_CARDS).map(([number, card]) => html`<li><code>${number.replace(/(\d{4})(?=\d)/g, "$1 ")}</code> — ${card.summary}</li>`)}
      </ul>
    </details>`;
  return renderPage("Checkout", content, status);
}
