/**
 * Queries per call: the progress procedures called one at a time through the real customer
 * router, each statement counted and listed (see count-queries.ts).
 */
import type { Report } from "../report/report";
import type { SeededCustomer } from "../seed/seed-customers";
import { benchSettings } from "../settings";
import { createQueryCounter, summarizeStatement } from "./count-queries";
import { customerCaller } from "./customer-caller";
import { createFreshLogs, pick, programSlug } from "./fresh-log";

const section = "Queries per call";

interface Measured {
  label: string;
  call: () => Promise<unknown>;
  max?: number;
  note?: string;
}

/** Uses the first two customers: the second one moves on to the next phase. */
export async function benchQueryCounts(
  report: Report,
  url: string,
  customers: readonly SeededCustomer[],
) {
  report.heading("Queries per call (customer router, one call at a time)");
  const freshLog = createFreshLogs();
  const counter = createQueryCounter(url);
  const caller = customerCaller(counter.db, pick(customers, 0).user);
  const opener = customerCaller(counter.db, pick(customers, 1).user);
  const measured: Measured[] = [
    {
      label: "queries per progress.dashboard",
      max: benchSettings.targets.dashboardQueries,
      call: async () => {
        const dashboard = await caller.progress.dashboard({ programSlug });
        if (!dashboard.enrolled) throw new Error("The seeded customer is not enrolled");
      },
    },
    {
      label: "queries per progress.sessionPlan",
      call: () => caller.progress.sessionPlan({ programSlug }),
    },
    {
      label: "queries per progress.overview",
      call: () => caller.progress.overview({ programSlug }),
    },
    {
      label: "queries per progress.completeSession",
      note: "+ BEGIN/COMMIT",
      call: async () => {
        const result = await caller.progress.completeSession({ programSlug, log: freshLog(0) });
        if (result.alreadyRecorded || result.unlocked) {
          throw new Error("The new log should be recorded without opening a phase");
        }
      },
    },
    {
      label: "  … when it opens the next phase",
      note: "+ BEGIN/COMMIT, + 1 email",
      call: async () => {
        // Pain 1 brings the last three sessions to an average of 3: the gate opens.
        const result = await opener.progress.completeSession({
          programSlug,
          log: freshLog(1, 1),
        });
        if (!result.unlocked) throw new Error("The log was expected to open the next phase");
      },
    },
  ];
  try {
    for (const item of measured) {
      const statements = await counter.count(item.call);
      report.add({
        section,
        label: item.label,
        value: statements.length,
        unit: "",
        max: item.max,
        note: item.note,
      });
      statements.forEach((statement, index) =>
        report.note(`     ${index + 1}. ${summarizeStatement(statement)}`),
      );
    }
  } finally {
    await counter.close();
  }
}
