"use client";

/** The analytics sub-navigation; keeps the page's filters when moving between views. */
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

import { cn } from "@phasewise/ui";

const VIEWS = [
  { href: "/analytics", label: "Revenue & subscriptions" },
  { href: "/analytics/phases", label: "Phases & funnel" },
  { href: "/analytics/outcomes", label: "Adherence & pain" },
];

export function AnalyticsNav() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label="Analytics views">
      <ul className="flex flex-wrap gap-2">
        {VIEWS.map((view) => {
          const current = pathname === view.href;
          return (
            <li key={view.href}>
              <Link
                href={query ? `${view.href}?${query}` : view.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center rounded-lg border px-3 text-sm font-medium",
                  current
                    ? "border-brand-700 bg-brand-50 text-brand-900"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
                )}
              >
                {view.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
