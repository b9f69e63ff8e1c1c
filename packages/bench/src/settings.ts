/** The size of the benchmark: what the issue asks for, in one place. */
export const benchSettings = {
  customers: 1_000,
  logsPerCustomer: 30,
  /** The logs of each customer are spread over this many past weeks. */
  historyWeeks: 10,
  /** Rows per multi-row INSERT. */
  batchSize: 1_000,
  /** Calls per latency run, and how many are in flight at once (= the pool size). */
  requests: 500,
  concurrency: 50,
  /** Untimed calls before each latency run: open the pool, warm the document cache. */
  warmupRequests: 50,
  /** Targets: each figure is printed next to its target with OK or OVER. */
  targets: { dashboardQueries: 4, firstLoadKb: 130 },
  /** The webhooks part: a burst of signed Stripe events at the real receipt path, then the sync. */
  webhooks: {
    /** Customers made in the emulator and in our database, each with purchases/subscriptions. */
    customers: 100,
    /** Events in the burst: every handled event the customers produced, padded with redeliveries. */
    events: 500,
    /** Receipts in flight at once. */
    concurrency: 50,
    /** Customers set up at once through Checkout (setup only, not measured). */
    setupConcurrency: 8,
    /** Target for the receipt p95: well under Stripe's 10 s webhook timeout. */
    receiptP95Ms: 1_000,
    /** Bounded wait for the database to equal Stripe once the worker runs, and its poll interval. */
    syncTimeoutMs: 90_000,
    pollMs: 100,
    webhookSecret: "whsec_phasewise_bench",
    secretKey: "sk_test_phasewise_bench",
  },
  /** The analytics part: its own data set, then the admin analytics pages under load. */
  analytics: {
    customers: 10_000,
    /** `setseed` of the set-based seed: two runs draw the same customers. */
    seed: 0.42,
    pageLoads: 200,
    /**
     * Loads in flight (= the pool size) for the figure the target is judged at: 10 admins
     * opening a page at the same instant, five loads per core on a 2-core machine. A stress well
     * above real admin traffic, kept as the judged figure so a pass leaves headroom.
     */
    concurrency: 10,
    /** Loads in flight for the realistic figure: a couple of admins at once (= this machine's cores). */
    adminConcurrency: 2,
    warmupLoads: 20,
    /** Loads per page with nothing else running: the time one admin waits on an idle server. */
    serialLoads: 50,
    /** Target for each page's p95 (the 500 ms), judged at `concurrency` in flight. */
    p95TargetMs: 500,
  },
  routes: {
    dashboard: "/programs/knee-pain-solution/dashboard",
    player: "/programs/knee-pain-solution/session",
  },
} as const;
