/**
 * Average change of knee pain from baseline per phase, as bars left (better) or right (worse) of
 * zero, with the numbers written next to each bar.
 */
import type { ChartTable } from "@phasewise/ui/charts";
import { ChartFrame, ChartSvg, LegendItem, XLabels } from "@phasewise/ui/charts";

import { formatPainChange } from "./analytics-format";

export interface PainChangeRow {
  label: string;
  change: number | null;
  customers: number;
}

export interface PainChangeChartProps {
  title: string;
  summary: string;
  rows: PainChangeRow[];
  table: ChartTable;
  headingLevel?: 2 | 3;
}

const WIDTH = 360;
const ROW = 46;
const ZERO = 180;
const HALF = 110;

export function PainChangeChart({
  title,
  summary,
  rows,
  table,
  headingLevel,
}: PainChangeChartProps) {
  const measured = rows.filter((row) => row.change !== null && row.customers > 0);
  const extent = Math.max(1, ...measured.map((row) => Math.ceil(Math.abs(row.change ?? 0))));
  const height = rows.length * ROW + 24;
  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      summary={summary}
      isEmpty={measured.length === 0}
      emptyMessage="No re-tests in this range yet: pain change appears once customers re-take the check-in."
      table={table}
      legend={
        <>
          <LegendItem
            label="Less pain than at baseline"
            sample={<rect x="6" y="1" width="16" height="12" className="fill-brand-600" />}
          />
          <LegendItem
            label="More pain"
            sample={<rect x="6" y="1" width="16" height="12" className="fill-danger-600" />}
          />
        </>
      }
    >
      <ChartSvg width={WIDTH} height={height} maxWidth="max-w-2xl">
        <line x1={ZERO} x2={ZERO} y1={0} y2={height - 20} className="stroke-slate-500" />
        <XLabels
          labels={[`\u2212${extent}`, "0", `+${extent}`]}
          x={(index) => ZERO + (index - 1) * HALF}
          y={height - 6}
          hugEnds
          textSize={12}
        />
        {rows.map((row, index) => {
          const top = index * ROW;
          const change = row.customers > 0 ? row.change : null;
          const length = change === null ? 0 : (Math.abs(change) / extent) * HALF;
          const better = (change ?? 0) <= 0;
          return (
            <g key={row.label}>
              <text x={4} y={top + 14} className="fill-slate-900 text-[13px] font-medium">
                {row.label}
              </text>
              <rect
                x={better ? ZERO - length : ZERO}
                y={top + 20}
                width={length}
                height={18}
                className={better ? "fill-brand-600" : "fill-danger-600"}
              />
              <text
                x={better ? ZERO + 6 : ZERO - 6}
                y={top + 29}
                dominantBaseline="middle"
                textAnchor={better ? "start" : "end"}
                className="fill-slate-800 text-[12px]"
              >
                {change === null
                  ? "no re-tests"
                  : `${formatPainChange(change)} (n=${row.customers})`}
              </text>
            </g>
          );
        })}
      </ChartSvg>
    </ChartFrame>
  );
}
