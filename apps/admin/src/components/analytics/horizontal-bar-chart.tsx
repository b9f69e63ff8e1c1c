/**
 * Horizontal bars, one row per item (funnel steps, phases), each split into stacked segments;
 * a row's label sits above its bar and its value text at the end, so long phase names fit on a
 * phone. `scale: "share"` draws every row as 100 % (distributions); `"max"` against the largest
 * row (funnel). Diverging values (pain change) have their own chart.
 */
import type { ChartTable } from "@phasewise/ui/charts";
import { ChartFrame, ChartSvg, LegendItem } from "@phasewise/ui/charts";

export interface BarRow {
  label: string;
  /** One value per segment, in the order of `segments`. */
  values: number[];
  /** Printed after the bar, e.g. "1,204 (48%)". */
  valueText: string;
}

export interface HorizontalBarChartProps {
  title: string;
  summary: string;
  rows: BarRow[];
  segments: { label: string; fill: string }[];
  scale: "share" | "max";
  table: ChartTable;
  emptyMessage: string;
  headingLevel?: 2 | 3;
}

const WIDTH = 360;
const ROW = 46;
const BAR = { left: 4, right: 250, height: 18 };

export function HorizontalBarChart({
  title,
  summary,
  rows,
  segments,
  scale,
  table,
  emptyMessage,
  headingLevel,
}: HorizontalBarChartProps) {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + Math.max(0, value), 0));
  const largest = Math.max(1, ...totals);
  const isEmpty = totals.every((total) => total === 0);
  const height = rows.length * ROW + 6;

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      summary={summary}
      isEmpty={isEmpty}
      emptyMessage={emptyMessage}
      table={table}
      legend={
        segments.length > 1
          ? segments.map((segment) => (
              <LegendItem
                key={segment.label}
                label={segment.label}
                sample={<rect x="6" y="1" width="16" height="12" className={segment.fill} />}
              />
            ))
          : undefined
      }
    >
      <ChartSvg width={WIDTH} height={height} maxWidth="max-w-2xl">
        {rows.map((row, rowIndex) => {
          const top = rowIndex * ROW;
          const whole = scale === "share" ? Math.max(1, totals[rowIndex] ?? 0) : largest;
          const width = BAR.right - BAR.left;
          let x = BAR.left;
          return (
            <g key={row.label}>
              <text x={BAR.left} y={top + 14} className="fill-slate-900 text-[13px] font-medium">
                {row.label}
              </text>
              <rect
                x={BAR.left}
                y={top + 20}
                width={width}
                height={BAR.height}
                className="fill-slate-100"
              />
              {row.values.map((value, index) => {
                const segment = segments[index];
                const w = (Math.max(0, value) / whole) * width;
                const rect = (
                  <rect
                    key={segment?.label ?? index}
                    x={x}
                    y={top + 20}
                    width={w}
                    height={BAR.height}
                    className={`${segment?.fill ?? "fill-brand-600"} stroke-white`}
                  />
                );
                x += w;
                return rect;
              })}
              <text
                x={BAR.right + 6}
                y={top + 20 + BAR.height / 2}
                dominantBaseline="middle"
                className="fill-slate-800 text-[12px]"
              >
                {row.valueText}
              </text>
            </g>
          );
        })}
      </ChartSvg>
    </ChartFrame>
  );
}
