import {
  BarChart,
  HeatmapChart,
  ScatterChart,
  type BarSeriesOption,
  type HeatmapSeriesOption,
  type ScatterSeriesOption,
} from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from "echarts/components";
import { init, use, type ComposeOption, type ECElementEvent, type EChartsType } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only the ECharts parts the app draws (bars, heatmap, scatter, grid, tooltip, legend, piecewise colour scale, SVG renderer):
// the dashboard chunk stays far smaller than the whole library, and SVG stays crisp at any zoom.
use([BarChart, HeatmapChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, VisualMapPiecewiseComponent, SVGRenderer]);

/** A click on a chart: a data item (its data and index) or an axis label (its text). */
export interface ChartClick {
  data?: unknown;
  dataIndex?: number;
  axisValue?: string;
}

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | VisualMapComponentOption
>;

/** The app's colours from its CSS variables (tokens.css), so the charts match the rest of the interface. */
export function themeColour(name: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export const chartText = () => ({
  color: themeColour("--color-text-muted", "#535966"),
  fontFamily: themeColour("--font-sans", "system-ui"),
  fontSize: 12,
});

/**
 * One ECharts chart. `label` is its text alternative (role="img"); the figure beside it carries the
 * full numbers as a table. Clicks on data items (or on axis labels, where the axis sets `triggerEvent`) go to `onClick`.
 */
export function EChart({
  option,
  height,
  label,
  onClick,
  testId,
}: {
  option: ChartOption;
  height: number;
  label: string;
  onClick?: (e: ChartClick) => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const el = ref.current!;
    const c = init(el, null, { renderer: "svg" });
    chart.current = c;
    c.on("click", (e: ECElementEvent) =>
      click.current?.({
        data: e.data,
        dataIndex: e.componentType === "series" ? e.dataIndex : undefined,
        axisValue:
          e.componentType === "yAxis" || e.componentType === "xAxis" ? String((e as unknown as { value: unknown }).value) : undefined,
      }),
    );
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animationDuration: 300, textStyle: chartText(), ...option }, true);
  }, [option]);

  return (
    <div
      ref={ref}
      className="echart"
      style={{ height, cursor: onClick ? "pointer" : undefined }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
