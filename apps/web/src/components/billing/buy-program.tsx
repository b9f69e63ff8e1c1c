/**
 * The "Buy" block of a program page: lifetime access to this program, or the membership (monthly
 * with its free trial, or yearly). Buttons are plain links to /checkout/start — signed-out
 * visitors sign in first (magic link) and come straight back to Checkout. Renders nothing when
 * payments are off.
 */
import { buttonClasses, Card } from "@phasewise/ui";

import { serverCaller } from "~/trpc/server";
import { checkoutHref } from "./checkout-link";
import { formatMoney } from "./format-money";
import { TestPaymentsBadge } from "./test-payments-badge";

export async function BuyProgram({ programSlug }: { programSlug: string }) {
  const offers = await (await serverCaller()).billing.offers({ programSlug });
  if (!offers.available) return null;
  const from = `/programs/${programSlug}`;
  return (
    <section aria-labelledby="buy" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="buy" className="text-2xl font-semibold">
          Get access
        </h2>
        {offers.testPayments && <TestPaymentsBadge />}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {offers.lifetime && (
          <Card className="flex flex-col gap-3" aria-label="Lifetime access">
            <h3 className="text-lg font-semibold">This program, for life</h3>
            <p className="text-3xl font-bold">
              {formatMoney(offers.lifetime.amount, offers.lifetime.currency)}
              <span className="text-base font-normal text-slate-600"> once</span>
            </p>
            <p className="text-slate-700">Every phase and future updates. No subscription.</p>
            {/* A plain link, not next/link: prefetching would start Checkout Sessions. */}
            <a href={checkoutHref(offers.lifetime.priceId, from)} className={buttonClasses()}>
              Buy lifetime access
            </a>
          </Card>
        )}
        {offers.membership.length > 0 && (
          <Card className="flex flex-col gap-3" aria-label="Membership">
            <h3 className="text-lg font-semibold">Membership: every program</h3>
            <ul className="flex flex-col gap-3">
              {offers.membership.map((price) => (
                <li
                  key={price.priceId}
                  className="flex flex-wrap items-center justify-between gap-3"
                >
                  <span>
                    <span className="text-xl font-bold">
                      {formatMoney(price.amount, price.currency)}
                    </span>
                    <span className="text-slate-600"> a {price.interval}</span>
                    {price.trialDays ? (
                      <span className="block text-sm text-slate-600">
                        {price.trialDays}-day free trial
                      </span>
                    ) : null}
                  </span>
                  <a
                    href={checkoutHref(price.priceId, from)}
                    className={buttonClasses("secondary")}
                  >
                    {price.trialDays ? "Start free trial" : `Subscribe ${price.interval}ly`}
                  </a>
                </li>
              ))}
            </ul>
            <p className="text-sm text-slate-600">Cancel any time from your account.</p>
          </Card>
        )}
      </div>
    </section>
  );
}
