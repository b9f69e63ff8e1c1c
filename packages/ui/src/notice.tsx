/** Inline messages: info, success, warning and danger (danger is announced to screen readers). */
import type { ReactNode } from "react";

import { cn } from "./cn";

type Tone = "info" | "success" | "warning" | "danger";

const tones: Record<Tone, string> = {
  info: "border-slate-300 bg-slate-50 text-slate-800",
  success: "border-brand-500 bg-brand-50 text-brand-900",
  warning: "border-warn-700 bg-warn-50 text-warn-700",
  danger: "border-danger-600 bg-danger-50 text-danger-700",
};

export function Notice({
  tone = "info",
  title,
  children,
  className,
}: {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn("rounded-lg border-l-4 p-4", tones[tone], className)}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}
