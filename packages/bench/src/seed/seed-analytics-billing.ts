/**
 * Purchases and subscriptions of the analytics data set (see seed-analytics.ts): 55 % buy
 * lifetime access when they enrol (6 % of those are refunded 5–25 days later); the others take
 * the membership, three in four monthly with its 7-day trial, one in four yearly; 30 % of
 * memberships are canceled at some point before now.
 */
import { sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { prices, products } from "@phasewise/db/schema";

export async function seedBilling(tx: Executor, programSlug: string) {
  const purchases = await tx.execute(sql`
    with lifetime as (
      select pr.id as price_id, pr.product_id, pr.unit_amount, pr.currency, pd.program_id
      from ${prices} pr join ${products} pd on pd.id = pr.product_id
      where pr.lookup_key = ${`${programSlug}-lifetime`}
    ),
    bought as (
      select p.*, l.*, p.enrolled_at + (5 + random() * 20) * interval '1 day' as refund_at,
        random() < 0.06 as refunded
      from analytics_plan p cross join lifetime l
      where p.buys < 0.55
    )
    insert into purchases (user_id, product_id, program_id, price_id, status, amount, currency,
      purchased_at, refunded_at)
    select user_id, product_id, program_id, price_id,
      (case when refunded and refund_at < now() then 'refunded' else 'paid' end)::purchase_status,
      unit_amount, currency, enrolled_at - interval '10 minutes',
      case when refunded and refund_at < now() then refund_at end
    from bought`);
  const subscriptions = await tx.execute(sql`
    with plans as (
      select
        (select id from ${prices} where lookup_key = 'membership-monthly') as monthly,
        (select trial_days from ${prices} where lookup_key = 'membership-monthly') as trial_days,
        (select id from ${prices} where lookup_key = 'membership-yearly') as yearly
    ),
    members as (
      select p.*, pl.*, p.plan_kind < 0.75 as is_monthly,
        case when p.churn < 0.3
          then p.enrolled_at + random() * (now() - p.enrolled_at) end as canceled_at
      from analytics_plan p cross join plans pl
      where p.buys >= 0.55
    )
    insert into subscriptions (user_id, stripe_subscription_id, stripe_customer_id, price_id,
      status, trial_end, canceled_at, current_period_end, created_at, updated_at)
    select user_id, 'sub_analytics_' || i, 'cus_analytics_' || i,
      case when is_monthly then monthly else yearly end,
      case when canceled_at is not null then 'canceled'
        when is_monthly and enrolled_at + trial_days * interval '1 day' > now() then 'trialing'
        else 'active' end,
      case when is_monthly then enrolled_at + trial_days * interval '1 day' end,
      canceled_at,
      case when canceled_at is null then now() + interval '1 day' * (1 + floor(random() * 28)) end,
      enrolled_at - interval '10 minutes',
      coalesce(canceled_at, enrolled_at)
    from members`);
  return { purchases: purchases.count, subscriptions: subscriptions.count };
}
