"use client";

/** A header link that marks the current section with aria-current. */
import type { ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@phasewise/ui";

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "text-slate-700 underline-offset-4 hover:underline",
        current && "font-semibold text-slate-900 underline",
      )}
    >
      {children}
    </Link>
  );
}
