import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useModeLabel } from "../engagements/badges";
import { formatLocale, formatNumber } from "../lib/format";
import { boardLink, type Dashboard, type DashboardFilters } from "./api";
import { ChartCard } from "./chart-card";
import { chartText, EChart, themeColour, type ChartOption } from "./echart";

const AFTER_AGREEMENT = new Set(["agreed", "active", "reviewing"]);
const BAR_HEIGHT = 30;

/** Horizontal bars with category labels on the left, first category on top. */
function barOption(
  labels: string[],
  series: ChartOption["series"],
  opts: { legend?: boolean; format?: (n: number) => string; labelWidth?: number; clickableLabels?: boolean } = {},
): ChartOption {
  const text = chartText();
  const grid = themeColour("--color-border", "#e3e5e9");
  return {
    grid: { left: 8, right: 40, top: opts.legend ? 36 : 8, bottom: 8, containLabel: true },
    legend: opts.legend ? { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: text } : undefined,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v) => (opts.format ?? formatNumber)(Number(v)) },
    // Counts are written on the bars, so their axis needs no labels; money keeps a sparse axis.
    xAxis: {
      type: "value",
      minInterval: 1,
      splitNumber: 3,
      splitLine: { lineStyle: { color: grid } },
      axisLabel: opts.format ? { ...text, hideOverlap: true, formatter: (v: number) => opts.format!(v) } : { show: false },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: labels,
      triggerEvent: !!opts.clickableLabels,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: grid } },
      axisLabel: { ...text, color: themeColour("--color-text", "#15171c"), width: opts.labelWidth ?? 230, overflow: "truncate" },
    },
    series,
  };
}

/** The pipeline by stage; a click on a stage opens the board filtered to it. */
export function PipelineChart({ data, filters, className }: { data: Dashboard; filters: DashboardFilters; className?: string }) {
  const { t } = useTranslation(["dashboard", "engagements"]);
  const navigate = useNavigate();
  const rows = data.funnel.map((s) => ({ stage: s.stage, label: t(`engagements:stages.${s.stage}`), count: s.count }));
  const option = useMemo<ChartOption>(() => {
    const primary = themeColour("--color-primary", "#4338ca");
    const success = themeColour("--color-success", "#11703f");
    return barOption(
      rows.map((r) => r.label),
      [
        {
          type: "bar",
          barMaxWidth: 22,
          name: t("pipeline.engagements"),
          label: { show: true, position: "right", ...chartText(), color: themeColour("--color-text", "#15171c") },
          data: rows.map((r) => ({
            value: r.count,
            itemStyle: { color: AFTER_AGREEMENT.has(r.stage) ? success : primary, borderRadius: [0, 4, 4, 0] },
          })),
        },
      ],
      { labelWidth: 120, clickableLabels: true },
    );
  }, [data, t]);
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <ChartCard
      testId="chart-pipeline"
      className={className}
      title={t("pipeline.title")}
      hint={t("pipeline.hint")}
      empty={total === 0 && data.outcomes.every((o) => o.count === 0)}
      emptyText={t("pipeline.empty")}
      actions={
        <div className="dash-outcomes">
          {data.outcomes.map((o) => (
            <Link key={o.stage} to={boardLink(filters, { stage: o.stage })} className="dash-outcome" data-testid={`outcome-${o.stage}`}>
              <span className="value">{formatNumber(o.count)}</span> {t(`engagements:stages.${o.stage}`)}
            </Link>
          ))}
        </div>
      }
      table={{
        caption: t("pipeline.title"),
        columns: [t("pipeline.stage"), t("pipeline.engagements")],
        rows: [...data.funnel, ...data.outcomes].map((s) => ({
          key: s.stage,
          cells: [
            <Link key="l" to={boardLink(filters, { stage: s.stage })}>
              {t(`engagements:stages.${s.stage}`)}
            </Link>,
            formatNumber(s.count),
          ],
        })),
      }}
    >
      <EChart
        testId="pipeline-chart"
        option={option}
        height={rows.length * BAR_HEIGHT + 24}
        label={t("pipeline.alt", { list: rows.map((r) => `${r.label} ${r.count}`).join(", ") })}
        onClick={(e) => {
          const row = e.dataIndex !== undefined ? rows[e.dataIndex] : rows.find((r) => r.label === e.axisValue);
          if (row) navigate(boardLink(filters, { stage: row.stage }));
        }}
      />
    </ChartCard>
  );
}

