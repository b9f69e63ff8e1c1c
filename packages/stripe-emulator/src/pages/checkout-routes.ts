/**
 * The hosted checkout flow over plain HTML forms: show the session, apply a promotion code, pay,
 * the 3-D Secure interstitial, and the finished/expired states. Works without JavaScript.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { PageResponse } from "./layout";
import { applyPromotionCode, removePromotionCode } from "../billing/checkout-totals";
import { attemptCheckoutPayment, successRedirectUrl } from "../billing/complete-checkout";
import { createPaymentMethod } from "../billing/test-cards";
import { html } from "../lib/html";
import { formatMoney } from "../lib/money";
import { renderCheckoutPage } from "./checkout-page";
import { redirectTo, renderNotFound, renderPage } from "./layout";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function renderClosed(core: EmulatorCore, session: Stripe.Checkout.Session): PageResponse {
  if (session.status === "complete") {
    return renderPage(
      "Payment complete",
      html`<h1>You're all done</h1>
        <p class="notice" role="status">This checkout session is complete.</p>
        <p><a href="${successRedirectUrl(core, session)}">Continue</a></p>`,
    );
  }
  return renderPage(
    "Session expired",
    html`<h1>This checkout session has expired</h1>
      ${session.cancel_url ? html`<p><a href="${session.cancel_url}">Return to the shop</a></p>` : ""}`,
    410,
  );
}

function renderAuthenticate(session: Stripe.Checkout.Session): PageResponse {
  return renderPage(
    "Authenticate payment",
    html`<h1>Authenticate your payment</h1>
      <p>
        Your bank asks you to confirm a payment of
        ${formatMoney(session.amount_total ?? 0, session.currency ?? "usd")}. This is a 3-D Secure
        test page.
      </p>
      <div class="actions">
        <form method="post" action="/checkout/${session.id}/authenticate">
          <button type="submit" name="decision" value="approve">Authorise</button>
        </form>
        <form method="post" action="/checkout/${session.id}/authenticate">
          <button class="danger" type="submit" name="decision" value="fail">
            Fail authentication
          </button>
        </form>
      </div>`,
  );
}

function pay(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  form: URLSearchParams,
): PageResponse {
  const email = (form.get("email") ?? "").trim();
  if (!EMAIL.test(email))
    return renderCheckoutPage(core, session, { error: "Enter a valid email address.", email }, 400);
  const created = createPaymentMethod(core, form.get("card_number") ?? "");
  if ("error" in created)
    return renderCheckoutPage(core, session, { error: created.error, email }, 400);
  const attempt = attemptCheckoutPayment(core, session, {
    email,
    method: created.method,
    authenticated: false,
  });
  if (attempt.status === "completed") return redirectTo(attempt.redirectUrl);
  if (attempt.status === "requires_action")
    return redirectTo(`/checkout/${session.id}/authenticate`);
  return renderCheckoutPage(core, session, { error: attempt.message, email }, 402);
}

function authenticate(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  form: URLSearchParams,
): PageResponse {
  const internal = core.state.internal.checkout[session.id];
  const pending = internal?.pending;
  const method = pending ? core.state.internal.paymentMethods[pending.paymentMethod] : undefined;
  if (!internal || !pending || !method) return redirectTo(`/checkout/${session.id}`);
  if (form.get("decision") !== "approve") {
    internal.pending = null;
    const error =
      "We are unable to authenticate your payment method. Please choose a different payment method and try again.";
    return renderCheckoutPage(core, session, { error, email: pending.email }, 402);
  }
  const attempt = attemptCheckoutPayment(core, session, {
    email: pending.email,
    method,
    authenticated: true,
  });
  if (attempt.status === "completed") return redirectTo(attempt.redirectUrl);
  const error =
    attempt.status === "declined" ? attempt.message : "Authentication is still required.";
  return renderCheckoutPage(core, session, { error, email: pending.email }, 402);
}

/** Routes `/checkout/:id[/…]`; returns null for paths it does not own. */
export function handleCheckoutPage(
  core: EmulatorCore,
  method: string,
  segments: string[],
  form: URLSearchParams,
): PageResponse | null {
  const [, id = "", action = ""] = segments;
  const session = core.state.checkoutSessions[id];
  if (!session) return renderNotFound("This checkout session");
  if (method === "GET" && action === "complete") return renderClosed(core, session);
  if (session.status !== "open") return renderClosed(core, session);
  if (method === "GET" && action === "") return renderCheckoutPage(core, session, {});
  if (method === "GET" && action === "authenticate") {
    return core.state.internal.checkout[id]?.pending
      ? renderAuthenticate(session)
      : redirectTo(`/checkout/${id}`);
  }
  if (method === "POST" && action === "") return pay(core, session, form);
  if (method === "POST" && action === "authenticate") return authenticate(core, session, form);
  if (method === "POST" && action === "promotion") {
    if (form.get("intent") === "remove") {
      if (session.allow_promotion_codes) removePromotionCode(core, session);
      return redirectTo(`/checkout/${id}`);
    }
    if (!session.allow_promotion_codes)
      return renderCheckoutPage(
        core,
        session,
        { promotionError: "Promotion codes are not accepted here." },
        400,
      );
    const problem = applyPromotionCode(core, session, form.get("promotion_code") ?? "");
    return problem
      ? renderCheckoutPage(core, session, { promotionError: problem }, 400)
      : redirectTo(`/checkout/${id}`);
  }
  return null;
}
