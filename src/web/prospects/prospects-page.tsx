import "./prospects.css";
import { Compass, Settings2 } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { DataTable } from "../components/data-table";
import { EmptyState, PageHeader } from "../components/states";
import { EChart, themeColour, type ChartOption } from "../dashboard/echart";
import { useDebounced } from "../lib/use-debounced";
import { type Prospect, useProspects } from "./api";
import { FitBadge, TopReasons } from "./fit";
import { SettingsDialog } from "./settings-dialog";

/** Whom to approach next: companies not yet engaged, best fit first, each score explained; a chart places them by fit and risk. */
export default function ProspectsPage() {
  const { t } = useTranslation("prospects");
  const { isAdmin } = useActiveOrg();
  const [search, setSearch] = useState("");
  const [minScore, setMinScore] = useState(0);
  const [showExcluded, setShowExcluded] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const q = useProspects(showExcluded);
  const text = useDebounced(search.trim().toLowerCase(), 150);
  const rows = useMemo(
    () => (q.data?.items ?? []).filter((p) => p.fit.score >= minScore && (!text || p.name.toLowerCase().includes(text))),
    [q.data, minScore, text],
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <button type="button" className="btn" onClick={() => setSettingsOpen(true)} data-testid="prospect-settings-open">
            <Settings2 size={15} aria-hidden /> {t("settings.open")}
          </button>
        }
      />
      <div className="toolbar prospects-toolbar">
        <input
          type="search"
          className="input"
          placeholder={t("filters.search")}
          aria-label={t("filters.search")}
          value={search}
          maxLength={200}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="prospects-search"
        />
        <label className="row small">
          {t("filters.minScore")}
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={minScore}
            onChange={(e) => setMinScore(Number(e.target.value))}
            aria-valuetext={String(minScore)}
          />
          <span className="num">{minScore}</span>
        </label>
        <label className="row small">
          <input
            type="checkbox"
            checked={showExcluded}
            onChange={(e) => setShowExcluded(e.target.checked)}
            data-testid="prospects-excluded"
          />
          {t("filters.showExcluded")}
        </label>
      </div>
      {rows.length > 0 && <FitRiskChart prospects={rows} />}
      <DataTable
        rows={q.data ? rows : undefined}
        label={t("title")}
        testId="prospects-table"
        rowTestId="prospect-row"
        rowKey={(p) => p.companyId}
        rowHref={(p) => `/prospects/${p.companyId}`}
        empty={
          <div className="card">
            <EmptyState icon={Compass} title={t("empty.title")}>
              {t("empty.body")}
            </EmptyState>
          </div>
        }
        columns={[
          {
            id: "company",
            header: t("columns.company"),
            className: "wrap",
            cell: (p) => (
              <>
                <Link to={`/prospects/${p.companyId}`} className="cell-main">
                  {p.name}
                </Link>
                <div className="cell-sub">{[p.naceCode, p.country].filter(Boolean).join(" · ")}</div>
              </>
            ),
          },
          { id: "fit", header: t("columns.fit"), className: "num", cell: (p) => <FitBadge fit={p.fit} /> },
          { id: "why", header: t("columns.why"), className: "wrap hide-sm", cell: (p) => <TopReasons fit={p.fit} /> },
          {
            id: "risk",
            header: t("columns.risk"),
            className: "num hide-sm",
            cell: (p) => (p.riskScore === null ? <span className="muted small">{t("chart.notScreened")}</span> : p.riskScore),
          },
        ]}
      />
      {settingsOpen && <SettingsDialog open onClose={() => setSettingsOpen(false)} canEdit={isAdmin} />}
    </>
  );
}

/** Prospects placed by fit (across) and screening risk (up; unscreened at 0, hollow): the top-left corner is where to start. */
function FitRiskChart({ prospects }: { prospects: Prospect[] }) {
  const { t } = useTranslation("prospects");
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(() => {
    const accent = themeColour("--color-primary", "#1d4ed8");
    const point = (p: Prospect) => ({ value: [p.fit.score, p.riskScore ?? 0], name: p.name, id: p.companyId });
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 40 },
      tooltip: {
        trigger: "item",
        formatter: (x: unknown) => {
          const d = (x as { data: { name: string; value: [number, number] } }).data;
          return `${d.name}<br/>${t("chart.fit")}: ${d.value[0]} · ${t("chart.risk")}: ${d.value[1]}`;
        },
      },
      xAxis: { type: "value", min: 0, max: 100, name: t("chart.fit"), nameLocation: "middle", nameGap: 26 },
      yAxis: { type: "value", min: 0, max: 100, name: t("chart.risk"), nameLocation: "middle", nameGap: 32 },
      series: [
        { type: "scatter", symbolSize: 11, itemStyle: { color: accent }, data: prospects.filter((p) => p.riskScore !== null).map(point) },
        {
          type: "scatter",
          symbolSize: 11,
          itemStyle: { color: "transparent", borderColor: accent, borderWidth: 1.5 },
          data: prospects.filter((p) => p.riskScore === null).map(point),
        },
      ],
    };
  }, [prospects, t]);
  return (
    <section className="card prospects-chart" aria-labelledby="fit-risk-title">
      <div className="card-header">
        <h2 id="fit-risk-title">{t("chart.title")}</h2>
      </div>
      <div className="card-body">
        <EChart
          option={option}
          height={240}
          label={t("chart.label", { count: prospects.length })}
          onClick={(e) => {
            const id = (e.data as { id?: string } | undefined)?.id;
            if (id) navigate(`/prospects/${id}`);
          }}
          testId="fit-risk-chart"
        />
      </div>
    </section>
  );
}
