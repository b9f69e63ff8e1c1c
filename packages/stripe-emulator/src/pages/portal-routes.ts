/**
 * Billing portal actions over HTML forms. Each action goes through the same subscription functions
 * as the API, so it records the same `customer.subscription.updated|deleted` events.
 */
import type { EmulatorCore } from "../core";
import type { PageResponse } from "./layout";
import {
  cancelSubscriptionNow,
  setCancelAtPeriodEnd,
  setPauseCollection,
  switchSubscriptionPrice,
} from "../billing/subscription-changes";
import { html } from "../lib/html";
import { redirectTo, renderNotFound, renderPage } from "./layout";
import { renderPortalPage } from "./portal-page";

const NOTICES: Record<string, string> = {
  cancel: "Your subscription will be canceled at the end of the period.",
  resume: "Your subscription will continue.",
  "cancel-now": "Your subscription has been canceled.",
  switch: "Your plan has been changed.",
  pause: "Payments are paused.",
  unpause: "Payments have resumed.",
};

export function handlePortalPage(
  core: EmulatorCore,
  method: string,
  segments: string[],
  form: URLSearchParams,
  query: URLSearchParams,
): PageResponse | null {
  const [, sessionId = "", resource = "", subscriptionId = "", action = ""] = segments;
  const session = core.state.portalSessions[sessionId];
  if (!session) return renderNotFound("This billing portal session");
  if (method === "GET" && resource === "") {
    const done = query.get("done");
    return renderPortalPage(core, session, done ? (NOTICES[done] ?? null) : null);
  }
  if (method !== "POST" || resource !== "subscriptions") return null;
  const subscription = core.state.subscriptions[subscriptionId];
  if (subscription?.customer !== session.customer) return renderNotFound("This subscription");
  if (subscription.status === "canceled") {
    return renderPage(
      "Not allowed",
      html`<h1>This subscription is already canceled</h1>
        <p><a href="/portal/${sessionId}">Back</a></p>`,
      409,
    );
  }
  if (action === "cancel") setCancelAtPeriodEnd(core, subscription, true);
  else if (action === "resume") setCancelAtPeriodEnd(core, subscription, false);
  else if (action === "cancel-now") cancelSubscriptionNow(core, subscription);
  else if (action === "pause")
    setPauseCollection(core, subscription, { behavior: "void", resumes_at: null });
  else if (action === "unpause") setPauseCollection(core, subscription, null);
  else if (action === "switch") {
    const price = core.state.prices[form.get("price") ?? ""];
    const current = subscription.items.data[0]?.price;
    if (!price?.active || !price.recurring || price.product !== current?.product) {
      return renderPage(
        "Not allowed",
        html`<h1>That plan is not available</h1>
          <p><a href="/portal/${sessionId}">Back</a></p>`,
        400,
      );
    }
    switchSubscriptionPrice(core, subscription, null, price);
  } else return null;
  return redirectTo(`/portal/${sessionId}?done=${action}`);
}
