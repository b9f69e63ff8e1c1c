/** Renders the billing portal: the customer's subscriptions with their actions, and invoices. */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { PageResponse } from "./layout";
import { currentPeriodEnd } from "../billing/subscription-changes";
import { html } from "../lib/html";
import { formatDate, formatInterval, formatMoney } from "../lib/money";
import { renderPage } from "./layout";

function describePrice(core: EmulatorCore, price: Stripe.Price): string {
  const productId = typeof price.product === "string" ? price.product : price.product.id;
  const name = core.state.products[productId]?.name ?? productId;
  const cadence = price.recurring
    ? ` ${formatInterval(price.recurring.interval, price.recurring.interval_count)}`
    : "";
  return `${name} — ${formatMoney(price.unit_amount ?? 0, price.currency)}${cadence}`;
}

function describeState(subscription: Stripe.Subscription): string {
  if (subscription.status === "canceled")
    return `Canceled on ${formatDate(subscription.ended_at ?? subscription.created)}`;
  if (subscription.cancel_at_period_end)
    return `Cancels on ${formatDate(currentPeriodEnd(subscription))}`;
  if (subscription.status === "trialing")
    return `Trial ends on ${formatDate(subscription.trial_end ?? currentPeriodEnd(subscription))}`;
  const paused = subscription.pause_collection ? " Payments are paused." : "";
  return `${subscription.status === "active" ? "Renews" : `Status: ${subscription.status}. Next period`} on ${formatDate(currentPeriodEnd(subscription))}.${paused}`;
}

function actionButton(
  sessionId: string,
  subscriptionId: string,
  action: string,
  label: string,
  style = "",
  priceId?: string,
) {
  return html`<form
    method="post"
    action="/portal/${sessionId}/subscriptions/${subscriptionId}/${action}"
  >
    ${priceId ? html`<input type="hidden" name="price" value="${priceId}" />` : ""}
    <button type="submit" class="${style}">${label}</button>
  </form>`;
}

function renderSubscription(
  core: EmulatorCore,
  sessionId: string,
  subscription: Stripe.Subscription,
) {
  const item = subscription.items.data[0];
  const price = item?.price;
  const productId = price
    ? typeof price.product === "string"
      ? price.product
      : price.product.id
    : null;
  const alternatives = Object.values(core.state.prices).filter(
    (candidate) =>
      candidate.active &&
      candidate.recurring &&
      candidate.product === productId &&
      candidate.id !== price?.id,
  );
  const ended = subscription.status === "canceled" || subscription.status === "incomplete_expired";
  return html`<section class="card" aria-labelledby="sub-${subscription.id}">
    <h3 id="sub-${subscription.id}">${price ? describePrice(core, price) : subscription.id}</h3>
    <p>${describeState(subscription)}</p>
    ${
      ended
        ? ""
        : html`<div class="actions">
            ${
              subscription.cancel_at_period_end
                ? actionButton(sessionId, subscription.id, "resume", "Resume subscription")
                : actionButton(
                    sessionId,
                    subscription.id,
                    "cancel",
                    "Cancel at period end",
                    "secondary",
                  )
            }
            ${alternatives.map((alternative) => actionButton(sessionId, subscription.id, "switch", `Switch to ${describePrice(core, alternative)}`, "secondary", alternative.id))}
            ${
              subscription.pause_collection
                ? actionButton(
                    sessionId,
                    subscription.id,
                    "unpause",
                    "Resume payments",
                    "secondary",
                  )
                : actionButton(sessionId, subscription.id, "pause", "Pause payments", "secondary")
            }
            ${actionButton(sessionId, subscription.id, "cancel-now", "Cancel now", "danger")}
          </div>`
    }
  </section>`;
}

export function renderPortalPage(
  core: EmulatorCore,
  session: Stripe.BillingPortal.Session,
  notice: string | null,
): PageResponse {
  const customer = core.state.customers[session.customer];
  const subscriptions = Object.values(core.state.subscriptions)
    .filter((subscription) => subscription.customer === session.customer)
    .reverse();
  const invoices = Object.values(core.state.invoices)
    .filter((invoice) => invoice.customer === session.customer)
    .reverse();
  const content = html`<h1>Billing</h1>
    <p>${customer?.name ?? customer?.email ?? session.customer}</p>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : ""}
    <h2>Subscriptions</h2>
    ${subscriptions.length === 0 ? html`<p>No subscriptions.</p>` : subscriptions.map((subscription) => renderSubscription(core, session.id, subscription))}
    <h2>Invoices</h2>
    ${
      invoices.length === 0
        ? html`<p>No invoices.</p>`
        : html`<ul>
            ${invoices.map((invoice) => html`<li><a href="${invoice.hosted_invoice_url ?? "#"}">${invoice.number ?? invoice.id}</a> — ${formatMoney(invoice.total, invoice.currency)} — ${invoice.status ?? "draft"}</li>`)}
          </ul>`
    }
    ${session.return_url ? html`<p><a href="${session.return_url}">Return to Phasewise</a></p>` : ""}`;
  return renderPage("Billing portal", content);
}
