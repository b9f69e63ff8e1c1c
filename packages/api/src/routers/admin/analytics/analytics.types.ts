/**
 * Request and response schemas of the admin analytics router, and the definitions the numbers
 * follow (kept here so the UI can print the same thresholds the SQL uses).
 */
import { z } from "zod";

/** A customer with no session, enrolment or phase start for this many days counts as dropped. */
export const INACTIVE_DAYS = 30;

/** The program every analytics page shows unless another one is picked. */
export const DEFAULT_PROGRAM_SLUG = "knee-pain-solution";

export const ZProgramFilter = z.object({
  /** Omitted: the Knee Pain Solution (or, without it, the oldest program). */
  programId: z.uuid("Choose a program").optional(),
});

export const ZRangeFilter = ZProgramFilter.extend({
  /** The window, in days up to now, that the figures look at. */
  days: z
    .int("The range is a whole number of days")
    .min(1, "Pick a range of at least one day")
    .max(1825, "Pick a range of at most five years")
    .default(90),
});

export const ZProgramRequest = ZProgramFilter.prefault({});
export const ZRangeRequest = ZRangeFilter.prefault({});

export const ZRevenueRequest = z
  .object({
    months: z
      .int("Months are whole numbers")
      .min(1, "Show at least one month")
      .max(36, "Show at most 36 months")
      .default(12),
    /** The last month shown is the one containing this instant (default: now). */
    through: z.date("Give a date").optional(),
  })
  .prefault({});

const ZProgramRef = z.object({ id: z.string(), title: z.string() });

const ZPhaseRef = z.object({ key: z.string(), title: z.string(), position: z.number() });

export const ZFiltersResponse = z.object({
  programs: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string() })),
  defaultProgramId: z.string().nullable(),
});

export const ZRevenueMonth = z.object({
  /** "2025-05": months are calendar months in UTC. */
  month: z.string(),
  /** Paid one-time purchases by purchase date (refunded ones included: they were paid). */
  oneTime: z.number(),
  /** One-time amounts refunded in this month, as a positive number. */
  refunds: z.number(),
  /** Subscription charges estimated from each subscription's billing schedule and price. */
  recurringEstimate: z.number(),
  /** oneTime − refunds + recurringEstimate. */
  total: z.number(),
  /** Subscriptions running (paying or trialing) at the end of the month (or now). */
  activeSubscriptions: z.number(),
  trialing: z.number(),
  /** Monthly recurring revenue of the paying subscriptions at the end of the month. */
  mrr: z.number(),
  newSubscriptions: z.number(),
  endedSubscriptions: z.number(),
});

export const ZRevenueResponse = z.object({
  currency: z.string(),
  months: z.array(ZRevenueMonth),
});

export const ZSummaryResponse = z.object({
  program: ZProgramRef,
  days: z.number(),
  enrolled: z.number(),
  /** Enrolments not completed with activity in the last INACTIVE_DAYS days. */
  activeCustomers: z.number(),
  completedProgram: z.number(),
  /** Average of (latest knee pain re-test in the range − baseline) over those enrolments. */
  averagePainChange: z.number().nullable(),
  painSample: z.number(),
});

export const ZCustomersPerPhaseResponse = z.object({
  program: ZProgramRef,
  inactiveDays: z.number(),
  phases: z.array(ZPhaseRef.extend({ customers: z.number(), active: z.number() })),
  completedProgram: z.number(),
});

export const ZFunnelResponse = z.object({
  program: ZProgramRef,
  days: z.number(),
  inactiveDays: z.number(),
  enrolled: z.number(),
  completedProgram: z.number(),
  phases: z.array(
    ZPhaseRef.extend({
      reached: z.number(),
      completed: z.number(),
      /** Still in this phase and active recently. */
      inProgress: z.number(),
      /** Still in this phase, inactive for more than `inactiveDays` days. */
      dropped: z.number(),
    }),
  ),
});

export const ZAdherenceResponse = z.object({
  program: ZProgramRef,
  days: z.number(),
  phases: z.array(
    ZPhaseRef.extend({
      recommendedPerWeek: z.number().nullable(),
      /** Phase stints with at least a week inside the range. */
      stints: z.number(),
      averageSessionsPerWeek: z.number().nullable(),
      /** Mean of sessions per week ÷ recommended, as a percentage. */
      averagePercent: z.number().nullable(),
      under50: z.number(),
      from50to99: z.number(),
      atLeast100: z.number(),
    }),
  ),
});

export const ZPainChangeResponse = z.object({
  program: ZProgramRef,
  days: z.number(),
  phases: z.array(
    ZPhaseRef.extend({
      /** Enrolments with a re-test in this phase (taken in the range) and a baseline. */
      customers: z.number(),
      averageBaseline: z.number().nullable(),
      averageLatest: z.number().nullable(),
      averageChange: z.number().nullable(),
      medianChange: z.number().nullable(),
      improved: z.number(),
    }),
  ),
});

export type TRevenueResponse = z.infer<typeof ZRevenueResponse>;
export type TRevenueMonth = z.infer<typeof ZRevenueMonth>;
export type TSummaryResponse = z.infer<typeof ZSummaryResponse>;
export type TCustomersPerPhaseResponse = z.infer<typeof ZCustomersPerPhaseResponse>;
export type TFunnelResponse = z.infer<typeof ZFunnelResponse>;
export type TAdherenceResponse = z.infer<typeof ZAdherenceResponse>;
export type TPainChangeResponse = z.infer<typeof ZPainChangeResponse>;
