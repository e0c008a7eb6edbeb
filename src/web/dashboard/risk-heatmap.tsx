import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Dialog } from "../components/dialog";
import type { Dashboard, MatrixCell } from "./api";
import { chartText, EChart, themeColour, type ChartOption } from "./echart";
import { riskCatalogueText } from "../lib/built-in";

const LEVELS = [1, 2, 3, 4, 5];
const BAND_CLASS = { low: "badge-success", medium: "badge-warning", high: "badge-danger" } as const;

/**
 * The portfolio's open risks on the 5 × 5 matrix (likelihood × impact, current basis). A click on a
 * cell, or on its button in the table, lists that cell's risks in a dialog, with links to their engagements.
 */
export function RiskHeatmap({ data, className }: { data: Dashboard; className?: string }) {
  const { t } = useTranslation(["dashboard", "engagements"]);
  const id = useId();
  const m = data.riskMatrix;
  const [selected, setSelected] = useState<{ likelihood: number; impact: number } | null>(null);
  const cell = (l: number, i: number) => m.cells.find((c) => c.likelihood === l && c.impact === i)!;
  const current = selected ? cell(selected.likelihood, selected.impact) : null;

  const option = useMemo<ChartOption>(() => {
    const text = chartText();
    const border = themeColour("--color-surface", "#ffffff");
    const strong = themeColour("--color-text", "#15171c");
    return {
      grid: { left: 56, right: 8, top: 8, bottom: 48 },
      tooltip: {
        formatter: (p) => {
          const [i, l, count] = (p as { value: number[] }).value;
          return t("matrix.tooltip", { l: l + 1, i: i + 1, score: (l + 1) * (i + 1), count });
        },
      },
      xAxis: {
        type: "category",
        data: LEVELS.map(String),
        name: t("matrix.impact"),
        nameLocation: "middle",
        nameGap: 28,
        nameTextStyle: { ...text, color: strong },
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: text,
        splitArea: { show: false },
      },
      yAxis: {
        type: "category",
        data: LEVELS.map(String),
        name: t("matrix.likelihood"),
        nameLocation: "middle",
        nameGap: 32,
        nameTextStyle: { ...text, color: strong },
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: text,
      },
      visualMap: {
        type: "piecewise",
        show: false,
        dimension: 3,
        pieces: [
          { lt: 6, color: themeColour("--color-success-soft", "#e6f6ec") },
          { gte: 6, lt: m.threshold, color: themeColour("--color-warning-soft", "#fff4e0") },
          { gte: m.threshold, color: themeColour("--color-danger-soft", "#fdecea") },
        ],
      },
      series: [
        {
          type: "heatmap",
          label: {
            show: true,
            fontSize: 14,
            fontWeight: 700,
            color: strong,
            formatter: (p) => {
              const count = (p as { value: number[] }).value[2];
              return count ? String(count) : "";
            },
          },
          itemStyle: { borderColor: border, borderWidth: 3, borderRadius: 6 },
          emphasis: { itemStyle: { borderColor: themeColour("--color-primary", "#4338ca"), borderWidth: 2 } },
          data: m.cells.map((c: MatrixCell) => {
            const isSelected = selected?.likelihood === c.likelihood && selected.impact === c.impact;
            return {
              value: [c.impact - 1, c.likelihood - 1, c.count, c.score],
              ...(isSelected ? { itemStyle: { borderColor: themeColour("--color-primary", "#4338ca"), borderWidth: 3 } } : {}),
            };
          }),
        },
      ],
    };
  }, [data, selected, t]);

  return (
    <section className={`card dash-card ${className ?? ""}`} aria-labelledby={`${id}-h`} data-testid="chart-matrix">
      <div className="card-header">
        <div>
          <h2 id={`${id}-h`}>{t("matrix.title")}</h2>
          <p>{t("matrix.hint", { threshold: m.threshold })}</p>
        </div>
        <span className={`badge ${m.high ? "badge-danger" : "badge-success"}`}>{t("matrix.high", { count: m.high })}</span>
      </div>
      <div className="card-body dash-card-body">
        {m.total === 0 ? (
          <p className="dash-empty" data-testid="chart-matrix-empty">
            {t("matrix.empty")}
          </p>
        ) : (
          <>
            <EChart
              testId="matrix-chart"
              option={option}
              height={300}
              label={t("matrix.alt", {
                total: m.total,
                high: m.high,
                threshold: m.threshold,
                list: m.cells
                  .filter((c) => c.count)
                  .map((c) => t("matrix.altCell", { l: c.likelihood, i: c.impact, count: c.count }))
                  .join(", "),
              })}
              onClick={(e) => {
                const c = e.dataIndex !== undefined ? m.cells[e.dataIndex] : undefined;
                if (c?.count) setSelected({ likelihood: c.likelihood, impact: c.impact });
              }}
            />
            <Dialog
              open={!!current}
              onClose={() => setSelected(null)}
              title={
                current
                  ? t("matrix.cellTitle", { l: current.likelihood, i: current.impact, score: current.score, count: current.count })
                  : ""
              }
              testId="matrix-cell-risks"
            >
              {current && (
                <>
                  <ul className="dash-list">
                    {current.risks.map((r) => (
                      <li key={r.id}>
                        <span className={`badge ${BAND_CLASS[current.band]}`}>{r.score}</span>
                        <span className="dash-list-main">
                          <span>{riskCatalogueText((k, o) => t(`engagements:${k}`, o), r.catalogueKey, "title", r.title)}</span>
                          <Link to={`/partnerships/${r.engagementId}/risks`} className="small">
                            {r.engagementTitle} · {r.companyName}
                          </Link>
                        </span>
                      </li>
                    ))}
                  </ul>
                  {current.count > current.risks.length && (
                    <p className="small muted">{t("matrix.more", { count: current.count - current.risks.length })}</p>
                  )}
                </>
              )}
            </Dialog>
            <details className="dash-table">
              <summary className="small">{t("asTable")}</summary>
              <table className="table">
                <caption className="sr-only">{t("matrix.tableCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("matrix.likelihoodImpact")}</th>
                    {LEVELS.map((i) => (
                      <th key={i} scope="col" className="num">
                        {i}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...LEVELS].reverse().map((l) => (
                    <tr key={l}>
                      <th scope="row">{l}</th>
                      {LEVELS.map((i) => {
                        const c = cell(l, i);
                        return (
                          <td key={i} className="num">
                            {c.count ? (
                              <button
                                type="button"
                                className="link-button"
                                onClick={() => setSelected({ likelihood: l, impact: i })}
                                aria-label={t("matrix.showCell", { l, i, count: c.count })}
                              >
                                {c.count}
                              </button>
                            ) : (
                              0
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </div>
    </section>
  );
}