/** Engagements (not ended) per mode; a click opens the board filtered to the mode. */
export function ModeChart({ data, filters, className }: { data: Dashboard; filters: DashboardFilters; className?: string }) {
  const { t } = useTranslation("dashboard");
  const modeLabel = useModeLabel();
  const navigate = useNavigate();
  const rows = data.byMode.map((m) => ({ mode: m.mode, label: modeLabel(m.mode), count: m.count }));
  const option = useMemo<ChartOption>(() => {
    const colour = themeColour("--color-primary", "#4338ca");
    return barOption(
      rows.map((r) => r.label),
      [
        {
          type: "bar",
          barMaxWidth: 18,
          name: t("pipeline.engagements"),
          label: { show: true, position: "right", ...chartText() },
          itemStyle: { color: colour, borderRadius: [0, 4, 4, 0] },
          data: rows.map((r) => r.count),
        },
      ],
      { clickableLabels: true },
    );
    // The labels' text, not the label function (a new one each render), decides when to redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, t, rows.map((r) => r.label).join("|")]);
  return (
    <ChartCard
      testId="chart-modes"
      className={className}
      title={t("modes.title")}
      hint={t("modes.hint")}
      empty={rows.every((r) => r.count === 0)}
      emptyText={t("modes.empty")}
      table={{
        caption: t("modes.title"),
        columns: [t("modes.mode"), t("pipeline.engagements")],
        rows: rows.map((r) => ({
          key: r.mode,
          cells: [
            <Link key="l" to={boardLink(filters, { mode: r.mode })}>
              {r.label}
            </Link>,
            formatNumber(r.count),
          ],
        })),
      }}
    >
      <EChart
        testId="modes-chart"
        option={option}
        height={rows.length * BAR_HEIGHT + 24}
        label={t("modes.alt", { list: rows.map((r) => `${r.label} ${r.count}`).join(", ") })}
        onClick={(e) => {
          const row = e.dataIndex !== undefined ? rows[e.dataIndex] : rows.find((r) => r.label === e.axisValue);
          if (row) navigate(boardLink(filters, { mode: row.mode }));
        }}
      />
    </ChartCard>
  );
}

/** Engagements (not ended) by the company's size class. */
export function SizeChart({ data, className }: { data: Dashboard; className?: string }) {
  const { t } = useTranslation("dashboard");
  const rows = data.bySize
    .filter((s) => s.sizeClass !== null || s.count > 0)
    .map((s) => ({ key: s.sizeClass ?? "unknown", label: t(`sizes.${s.sizeClass ?? "unknown"}`), count: s.count }));
  const option = useMemo<ChartOption>(() => {
    const text = chartText();
    const grid = themeColour("--color-border", "#e3e5e9");
    return {
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: {
        type: "category",
        data: rows.map((r) => r.label),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: grid } },
        axisLabel: { ...text, color: themeColour("--color-text", "#15171c"), interval: 0, width: 120, overflow: "break" },
      },
      yAxis: { type: "value", minInterval: 1, splitNumber: 3, splitLine: { lineStyle: { color: grid } }, axisLabel: { show: false } },
      series: [
        {
          type: "bar",
          barMaxWidth: 44,
          name: t("pipeline.engagements"),
          label: { show: true, position: "top", ...text },
          itemStyle: { color: themeColour("--color-info", "#175cd3"), borderRadius: [4, 4, 0, 0] },
          data: rows.map((r) => r.count),
        },
      ],
    };
  }, [data, t]);
  return (
    <ChartCard
      testId="chart-sizes"
      className={className}
      title={t("sizes.title")}
      hint={t("sizes.hint")}
      empty={rows.every((r) => r.count === 0)}
      emptyText={t("sizes.empty")}
      table={{
        caption: t("sizes.title"),
        columns: [t("sizes.size"), t("pipeline.engagements")],
        rows: rows.map((r) => ({ key: r.key, cells: [r.label, formatNumber(r.count)] })),
      }}
    >
      <EChart
        testId="sizes-chart"
        option={option}
        height={220}
        label={t("sizes.alt", { list: rows.map((r) => `${r.label} ${r.count}`).join(", ") })}
      />
    </ChartCard>
  );
}

