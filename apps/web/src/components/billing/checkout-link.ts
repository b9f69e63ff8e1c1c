/** Where a Buy button points: the checkout starter, which signs the visitor in first if needed. */
export function checkoutHref(priceId: string, from: string): string {
  return `/checkout/start?${new URLSearchParams({ price: priceId, from }).toString()}`;
}
