/**
 * analytics.revenue: per calendar month (UTC), money in and subscriptions, for all programs, in
 * the store's one currency (prices can only be made in it).
 * One statement. Definitions:
 * - one-time: purchases that were paid (status paid or refunded), in the month bought; refunds
 *   are subtracted in the month they were refunded (the whole amount: partial refunds are not
 *   stored).
 * - recurring (estimated): invoices are not stored, so each subscription's charges are rebuilt
 *   from its schedule: the first at the end of its trial (or at creation), then every month or
 *   year of its price, until it ended or now. Failed renewals (past_due) still count.
 * - active subscriptions at each month's end (or now, for the current month): created by then
 *   and not ended by then. Status history is not stored: a subscription "ended" when its status
 *   is canceled (at canceled_at, else its last update) or paused or unpaid (at its last update:
 *   no money comes in); trialing means trial_end was still ahead.
 * - MRR: the monthly price of the paying (not trialing) active ones, yearly prices ÷ 12.
 */
import type { SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { z } from "zod";

import { prices, purchases, subscriptions } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import { runAnalyticsQuery } from "./analytics-sql";
import { ZRevenueRequest, ZRevenueResponse } from "./analytics.types";

const ZRow = z.object({
  month: z.string(),
  oneTime: z.coerce.number(),
  refunds: z.coerce.number(),
  recurringEstimate: z.coerce.number(),
  activeSubscriptions: z.coerce.number(),
  trialing: z.coerce.number(),
  mrr: z.coerce.number(),
  newSubscriptions: z.coerce.number(),
  endedSubscriptions: z.coerce.number(),
  currency: z.string().nullable(),
});

/**
 * The first month whose cut (its end, but never later than now) comes after an instant: the
 * instant's own month, or never (infinity) when the instant is not before now. Every month from
 * there on counts it.
 */
function countedFrom(instant: SQL): SQL {
  return sql`case when ${instant} >= b.now_utc then 'infinity'::timestamp
    else date_trunc('month', ${instant}) end`;
}

export const getRevenue = adminProcedure
  .input(ZRevenueRequest)
  .output(ZRevenueResponse)
  .query(async ({ ctx, input }) => {
    const through = (input.through ?? new Date()).toISOString();
    // Months are walked as UTC wall-clock timestamps, so the session time zone never matters.
    const rows = await runAnalyticsQuery(
      ctx.db,
      sql`
      with bounds as (
        select now() at time zone 'UTC' as now_utc,
          date_trunc('month', ${through}::timestamptz at time zone 'UTC') as last_month
      ),
      months as (
        select m as month_start, m + interval '1 month' as month_end
        from bounds b,
          generate_series(b.last_month - make_interval(months => ${input.months}::int - 1),
            b.last_month, interval '1 month') as m
      ),
      span as (select min(month_start) as lo, max(month_end) as hi from months),
      one_time as (
        select date_trunc('month', p.purchased_at at time zone 'UTC') as month, sum(p.amount) as amount
        from ${purchases} p, span
        where p.status in ('paid', 'refunded')
          and p.purchased_at >= span.lo at time zone 'UTC' and p.purchased_at < span.hi at time zone 'UTC'
        group by 1
      ),
      refunds as (
        select date_trunc('month', p.refunded_at at time zone 'UTC') as month, sum(p.amount) as amount
        from ${purchases} p, span
        where p.status = 'refunded'
          and p.refunded_at >= span.lo at time zone 'UTC' and p.refunded_at < span.hi at time zone 'UTC'
        group by 1
      ),
      subs as (
        select s.created_at at time zone 'UTC' as started,
          case when s.status in ('canceled', 'incomplete_expired')
              then coalesce(s.canceled_at, s.updated_at) at time zone 'UTC'
            -- No money comes in while paused or unpaid: it stopped at its last change.
            when s.status in ('paused', 'unpaid') then s.updated_at at time zone 'UTC'
          end as ended,
          s.trial_end at time zone 'UTC' as trial_end,
          greatest(s.created_at, coalesce(s.trial_end, s.created_at)) at time zone 'UTC' as first_charge,
          pr.unit_amount, pr.interval, pr.currency,
          case when pr.interval = 'year' then pr.unit_amount / 12.0 else pr.unit_amount end as monthly
        from ${subscriptions} s
        left join ${prices} pr on pr.id = s.price_id
        where s.status not in ('incomplete', 'incomplete_expired')
      ),
      charges as (
        select date_trunc('month', c) as month, sum(s.unit_amount) as amount
        from subs s
        cross join span
        cross join bounds b
        cross join lateral generate_series(s.first_charge,
          least(coalesce(s.ended, 'infinity'::timestamp), b.now_utc, span.hi),
          case when s.interval = 'year' then interval '1 year' else interval '1 month' end) as c
        where s.unit_amount is not null and s.interval is not null
          and c >= span.lo and c < least(coalesce(s.ended, 'infinity'::timestamp), b.now_utc, span.hi)
        group by 1
      ),
      -- Subscription states at each month's cut (its end, or now in the current month) as running
      -- totals: a subscription counts +1 in every month whose cut is after it started and −1 in
      -- every month whose cut is after it ended (trialing: or after its trial ended; MRR: its
      -- monthly amount from the first cut after it started paying). Each change is filed under
      -- the first month it counts in (countedFrom), so the subscriptions are read once, not once
      -- per month.
      marks as (
        select s.monthly, x.trial,
          ${countedFrom(sql`s.started`)} as started,
          ${countedFrom(sql`greatest(s.started, x.until)`)} as ended,
          ${countedFrom(sql`greatest(s.started, least(x.until, x.trial_end))`)} as trial_ended,
          ${countedFrom(sql`x.paying`)} as paying,
          ${countedFrom(sql`greatest(x.paying, x.until)`)} as paying_ended
        from subs s
        cross join bounds b
        cross join lateral (select coalesce(s.ended, 'infinity'::timestamp) as until,
          (s.trial_end is not null)::int as trial,
          -- A trial that ends exactly at a cut is over at that cut (timestamps are whole µs).
          s.trial_end - interval '1 microsecond' as trial_end,
          greatest(s.started, s.trial_end - interval '1 microsecond') as paying) as x
      ),
      steps (month, active, trialing, mrr) as (
        select started, 1, trial, 0::numeric from marks
        union all select ended, -1, 0, 0 from marks
        union all select trial_ended, 0, -trial, 0 from marks
        union all select paying, 0, 0, monthly from marks
        union all select paying_ended, 0, 0, -monthly from marks
      ),
      states as (
        select m.month_start, sum(st.active) as active, sum(st.trialing) as trialing,
          sum(st.mrr) as mrr
        from months m
        join (select month, sum(active) as active, sum(trialing) as trialing, sum(mrr) as mrr
          from steps group by month) st on st.month <= m.month_start
        group by m.month_start
      ),
      flows as (
        select date_trunc('month', started) as month, count(*) as started, 0 as ended from subs
        group by 1
        union all
        select date_trunc('month', ended), 0, count(*) from subs where ended is not null
        group by 1
      ),
      flow as (select month, sum(started) as started, sum(ended) as ended from flows group by month)
      select to_char(m.month_start, 'YYYY-MM') as month,
        coalesce(o.amount, 0)::float8 as "oneTime",
        coalesce(r.amount, 0)::float8 as refunds,
        coalesce(c.amount, 0)::float8 as "recurringEstimate",
        coalesce(st.active, 0)::int as "activeSubscriptions",
        coalesce(st.trialing, 0)::int as trialing,
        round(coalesce(st.mrr, 0))::float8 as mrr,
        coalesce(f.started, 0)::int as "newSubscriptions",
        coalesce(f.ended, 0)::int as "endedSubscriptions",
        (select pr.currency from ${prices} pr group by pr.currency order by count(*) desc limit 1)
          as currency
      from months m
      left join one_time o on o.month = m.month_start
      left join refunds r on r.month = m.month_start
      left join charges c on c.month = m.month_start
      left join states st on st.month_start = m.month_start
      left join flow f on f.month = m.month_start
      order by m.month_start`,
    );
    const parsed = z.array(ZRow).parse(rows);
    return {
      currency: parsed[0]?.currency ?? "usd",
      months: parsed.map(({ currency: _currency, ...month }) => ({
        ...month,
        total: month.oneTime - month.refunds + month.recurringEstimate,
      })),
    };
  });
