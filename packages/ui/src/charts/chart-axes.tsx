/**
 * Axis pieces the hand-written SVG charts share: horizontal grid lines with their y tick labels,
 * and the category labels under the plot. Positions come from the chart, so each chart keeps its
 * own scale and layout.
 */

export type TextAnchor = "start" | "middle" | "end";

/** Admin charts use the smaller axis text; customer charts are read on phones. */
export type AxisTextSize = 12 | 13;

const AXIS_TEXT: Record<AxisTextSize, string> = {
  12: "fill-slate-700 text-[12px]",
  13: "fill-slate-700 text-[13px]",
};

/** The end labels hug the plot edges so they are never cut off; a lone label stays centred. */
export function endAnchor(index: number, count: number): TextAnchor {
  if (count === 1) return "middle";
  if (index === 0) return "start";
  if (index === count - 1) return "end";
  return "middle";
}

export interface YGridProps {
  ticks: number[];
  /** Maps a value to its SVG y coordinate. */
  y: (value: number) => number;
  /** Plot edges; the tick labels sit just left of `left`. */
  left: number;
  right: number;
  label?: (tick: number) => string;
  textSize?: AxisTextSize;
}

/** One grid line per tick, the zero line darker, each with its value at the left. */
export function YGrid({ ticks, y, left, right, label = String, textSize = 13 }: YGridProps) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line
        x1={left}
        x2={right}
        y1={y(tick)}
        y2={y(tick)}
        className={tick === 0 ? "stroke-slate-500" : "stroke-slate-200"}
      />
      <text
        x={left - 6}
        y={y(tick)}
        textAnchor="end"
        dominantBaseline="middle"
        className={AXIS_TEXT[textSize]}
      >
        {label(tick)}
      </text>
    </g>
  ));
}

export interface XLabelProps {
  x: number;
  y: number;
  anchor?: TextAnchor;
  textSize?: AxisTextSize;
  children: string;
}

/** One label under the plot, for charts that draw it together with its bar. */
export function XLabel({ x, y, anchor = "middle", textSize = 13, children }: XLabelProps) {
  return (
    <text x={x} y={y} textAnchor={anchor} className={AXIS_TEXT[textSize]}>
      {children}
    </text>
  );
}

export interface XLabelsProps {
  labels: string[];
  /** Maps a label's index to its SVG x coordinate. */
  x: (index: number) => number;
  y: number;
  /** Which labels to print, e.g. `labelEvery(count)`; all of them by default. */
  show?: (index: number) => boolean;
  /** Anchor the first and last labels to the plot edges (see `endAnchor`) instead of centring. */
  hugEnds?: boolean;
  textSize?: AxisTextSize;
}

/** The labels under the plot, one per category, thinned out by `show`. */
export function XLabels({
  labels,
  x,
  y,
  show = () => true,
  hugEnds = false,
  textSize,
}: XLabelsProps) {
  return labels.map(
    (label, index) =>
      show(index) && (
        <XLabel
          key={`${index}-${label}`}
          x={x(index)}
          y={y}
          anchor={hugEnds ? endAnchor(index, labels.length) : "middle"}
          textSize={textSize}
        >
          {label}
        </XLabel>
      ),
  );
}
