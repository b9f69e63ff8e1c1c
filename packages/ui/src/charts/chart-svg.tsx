/**
 * The drawing surface of every chart: scales to its container, and is hidden from assistive
 * technology because `ChartFrame` names the chart and carries its numbers as a table.
 */
import type { ReactNode } from "react";

export function ChartSvg(props: {
  width: number;
  height: number;
  /** Widest the chart grows: customer charts stay phone-sized, admin charts may be wider. */
  maxWidth?: "max-w-xl" | "max-w-2xl";
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${props.width} ${props.height}`}
      width="100%"
      className={`h-auto w-full ${props.maxWidth ?? "max-w-xl"}`}
      aria-hidden="true"
      focusable="false"
    >
      {props.children}
    </svg>
  );
}
