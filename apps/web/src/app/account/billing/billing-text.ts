/** Sentences for Account → Billing: a plan's state and why something is open. */
import type { CustomerOutputs } from "@phasewise/api";

import { formatDate } from "~/components/billing/format-money";

type Overview = CustomerOutputs["billing"]["overview"];

export function planStatusText(plan: NonNullable<Overview["plan"]>): string {
  const on = (date: Date | null) => (date ? formatDate(date) : "the end of the period");
  switch (plan.status) {
    case "trialing":
      return plan.cancelAtPeriodEnd
        ? `Free trial, cancelled: access until ${on(plan.endsAt)}.`
        : `Free trial until ${on(plan.trialEndsAt)}, then it renews.`;
    case "active":
      return plan.cancelAtPeriodEnd
        ? `Cancelled: access until ${on(plan.endsAt)}.`
        : `Active. Renews on ${on(plan.renewsAt)}.`;
    case "past_due":
      return `Your last payment failed. Update your card before ${on(plan.endsAt)} to keep access.`;
    case "paused":
      return "Paused: no access until you resume it.";
    case "canceled":
      return `Ended ${on(plan.endsAt)}.`;
    default:
      return `Not active (${plan.status.replaceAll("_", " ")}).`;
  }
}

export function accessReasonText(access: Overview["access"][number]): string {
  const until = access.until ? ` until ${formatDate(access.until)}` : "";
  switch (access.reason) {
    case "lifetime-purchase":
      return "bought, yours for life";
    case "subscription-active":
      return `membership${until}, renewing`;
    case "subscription-trialing":
      return `membership free trial${until}`;
    case "subscription-ending":
      return `membership, cancelled: open${until}`;
    case "subscription-grace":
      return `membership payment failed: open${until}`;
    case "admin-grant":
      return `granted by Phasewise${until}`;
  }
}
