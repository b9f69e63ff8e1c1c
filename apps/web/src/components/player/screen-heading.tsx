/**
 * The heading each runner screen opens with. It takes focus when the screen appears, so
 * keyboard and screen-reader users start at the top of the new screen instead of on a button
 * that no longer exists.
 */
import type { ReactNode } from "react";
import { useEffect, useRef } from "react";

import { cn } from "@phasewise/ui";

export function ScreenHeading({
  eyebrow,
  children,
  className,
}: {
  eyebrow?: string;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="flex flex-col gap-1">
      {eyebrow && <p className="text-sm font-medium text-slate-600">{eyebrow}</p>}
      <h1
        ref={ref}
        tabIndex={-1}
        className={cn("text-2xl font-bold text-slate-900 sm:text-3xl", className)}
      >
        {children}
      </h1>
    </div>
  );
}
