/** Buttons and button-styled links in three tones; large enough to hit on a phone. */
import type { AnchorHTMLAttributes, ComponentPropsWithRef } from "react";

import { cn } from "./cn";

type Tone = "primary" | "secondary" | "danger" | "ghost";

const tones: Record<Tone, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
  danger: "bg-danger-700 text-white hover:bg-danger-600",
  ghost: "text-brand-700 hover:bg-brand-50",
};

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-medium transition-colors disabled:cursor-not-allowed";

export function buttonClasses(tone: Tone = "primary", className?: string) {
  return cn(base, tones[tone], className);
}

export function Button({
  tone = "primary",
  className,
  type = "button",
  ...props
}: ComponentPropsWithRef<"button"> & { tone?: Tone }) {
  return <button type={type} className={buttonClasses(tone, className)} {...props} />;
}

export function ButtonLink({
  tone = "primary",
  className,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { tone?: Tone }) {
  return <a className={buttonClasses(tone, className)} {...props} />;
}
