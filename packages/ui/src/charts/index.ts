/**
 * Charts: hand-written SVG, each with a text summary and the same data as a table. The frame, the
 * axis pieces and the number helpers are exported for charts the apps draw themselves.
 */
export { endAnchor, XLabel, XLabels, YGrid } from "./chart-axes";
export type { AxisTextSize, TextAnchor, XLabelProps, XLabelsProps, YGridProps } from "./chart-axes";
export { ChartFrame, LegendItem } from "./chart-frame";
export { ChartSvg } from "./chart-svg";
export type { ChartFrameProps, ChartTable } from "./chart-frame";
export {
  axisTicks,
  formatChange,
  formatDay,
  formatNumber,
  formatValue,
  labelEvery,
  niceCeiling,
} from "./chart-format";
export { WeeklySessionsChart } from "./weekly-sessions-chart";
export type { WeeklySessionsChartProps, WeeklySessionsPoint } from "./weekly-sessions-chart";
export { PainTrendChart } from "./pain-trend-chart";
export type { PainTrendChartProps, PainTrendPoint } from "./pain-trend-chart";
export { RetestChart } from "./retest-chart";
export type { RetestChartProps, RetestItem } from "./retest-chart";
