/** Shared test data and browser-like helpers for the hosted pages. */
import type Stripe from "stripe";

export interface Catalog {
  product: Stripe.Product;
  oneTime: Stripe.Price;
  monthly: Stripe.Price;
  yearly: Stripe.Price;
}

export async function createCatalog(stripe: Stripe): Promise<Catalog> {
  const product = await stripe.products.create({
    name: "Knee Pain Solution",
    metadata: { program: "knee" },
  });
  const oneTime = await stripe.prices.create({
    product: product.id,
    currency: "usd",
    unit_amount: 9900,
  });
  const monthly = await stripe.prices.create({
    product: product.id,
    currency: "usd",
    unit_amount: 1900,
    recurring: { interval: "month" },
  });
  const yearly = await stripe.prices.create({
    product: product.id,
    currency: "usd",
    unit_amount: 19_000,
    recurring: { interval: "year" },
  });
  return { product, oneTime, monthly, yearly };
}

/** Submits a hosted-page form the way a browser without JavaScript would (no redirect following). */
export async function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, { method: "POST", body: new URLSearchParams(fields), redirect: "manual" });
}

export async function payWithCard(
  session: Stripe.Checkout.Session,
  card: string,
  email = "runner@example.com",
) {
  if (!session.url) throw new Error(`Session ${session.id} has no url`);
  return postForm(session.url, { email, card_number: card });
}

/** The id behind an expandable reference (`"cus_…"` or an expanded object). */
export function idOf(reference: string | { id: string } | null): string {
  if (reference === null) throw new Error("Expected a reference, got null");
  return typeof reference === "string" ? reference : reference.id;
}

export function absolute(base: string, location: string | null): string {
  if (!location) throw new Error("Expected a redirect location");
  return new URL(location, base).toString();
}
