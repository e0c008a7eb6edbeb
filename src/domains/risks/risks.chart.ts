import { renderSvgChart } from "../../platform/charts.js";
import { HIGH_RISK_THRESHOLD } from "./risks.rules.js";
import type { RiskMatrix } from "./risks.schema.js";

// The risk matrix as a chart: impact across, likelihood up, cells coloured by score band, each
// showing how many risks sit there. One definition for the web page and the PDF reports.

const LEVELS = ["1", "2", "3", "4", "5"];

/** ECharts option of a risk matrix (browser and server alike). */
export function riskMatrixOption(m: RiskMatrix, title?: string) {
  return {
    title: title ? { text: title, left: "center", textStyle: { fontSize: 14 } } : undefined,
    grid: { left: 70, right: 20, top: title ? 40 : 20, bottom: 50 },
    xAxis: {
      type: "category" as const,
      data: LEVELS,
      name: "Impact",
      nameLocation: "middle" as const,
      nameGap: 28,
      splitArea: { show: true },
    },
    yAxis: {
      type: "category" as const,
      data: LEVELS,
      name: "Likelihood",
      nameLocation: "middle" as const,
      nameGap: 40,
      splitArea: { show: true },
    },
    visualMap: {
      show: false,
      type: "piecewise" as const,
      dimension: 2,
      pieces: [
        { gte: HIGH_RISK_THRESHOLD, color: "#d9534f" },
        { gte: 6, lt: HIGH_RISK_THRESHOLD, color: "#f0ad4e" },
        { lt: 6, color: "#8fcf8f" },
      ],
    },
    series: [
      {
        type: "heatmap" as const,
        data: m.cells.map((c) => [c.impact - 1, c.likelihood - 1, c.score, c.count]),
        label: {
          show: true,
          fontSize: 14,
          fontWeight: "bold" as const,
          formatter: (p: { value: number[] }) => (p.value[3] ? String(p.value[3]) : ""),
        },
        itemStyle: { borderColor: "#ffffff", borderWidth: 2 },
      },
    ],
  };
}

/** The risk matrix as a standalone SVG document. */
export function riskMatrixSvg(m: RiskMatrix, title?: string): string {
  return renderSvgChart(riskMatrixOption(m, title) as never, { width: 420, height: title ? 380 : 350 });
}