/** Money and in-kind value of the running partnerships per mode, stacked, in one currency at a time. */
export function ValueChart({ data, className }: { data: Dashboard; className?: string }) {
  const { t } = useTranslation("dashboard");
  const modeLabel = useModeLabel();
  const currencies = data.valueTotals.map((v) => v.currency);
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const currency = chosen !== undefined && currencies.includes(chosen) ? chosen : (currencies[0] ?? null);
  const rows = data.valueByMode
    .filter((v) => v.currency === currency)
    .map((v) => ({ mode: v.mode, label: modeLabel(v.mode), money: v.money, inKind: v.inKind }));
  const money = (n: number) =>
    currency
      ? new Intl.NumberFormat(formatLocale(), {
          style: "currency",
          currency,
          notation: n >= 10_000 ? "compact" : "standard",
          maximumFractionDigits: n >= 10_000 ? 1 : 0,
        }).format(n)
      : formatNumber(n);
  const full = (n: number) =>
    currency ? new Intl.NumberFormat(formatLocale(), { style: "currency", currency, maximumFractionDigits: 0 }).format(n) : formatNumber(n);
  const option = useMemo<ChartOption>(() => {
    const bar = (name: string, colour: string, values: number[], last: boolean) => ({
      type: "bar" as const,
      name,
      stack: "value",
      barMaxWidth: 18,
      itemStyle: { color: colour, borderRadius: last ? [0, 4, 4, 0] : 0 },
      data: values,
    });
    return barOption(
      rows.map((r) => r.label),
      [
        bar(
          t("value.money"),
          themeColour("--color-primary", "#4338ca"),
          rows.map((r) => r.money),
          false,
        ),
        bar(
          t("value.inKind"),
          themeColour("--color-success", "#11703f"),
          rows.map((r) => r.inKind),
          true,
        ),
      ],
      { legend: true, format: money },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, currency, t, rows.map((r) => r.label).join("|")]);
  const total = data.valueTotals.find((v) => v.currency === currency);
  return (
    <ChartCard
      testId="chart-value"
      className={className}
      title={t("value.title")}
      hint={
        total ? t("value.hint", { money: full(total.money), inKind: full(total.inKind), count: total.engagements }) : t("value.hintEmpty")
      }
      empty={rows.length === 0}
      emptyText={t("value.empty")}
      actions={
        currencies.length > 1 && (
          <label className="chip">
            <span>{t("value.currency")}:</span>
            <select value={currency ?? ""} onChange={(e) => setChosen(e.target.value || null)} data-testid="value-currency">
              {currencies.map((c) => (
                <option key={c ?? ""} value={c ?? ""}>
                  {c ?? t("value.noCurrency")}
                </option>
              ))}
            </select>
          </label>
        )
      }
      table={{
        caption: t("value.title"),
        columns: [t("modes.mode"), t("value.money"), t("value.inKind")],
        rows: rows.map((r) => ({ key: r.mode, cells: [r.label, full(r.money), full(r.inKind)] })),
      }}
    >
      <EChart
        testId="value-chart"
        option={option}
        height={rows.length * (BAR_HEIGHT + 4) + 60}
        label={t("value.alt", {
          list: rows.map((r) => t("value.altItem", { mode: r.label, money: full(r.money), inKind: full(r.inKind) })).join("; "),
        })}
      />
    </ChartCard>
  );
}
