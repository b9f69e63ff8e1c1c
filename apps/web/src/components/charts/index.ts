/** Progress charts: hand-written SVG, each with a text summary and the same data as a table. */
export { WeeklySessionsChart } from "./weekly-sessions-chart";
export type { WeeklySessionsChartProps, WeeklySessionsPoint } from "./weekly-sessions-chart";
export { PainTrendChart } from "./pain-trend-chart";
export type { PainTrendChartProps, PainTrendPoint } from "./pain-trend-chart";
export { RetestChart } from "./retest-chart";
export type { RetestChartProps, RetestItem } from "./retest-chart";
