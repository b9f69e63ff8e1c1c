/** The analytics section: its heading, the views' sub-navigation, then the view. */
import type { ReactNode } from "react";
import { Suspense } from "react";

import { AnalyticsNav } from "~/components/analytics/analytics-nav";

export default function AnalyticsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold">Analytics</h1>
        <Suspense>
          <AnalyticsNav />
        </Suspense>
      </div>
      {children}
    </div>
  );
}
