/**
 * analytics.revenue: per calendar month (UTC), money in and subscriptions, for all programs.
 * One statement. Definitions:
 * - one-time: purchases that were paid (status paid or refunded), in the month bought; refunds
 *   are subtracted in the month they were refunded (the whole amount: partial refunds are not
 *   stored).
 * - recurring (estimated): invoices are not stored, so each subscription's charges are rebuilt
 *   from its schedule: the first at the end of its trial (or at creation), then every month or
 *   year of its price, until it ended or now. Failed renewals (past_due) still count.
 * - active subscriptions at each month's end (or now, for the current month): created by then
 *   and not ended by then. Status history is not stored: a subscription "ended" when its status
 *   is canceled (at canceled_at, else its last update); trialing means trial_end was still ahead.
 * - MRR: the monthly price of the paying (not trialing) active ones, yearly prices ÷ 12.
 */
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
        select m as month_start, m + interval '1 month' as month_end,
          least(m + interval '1 month', b.now_utc) as month_cut
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
            then coalesce(s.canceled_at, s.updated_at) at time zone 'UTC' end as ended,
          s.trial_end at time zone 'UTC' as trial_end,
          greatest(s.created_at, coalesce(s.trial_end, s.created_at)) at time zone 'UTC' as first_charge,
          pr.unit_amount, pr.interval, pr.currency
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
      states as (
        select m.month_start,
          count(*) filter (where s.started < m.month_cut and (s.ended is null or s.ended >= m.month_cut))
            as active,
          count(*) filter (where s.started < m.month_cut and (s.ended is null or s.ended >= m.month_cut)
            and s.trial_end > m.month_cut) as trialing,
          sum(case when s.interval = 'year' then s.unit_amount / 12.0 else s.unit_amount end)
            filter (where s.started < m.month_cut and (s.ended is null or s.ended >= m.month_cut)
              and (s.trial_end is null or s.trial_end <= m.month_cut)) as mrr,
          count(*) filter (where s.started >= m.month_start and s.started < m.month_end) as started,
          count(*) filter (where s.ended >= m.month_start and s.ended < m.month_end) as ended
        from months m
        cross join subs s
        group by m.month_start
      )
      select to_char(m.month_start, 'YYYY-MM') as month,
        coalesce(o.amount, 0)::float8 as "oneTime",
        coalesce(r.amount, 0)::float8 as refunds,
        coalesce(c.amount, 0)::float8 as "recurringEstimate",
        coalesce(st.active, 0)::int as "activeSubscriptions",
        coalesce(st.trialing, 0)::int as trialing,
        round(coalesce(st.mrr, 0))::float8 as mrr,
        coalesce(st.started, 0)::int as "newSubscriptions",
        coalesce(st.ended, 0)::int as "endedSubscriptions",
        (select pr.currency from ${prices} pr group by pr.currency order by count(*) desc limit 1)
          as currency
      from months m
      left join one_time o on o.month = m.month_start
      left join refunds r on r.month = m.month_start
      left join charges c on c.month = m.month_start
      left join states st on st.month_start = m.month_start
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
