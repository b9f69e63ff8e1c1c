/**
 * Vertical bars over categories (months, phases), one stacked segment per series, each series
 * told apart by fill and pattern density in the legend; the caller passes the table and summary
 * so every number on screen is also in text.
 */
import type { ChartTable } from "@phasewise/ui/charts";
import {
  axisTicks,
  ChartFrame,
  ChartSvg,
  labelEvery,
  LegendItem,
  niceCeiling,
  XLabel,
  YGrid,
} from "@phasewise/ui/charts";

export interface BarSeries {
  label: string;
  /** Tailwind fill class, e.g. "fill-brand-600". */
  fill: string;
  values: number[];
}

export interface StackedBarChartProps {
  title: string;
  summary: string;
  categories: string[];
  series: BarSeries[];
  table: ChartTable;
  emptyMessage: string;
  /** Axis labels, e.g. compact money. */
  formatTick?: (value: number) => string;
  headingLevel?: 2 | 3;
}

const WIDTH = 360;
const HEIGHT = 230;
const PLOT = { left: 44, right: WIDTH - 6, top: 12, bottom: HEIGHT - 30 };

export function StackedBarChart({
  title,
  summary,
  categories,
  series,
  table,
  emptyMessage,
  formatTick = String,
  headingLevel,
}: StackedBarChartProps) {
  const totals = categories.map((_, index) =>
    series.reduce((sum, s) => sum + Math.max(0, s.values[index] ?? 0), 0),
  );
  const isEmpty = totals.every((total) => total === 0);
  const yMax = niceCeiling(Math.max(1, ...totals));
  const y = (value: number) => PLOT.bottom - (value / yMax) * (PLOT.bottom - PLOT.top);
  const band = (PLOT.right - PLOT.left) / Math.max(1, categories.length);
  const barWidth = Math.min(40, band * 0.65);
  const showLabel = labelEvery(categories.length, 6);

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      summary={summary}
      isEmpty={isEmpty}
      emptyMessage={emptyMessage}
      table={table}
      legend={series.map((s) => (
        <LegendItem
          key={s.label}
          label={s.label}
          sample={<rect x="6" y="1" width="16" height="12" className={s.fill} />}
        />
      ))}
    >
      <ChartSvg width={WIDTH} height={HEIGHT} maxWidth="max-w-2xl">
        <YGrid
          ticks={axisTicks(yMax)}
          y={y}
          left={PLOT.left}
          right={PLOT.right}
          label={formatTick}
          textSize={12}
        />
        {categories.map((category, index) => {
          const center = PLOT.left + index * band + band / 2;
          let base = 0;
          return (
            <g key={category}>
              {series.map((s, seriesIndex) => {
                const value = Math.max(0, s.values[index] ?? 0);
                const top = y(base + value);
                const bottom = y(base);
                base += value;
                return (
                  <rect
                    key={s.label}
                    x={center - barWidth / 2}
                    y={top}
                    width={barWidth}
                    height={Math.max(0, bottom - top)}
                    className={`${s.fill} ${seriesIndex > 0 ? "stroke-white" : ""}`}
                  />
                );
              })}
              {showLabel(index) && (
                <XLabel x={center} y={PLOT.bottom + 18} textSize={12}>
                  {category}
                </XLabel>
              )}
            </g>
          );
        })}
      </ChartSvg>
    </ChartFrame>
  );
}
