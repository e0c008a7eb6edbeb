import "./dashboard.css";
import { Handshake, X } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { EmptyState, ErrorState, Loading, PageHeader } from "../components/states";
import { useModes } from "../engagements/api";
import { useModeLabel } from "../engagements/badges";
import { formatDateTime, formatNumber } from "../lib/format";
import { useMembers } from "../lib/members";
import { boardLink, useDashboard, type Dashboard, type DashboardFilters } from "./api";
import { ModeChart, PipelineChart, SizeChart, ValueChart } from "./dashboard-charts";
import { AtRiskList, HighRiskList, OverdueList } from "./dashboard-lists";
import { RiskHeatmap } from "./risk-heatmap";

/** The dashboard: the pipeline, the portfolio's make-up and value, and what needs attention now. */
export default function DashboardPage() {
  const { t } = useTranslation("dashboard");
  const [params, setParams] = useSearchParams();
  const filters = useMemo<DashboardFilters>(() => ({ owner: params.get("owner") ?? "", mode: params.get("mode") ?? "" }), [params]);
  const dashboard = useDashboard(filters);
  const update = (patch: Partial<DashboardFilters>) => {
    const next = { ...filters, ...patch };
    const p = new URLSearchParams();
    if (next.owner) p.set("owner", next.owner);
    if (next.mode) p.set("mode", next.mode);
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<Filters filters={filters} onChange={update} />} />
      {dashboard.isPending ? (
        <Loading label={t("loading")} />
      ) : dashboard.error ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <Content data={dashboard.data} filters={filters} stale={dashboard.isPlaceholderData} />
      )}
    </>
  );
}

function Filters({ filters, onChange }: { filters: DashboardFilters; onChange: (patch: Partial<DashboardFilters>) => void }) {
  const { t } = useTranslation(["dashboard", "engagements"]);
  const members = useMembers();
  const modes = useModes();
  const modeLabel = useModeLabel();
  return (
    <div className="row" role="group" aria-label={t("filters.label")}>
      <label className={`chip ${filters.owner ? "active" : ""}`}>
        <span>{t("engagements:fields.owner")}:</span>
        <select value={filters.owner} onChange={(e) => onChange({ owner: e.target.value })} data-testid="dashboard-owner">
          <option value="">{t("engagements:filters.anyone")}</option>
          <option value="none">{t("engagements:filters.noOwner")}</option>
          {members.data?.items.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className={`chip ${filters.mode ? "active" : ""}`}>
        <span>{t("filters.mode")}:</span>
        <select value={filters.mode} onChange={(e) => onChange({ mode: e.target.value })} data-testid="dashboard-mode">
          <option value="">{t("filters.allModes")}</option>
          {modes.data?.items.map((m) => (
            <option key={m.key} value={m.key}>
              {modeLabel(m.key)}
            </option>
          ))}
        </select>
      </label>
      {(filters.owner || filters.mode) && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange({ owner: "", mode: "" })}>
          <X size={14} aria-hidden /> {t("common:filters.clearAll")}
        </button>
      )}
    </div>
  );
}

function Content({ data, filters, stale }: { data: Dashboard; filters: DashboardFilters; stale: boolean }) {
  const { t } = useTranslation("dashboard");
  const filtered = !!(filters.owner || filters.mode);
  const kpis = [
    { key: "open", value: data.totals.open, to: boardLink(filters) },
    { key: "running", value: data.totals.running, to: boardLink(filters, { stage: "agreed,active,reviewing,renewed" }) },
    { key: "overdue", value: data.overdueCommitments.count, alert: true },
    { key: "highRisks", value: data.risksAboveThreshold.count, alert: true },
    { key: "atRisk", value: data.atRisk.count, alert: true },
  ];
  return (
    <div aria-busy={stale} style={{ opacity: stale ? 0.6 : 1, transition: "opacity 120ms" }} data-testid="dashboard">
      {data.totals.open === 0 && data.totals.ended === 0 && (
        <div className="card" style={{ marginBottom: "var(--space-6)" }} data-testid="dashboard-empty">
          <EmptyState
            icon={Handshake}
            title={filtered ? t("empty.filteredTitle") : t("empty.title")}
            action={
              <Link className="btn btn-primary" to="/partnerships">
                {t("empty.action")}
              </Link>
            }
          >
            {filtered ? t("empty.filteredBody") : t("empty.body")}
          </EmptyState>
        </div>
      )}
      <div className="dash-kpis">
        {kpis.map((k) => {
          const body = (
            <>
              <span className="value">{formatNumber(k.value)}</span>
              <span className="label">{t(`kpis.${k.key}`)}</span>
            </>
          );
          const cls = `card dash-kpi ${k.alert && k.value > 0 ? "dash-kpi-alert" : ""}`;
          return k.to ? (
            <Link key={k.key} to={k.to} className={cls} data-testid={`kpi-${k.key}`}>
              {body}
            </Link>
          ) : (
            <div key={k.key} className={cls} data-testid={`kpi-${k.key}`}>
              {body}
            </div>
          );
        })}
      </div>
      <div className="dash-grid">
        <PipelineChart data={data} filters={filters} className="span-7" />
        <RiskHeatmap data={data} className="span-5" />
        <OverdueList data={data} className="span-4" />
        <HighRiskList data={data} className="span-4" />
        <AtRiskList data={data} className="span-4" />
        <ModeChart data={data} filters={filters} className="span-7" />
        <SizeChart data={data} className="span-5" />
        <ValueChart data={data} />
      </div>
      <p className="small muted" style={{ marginTop: "var(--space-4)" }}>
        {t("generatedAt", { at: formatDateTime(data.generatedAt) })} · <Link to="/partnerships">{t("openBoard")}</Link>
      </p>
    </div>
  );
}
