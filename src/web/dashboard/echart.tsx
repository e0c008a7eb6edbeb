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
import { useEffect, useRef, useState } from "react";

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
  const drawNow = useDrawWhenNeeded(ref);

  useEffect(() => {
    if (!drawNow) return;
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
    // The observer also reports the size the chart was just drawn at: redrawing then would draw it twice on load.
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== c.getWidth() || el.clientHeight !== c.getHeight()) c.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [drawNow]);

  useEffect(() => {
    chart.current?.setOption({ animationDuration: 300, textStyle: chartText(), ...option }, true);
  }, [option, drawNow]);

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

/**
 * When a chart should be drawn: at once if it is on screen (or near it), otherwise when the browser is next idle or the
 * reader scrolls to it, whichever comes first. A page with five charts thus paints what is in view first and draws
 * the rest right after, instead of drawing all of them before anything appears; every chart is drawn within a second
 * or two either way, so printing and "find in page" see them all.
 */
function useDrawWhenNeeded(ref: React.RefObject<HTMLDivElement | null>): boolean {
  const [now, setNow] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (now || !el) return;
    const rect = el.getBoundingClientRect();
    if (rect.top < window.innerHeight + 200 && rect.bottom > -200) {
      setNow(true);
      return;
    }
    const draw = () => setNow(true);
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), { rootMargin: "200px" });
    io.observe(el);
    const idle = typeof requestIdleCallback === "function" ? requestIdleCallback(draw, { timeout: 1500 }) : undefined;
    const timer = idle === undefined ? setTimeout(draw, 300) : undefined;
    return () => {
      io.disconnect();
      if (idle !== undefined) cancelIdleCallback(idle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [now, ref]);
  return now;
}
