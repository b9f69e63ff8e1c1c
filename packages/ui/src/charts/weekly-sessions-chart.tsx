/**
 * Sessions done per week as bars, with the phase's recommended sessions per week as a dashed
 * step line, so "am I doing enough?" is answered at a glance.
 */
import { XLabel, YGrid } from "./chart-axes";
import { axisTicks, formatDay, labelEvery, niceCeiling } from "./chart-format";
import { ChartFrame, LegendItem } from "./chart-frame";
import { ChartSvg } from "./chart-svg";

export interface WeeklySessionsPoint {
  /** ISO date of the week's first day, e.g. "2025-05-12". */
  weekStart: string;
  sessions: number;
  recommended: number;
}

export interface WeeklySessionsChartProps {
  /** Oldest week first. */
  weeks: WeeklySessionsPoint[];
  title?: string;
  headingLevel?: 2 | 3;
  className?: string;
}

const WIDTH = 360;
const HEIGHT = 220;
const PLOT = { left: 30, right: WIDTH - 8, top: 22, bottom: HEIGHT - 30 };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function describe(weeks: WeeklySessionsPoint[]): string {
  const latest = weeks[weeks.length - 1];
  if (latest === undefined) return "";
  const met = weeks.filter((week) => week.sessions >= week.recommended).length;
  return `${plural(weeks.length, "week")} shown. Week of ${formatDay(latest.weekStart)}: ${plural(latest.sessions, "session")} of ${latest.recommended} recommended. The recommendation was met in ${met} of ${plural(weeks.length, "week")}.`;
}

export function WeeklySessionsChart({
  weeks,
  title = "Sessions per week",
  headingLevel,
  className,
}: WeeklySessionsChartProps) {
  const yMax = niceCeiling(Math.max(1, ...weeks.flatMap((w) => [w.sessions, w.recommended])));
  const y = (value: number) => PLOT.bottom - (Math.max(0, value) / yMax) * (PLOT.bottom - PLOT.top);
  const band = (PLOT.right - PLOT.left) / Math.max(1, weeks.length);
  const barWidth = Math.min(48, band * 0.6);
  const showLabel = labelEvery(weeks.length);
  const showValues = weeks.length <= 12;

  // One horizontal segment per week, joined vertically where the recommendation changes.
  const recommendedPath = weeks
    .map((week, index) => {
      const x0 = PLOT.left + index * band;
      const move = index === 0 ? `M ${x0} ${y(week.recommended)}` : `V ${y(week.recommended)}`;
      return `${move} H ${x0 + band}`;
    })
    .join(" ");

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      className={className}
      summary={describe(weeks)}
      isEmpty={weeks.length === 0}
      emptyMessage="No weeks to show yet. Once you start your sessions, each week's count will appear here."
      table={{
        columns: ["Week of", "Sessions", "Recommended"],
        rows: weeks.map((w) => [formatDay(w.weekStart), String(w.sessions), String(w.recommended)]),
      }}
      legend={
        <>
          <LegendItem
            label="Sessions done"
            sample={<rect x="6" y="1" width="16" height="12" className="fill-brand-600" />}
          />
          <LegendItem
            label="Recommended"
            sample={
              <line
                x1="0"
                y1="7"
                x2="28"
                y2="7"
                strokeWidth="2.5"
                strokeDasharray="6 3"
                className="stroke-slate-900"
              />
            }
          />
        </>
      }
    >
      <ChartSvg width={WIDTH} height={HEIGHT}>
        <YGrid ticks={axisTicks(yMax)} y={y} left={PLOT.left} right={PLOT.right} />
        {weeks.map((week, index) => {
          const center = PLOT.left + index * band + band / 2;
          const top = y(week.sessions);
          return (
            <g key={`${index}-${week.weekStart}`}>
              <rect
                x={center - barWidth / 2}
                y={top}
                width={barWidth}
                height={Math.max(0, PLOT.bottom - top)}
                rx="2"
                className="fill-brand-600"
              />
              {showValues && (
                <text
                  x={center}
                  y={top - 4}
                  textAnchor="middle"
                  className="fill-slate-900 text-[13px] font-semibold"
                >
                  {week.sessions}
                </text>
              )}
              {showLabel(index) && (
                <XLabel x={center} y={PLOT.bottom + 20}>
                  {formatDay(week.weekStart)}
                </XLabel>
              )}
            </g>
          );
        })}
        <path
          d={recommendedPath}
          fill="none"
          strokeWidth="2.5"
          strokeDasharray="6 3"
          className="stroke-slate-900"
        />
      </ChartSvg>
    </ChartFrame>
  );
}
