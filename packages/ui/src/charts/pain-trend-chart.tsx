/**
 * Pain before, during and after each session on the 0–10 scale. The three lines differ by
 * dash pattern and marker shape as well as colour, so they read in greyscale and for
 * colour-blind users.
 */
import type { ReactNode } from "react";

import { XLabels, YGrid } from "./chart-axes";
import { formatDay, labelEvery } from "./chart-format";
import { ChartFrame, LegendItem } from "./chart-frame";
import { ChartSvg } from "./chart-svg";

export interface PainTrendPoint {
  /** ISO date (or timestamp) of the session. */
  date: string;
  painBefore: number;
  painDuring: number;
  painAfter: number;
}

export interface PainTrendChartProps {
  /** Oldest session first. */
  points: PainTrendPoint[];
  title?: string;
  headingLevel?: 2 | 3;
  className?: string;
  /** What to say when there is nothing to draw; the default speaks to the customer. */
  emptyMessage?: string;
}

type SeriesKey = "painBefore" | "painDuring" | "painAfter";

interface Series {
  key: SeriesKey;
  label: string;
  className: string;
  dash?: string;
  marker: (x: number, y: number) => ReactNode;
}

const SERIES: Series[] = [
  {
    key: "painBefore",
    label: "Before",
    className: "stroke-slate-700 fill-slate-700",
    marker: (x, y) => <circle cx={x} cy={y} r="3.5" />,
  },
  {
    key: "painDuring",
    label: "During",
    className: "stroke-danger-600 fill-danger-600",
    dash: "8 4",
    marker: (x, y) => <rect x={x - 3.5} y={y - 3.5} width="7" height="7" />,
  },
  {
    key: "painAfter",
    label: "After",
    className: "stroke-brand-700 fill-brand-700",
    dash: "2 4",
    marker: (x, y) => (
      <path d={`M ${x} ${y - 4.5} L ${x + 4.5} ${y + 3.5} L ${x - 4.5} ${y + 3.5} Z`} />
    ),
  },
];

const WIDTH = 360;
const HEIGHT = 240;
const PLOT = { left: 30, right: WIDTH - 12, top: 12, bottom: HEIGHT - 30 };
const TICKS = [0, 2, 4, 6, 8, 10];

const clampPain = (value: number) => Math.min(10, Math.max(0, value));

function describe(points: PainTrendPoint[]): string {
  const first = points[0];
  const latest = points[points.length - 1];
  if (first === undefined || latest === undefined) return "";
  const worstDuring = Math.max(...points.map((p) => p.painDuring));
  const span =
    points.length === 1
      ? `1 session, on ${formatDay(first.date)}.`
      : `${points.length} sessions from ${formatDay(first.date)} to ${formatDay(latest.date)}.`;
  return `${span} Latest: ${latest.painBefore} before, ${latest.painDuring} during, ${latest.painAfter} after, out of 10. Highest pain during a session: ${worstDuring} out of 10.`;
}

export function PainTrendChart({
  points,
  title = "Knee pain per session",
  headingLevel,
  className,
  emptyMessage = "No pain scores yet. After each session you log, your pain before, during and after will appear here.",
}: PainTrendChartProps) {
  const step = points.length > 1 ? (PLOT.right - PLOT.left) / (points.length - 1) : 0;
  const x = (index: number) =>
    points.length > 1 ? PLOT.left + index * step : (PLOT.left + PLOT.right) / 2;
  const y = (value: number) => PLOT.bottom - (clampPain(value) / 10) * (PLOT.bottom - PLOT.top);
  const showLabel = labelEvery(points.length, 5);
  const showMarkers = points.length <= 30;

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      className={className}
      summary={describe(points)}
      isEmpty={points.length === 0}
      emptyMessage={emptyMessage}
      table={{
        columns: ["Date", "Before", "During", "After"],
        rows: points.map((p) => [
          formatDay(p.date),
          `${p.painBefore}/10`,
          `${p.painDuring}/10`,
          `${p.painAfter}/10`,
        ]),
      }}
      legend={SERIES.map((series) => (
        <LegendItem
          key={series.key}
          label={series.label}
          sample={
            <g className={series.className}>
              <line x1="0" y1="7" x2="28" y2="7" strokeWidth="2.5" strokeDasharray={series.dash} />
              {series.marker(14, 7)}
            </g>
          }
        />
      ))}
    >
      <ChartSvg width={WIDTH} height={HEIGHT}>
        <YGrid ticks={TICKS} y={y} left={PLOT.left} right={PLOT.right} />
        <XLabels
          labels={points.map((point) => formatDay(point.date))}
          x={x}
          y={PLOT.bottom + 20}
          show={showLabel}
          hugEnds
        />
        {SERIES.map((series) => (
          <g key={series.key} className={series.className}>
            <polyline
              points={points.map((p, i) => `${x(i)},${y(p[series.key])}`).join(" ")}
              fill="none"
              strokeWidth="2.5"
              strokeLinecap="round"
              strokeLinejoin="round"
              strokeDasharray={series.dash}
            />
            {showMarkers &&
              points.map((p, i) => <g key={i}>{series.marker(x(i), y(p[series.key]))}</g>)}
          </g>
        ))}
      </ChartSvg>
    </ChartFrame>
  );
}
