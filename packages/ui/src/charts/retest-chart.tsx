/**
 * Re-test results: for each test, a baseline bar and a latest bar, with the change printed as
 * text ("+8°", "−3 pain") and whether that is better or worse. Each test has its own scale
 * because units differ (degrees, pain scores).
 */
import { formatChange, formatValue } from "./chart-format";
import { ChartFrame, LegendItem } from "./chart-frame";
import { ChartSvg } from "./chart-svg";

export interface RetestItem {
  label: string;
  /** "°", "%", "/10" are glued to the number; words such as "pain" get a space. */
  unit: string;
  baseline: number | null;
  latest: number | null;
  higherIsBetter: boolean;
}

export interface RetestChartProps {
  items: RetestItem[];
  title?: string;
  headingLevel?: 2 | 3;
  className?: string;
}

type Trend = "better" | "worse" | "same" | "unknown";

function trendOf(item: RetestItem): Trend {
  if (item.baseline === null || item.latest === null) return "unknown";
  const delta = item.latest - item.baseline;
  if (delta === 0) return "same";
  return delta > 0 === item.higherIsBetter ? "better" : "worse";
}

function changeText(item: RetestItem): string {
  if (item.baseline === null || item.latest === null) return "—";
  return formatChange(item.latest - item.baseline, item.unit);
}

const TREND_WORD: Record<Trend, string> = {
  better: "better",
  worse: "worse",
  same: "no change",
  unknown: "not compared yet",
};

const TREND_CLASS: Record<Trend, string> = {
  better: "fill-brand-700",
  worse: "fill-danger-700",
  same: "fill-slate-700",
  unknown: "fill-slate-600",
};

const WIDTH = 400;
const ROW = 78;
const BAR = { left: 66, right: 262, height: 16 };

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function describe(items: RetestItem[]): string {
  const compared = items.filter((item) => trendOf(item) !== "unknown");
  const better = compared.filter((item) => trendOf(item) === "better").length;
  const worse = compared.filter((item) => trendOf(item) === "worse").length;
  const waiting = items.length - compared.length;
  return [
    `${compared.length} of ${items.length} tests compared with baseline: ${better} better, ${worse} worse, ${compared.length - better - worse} unchanged.`,
    waiting > 0 ? `${waiting} still need a baseline or a re-test.` : "",
  ]
    .join(" ")
    .trim();
}

export function RetestChart({
  items,
  title = "Re-test results",
  headingLevel,
  className,
}: RetestChartProps) {
  const shown = items.filter((item) => item.baseline !== null || item.latest !== null);
  const height = shown.length * ROW + 4;

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      className={className}
      summary={describe(shown)}
      isEmpty={shown.length === 0}
      emptyMessage="No re-test results yet. Take the starting tests and your baseline will appear here, ready to compare at each phase gate."
      table={{
        columns: ["Test", "Baseline", "Latest", "Change"],
        rows: shown.map((item) => [
          item.label,
          item.baseline === null ? "not measured" : formatValue(item.baseline, item.unit),
          item.latest === null ? "not measured" : formatValue(item.latest, item.unit),
          `${changeText(item)} (${TREND_WORD[trendOf(item)]})`,
        ]),
      }}
      legend={
        <>
          <LegendItem
            label="Baseline"
            sample={<rect x="2" y="3" width="24" height="8" className="fill-slate-400" />}
          />
          <LegendItem
            label="Latest"
            sample={<rect x="2" y="3" width="24" height="8" className="fill-brand-600" />}
          />
        </>
      }
    >
      <ChartSvg width={WIDTH} height={height}>
        {shown.map((item, index) => {
          const top = index * ROW;
          const scale = Math.max(1, item.baseline ?? 0, item.latest ?? 0);
          const length = (value: number) => (Math.max(0, value) / scale) * (BAR.right - BAR.left);
          const bars = [
            { name: "Baseline", value: item.baseline, y: top + 26, className: "fill-slate-400" },
            { name: "Latest", value: item.latest, y: top + 47, className: "fill-brand-600" },
          ];
          const trend = trendOf(item);
          return (
            <g key={`${index}-${item.label}`}>
              <text x="0" y={top + 16} className="fill-slate-900 text-[15px] font-semibold">
                {truncate(item.label, 46)}
              </text>
              {bars.map((bar) => (
                <g key={bar.name}>
                  <text
                    x="0"
                    y={bar.y + BAR.height / 2}
                    dominantBaseline="middle"
                    className="fill-slate-700 text-[13px]"
                  >
                    {bar.name}
                  </text>
                  {bar.value !== null && (
                    <rect
                      x={BAR.left}
                      y={bar.y}
                      width={length(bar.value)}
                      height={BAR.height}
                      rx="2"
                      className={bar.className}
                    />
                  )}
                  <text
                    x={BAR.left + (bar.value === null ? 0 : length(bar.value)) + 4}
                    y={bar.y + BAR.height / 2}
                    dominantBaseline="middle"
                    className="fill-slate-900 text-[13px]"
                  >
                    {bar.value === null ? "not measured" : formatValue(bar.value, item.unit)}
                  </text>
                </g>
              ))}
              <text
                x={WIDTH - 2}
                y={top + 42}
                textAnchor="end"
                className={`${TREND_CLASS[trend]} text-[17px] font-bold`}
              >
                {changeText(item)}
              </text>
              <text
                x={WIDTH - 2}
                y={top + 60}
                textAnchor="end"
                className={`${TREND_CLASS[trend]} text-[13px]`}
              >
                {TREND_WORD[trend]}
              </text>
            </g>
          );
        })}
      </ChartSvg>
    </ChartFrame>
  );
}
