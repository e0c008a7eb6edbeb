import * as echarts from "echarts";

// Charts rendered on the server as SVG (ECharts server-side rendering, no canvas): the same chart
// options serve the web page and the PDF reports, which embed the SVG.

export interface ChartSize {
  width: number;
  height: number;
}

/** Renders an ECharts option to a standalone SVG document (animation off). */
export function renderSvgChart(option: echarts.EChartsOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
