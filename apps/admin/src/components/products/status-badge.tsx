/** "Active" or "Archived", in words (not only colour), for products and prices. */
import { cn } from "@phasewise/ui";

export function StatusBadge({ active, label }: { active: boolean; label?: string }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-sm font-semibold",
        active ? "bg-brand-50 text-brand-900" : "bg-slate-200 text-slate-800",
      )}
    >
      {label ?? (active ? "Active" : "Archived")}
    </span>
  );
}
