import type { EChartsOption } from "echarts";

// ECharts options of the report charts. Browser-safe: the server renders them to SVG for the PDFs
// (platform/charts.ts) and the annual report page draws the same options in the browser.

export const REPORT_COLORS = {
  primary: "#4338ca",
  soft: "#c7d2fe",
  success: "#11703f",
  muted: "#535966",
  grid: "#e3e5e9",
  accent: "#0e7490",
};
const PALETTE = ["#4338ca", "#0e7490", "#b45309", "#11703f", "#9d174d", "#475569", "#6d28d9"];
const FONT = "Roboto, system-ui, sans-serif";
const base = { textStyle: { fontFamily: FONT, color: REPORT_COLORS.muted }, color: PALETTE };

/** Cuts a category label so the axis stays readable (the full name is in the table beside it). */
const short = (s: string, max = 34) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Horizontal bars: each indicator's progress towards its target in %, a line at 100 %. */
export function progressChart(
  items: Array<{ name: string; progress: number | null }>,
  labels: { progress: string; target: string },
): EChartsOption {
  const rows = [...items].reverse();
  const values = rows.map((i) => (i.progress === null ? 0 : Math.round(i.progress * 100)));
  const max = Math.max(100, ...values);
  return {
    ...base,
    grid: { left: 8, right: 56, top: 26, bottom: 8, containLabel: true },
    legend: { show: false },
    xAxis: {
      type: "value",
      min: Math.min(0, ...values),
      max: max <= 100 ? 100 : Math.ceil(max / 20) * 20,
      axisLabel: { formatter: "{value} %", fontSize: 10 },
      splitLine: { lineStyle: { color: REPORT_COLORS.grid } },
    },
    yAxis: {
      type: "category",
      data: rows.map((i) => short(i.name, 44)),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: "#15171c" },
    },
    series: [
      {
        type: "bar",
        name: labels.progress,
        barMaxWidth: 22,
        data: values.map((v) => ({
          value: v,
          itemStyle: { color: v >= 100 ? REPORT_COLORS.success : REPORT_COLORS.primary, borderRadius: [0, 3, 3, 0] },
        })),
        label: { show: true, position: "right", formatter: "{c} %", fontSize: 10, color: "#15171c" },
        markLine: {
          symbol: "none",
          silent: true,
          lineStyle: { color: REPORT_COLORS.success, type: "dashed", width: 1.5 },
          label: { formatter: labels.target, position: "end", fontSize: 10, color: REPORT_COLORS.success },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}

/** Lines: progress (% of the way to target) of each indicator at each check-in. */
export function progressOverTimeChart(
  series: Array<{ name: string; points: Array<{ on: string; progress: number }> }>,
  format: (day: string) => string,
): EChartsOption {
  const days = [...new Set(series.flatMap((s) => s.points.map((p) => p.on)))].sort();
  return {
    ...base,
    grid: { left: 8, right: 44, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 10 }, data: series.map((s) => short(s.name, 40)) },
    xAxis: { type: "category", data: days.map(format), boundaryGap: false, axisLabel: { fontSize: 10 } },
    yAxis: {
      type: "value",
      min: 0,
      axisLabel: { formatter: "{value} %", fontSize: 10 },
      splitLine: { lineStyle: { color: REPORT_COLORS.grid } },
    },
    series: series.map((s) => ({
      type: "line",
      name: short(s.name, 40),
      symbolSize: 6,
      connectNulls: true,
      data: days.map((d) => {
        const p = s.points.find((x) => x.on === d);
        return p ? Math.round(p.progress * 100) : null;
      }),
    })),
  };
}

/** Horizontal bars: partnerships per mode. */
export function modesChart(modes: Array<{ label: string; partnerships: number }>): EChartsOption {
  const rows = [...modes].reverse();
  return {
    ...base,
    grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, axisLabel: { fontSize: 10 }, splitLine: { lineStyle: { color: REPORT_COLORS.grid } } },
    yAxis: {
      type: "category",
      data: rows.map((m) => short(m.label, 44)),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: "#15171c" },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 20,
        data: rows.map((m) => m.partnerships),
        itemStyle: { color: REPORT_COLORS.primary, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: "right", fontSize: 10, color: "#15171c" },
      },
    ],
  };
}

/** Stacked horizontal bars: money and in-kind value per mode, in one currency (`format`: axis numbers, keep them short;
 * German has no short form for thousands, so labels that would overlap are left out). */
export function valueChart(
  modes: Array<{ label: string; money: number; inKind: number }>,
  labels: { money: string; inKind: string },
  format: (n: number) => string,
): EChartsOption {
  const rows = [...modes].reverse();
  return {
    ...base,
    grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 10 }, data: [labels.money, labels.inKind] },
    xAxis: {
      type: "value",
      splitNumber: 4,
      axisLabel: { fontSize: 10, hideOverlap: true, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: REPORT_COLORS.grid } },
    },
    yAxis: {
      type: "category",
      data: rows.map((m) => short(m.label, 44)),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: "#15171c" },
    },
    series: [
      {
        type: "bar",
        name: labels.money,
        stack: "v",
        barMaxWidth: 20,
        data: rows.map((m) => m.money),
        itemStyle: { color: REPORT_COLORS.primary },
      },
      {
        type: "bar",
        name: labels.inKind,
        stack: "v",
        barMaxWidth: 20,
        data: rows.map((m) => m.inKind),
        itemStyle: { color: REPORT_COLORS.accent },
      },
    ],
  };
}
