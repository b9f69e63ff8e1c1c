/**
 * Lines over categories (months), each series with its own dash pattern and marker so they read
 * without colour. Used for subscriptions at each month's end.
 */
import type { ChartTable } from "@phasewise/ui/charts";
import {
  axisTicks,
  ChartFrame,
  ChartSvg,
  labelEvery,
  LegendItem,
  niceCeiling,
  XLabels,
  YGrid,
} from "@phasewise/ui/charts";

export interface LineSeries {
  label: string;
  /** Tailwind stroke + fill classes, e.g. "stroke-brand-700 fill-brand-700". */
  tone: string;
  dash?: string;
  values: number[];
}

export interface LineChartProps {
  title: string;
  summary: string;
  categories: string[];
  series: LineSeries[];
  table: ChartTable;
  emptyMessage: string;
  headingLevel?: 2 | 3;
}

const WIDTH = 360;
const HEIGHT = 230;
const PLOT = { left: 40, right: WIDTH - 12, top: 12, bottom: HEIGHT - 30 };

export function LineChart({
  title,
  summary,
  categories,
  series,
  table,
  emptyMessage,
  headingLevel,
}: LineChartProps) {
  const all = series.flatMap((s) => s.values);
  const isEmpty = categories.length === 0 || all.every((value) => value === 0);
  const yMax = niceCeiling(Math.max(1, ...all));
  const step = categories.length > 1 ? (PLOT.right - PLOT.left) / (categories.length - 1) : 0;
  const x = (index: number) =>
    categories.length > 1 ? PLOT.left + index * step : (PLOT.left + PLOT.right) / 2;
  const y = (value: number) => PLOT.bottom - (value / yMax) * (PLOT.bottom - PLOT.top);
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
          sample={
            <g className={s.tone}>
              <line x1="0" y1="7" x2="28" y2="7" strokeWidth="2.5" strokeDasharray={s.dash} />
              <circle cx="14" cy="7" r="3" />
            </g>
          }
        />
      ))}
    >
      <ChartSvg width={WIDTH} height={HEIGHT} maxWidth="max-w-2xl">
        <YGrid ticks={axisTicks(yMax)} y={y} left={PLOT.left} right={PLOT.right} textSize={12} />
        <XLabels labels={categories} x={x} y={PLOT.bottom + 18} show={showLabel} textSize={12} />
        {series.map((s) => (
          <g key={s.label} className={s.tone}>
            <polyline
              points={s.values.map((value, index) => `${x(index)},${y(value)}`).join(" ")}
              fill="none"
              strokeWidth="2.5"
              strokeDasharray={s.dash}
            />
            {categories.length <= 24 &&
              s.values.map((value, index) => (
                <circle key={index} cx={x(index)} cy={y(value)} r="3" />
              ))}
          </g>
        ))}
      </ChartSvg>
    </ChartFrame>
  );
}
