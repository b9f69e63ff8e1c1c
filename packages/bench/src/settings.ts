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
  routes: {
    dashboard: "/programs/knee-pain-solution/dashboard",
    player: "/programs/knee-pain-solution/session",
  },
} as const;
