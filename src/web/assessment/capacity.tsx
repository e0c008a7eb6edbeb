import { Download } from "lucide-react";
import Papa from "papaparse";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ChartCard } from "../dashboard/chart-card";
import { chartText, EChart, themeColour, type ChartOption } from "../dashboard/echart";
import { saveBlob } from "../lib/download";
import { useActiveOrg } from "../app/session";
import { FormError } from "../components/field";
import { usePeerConsent, useHeatmap, useProfile } from "./api";

const NEEDS = ["knowledge", "selection", "presentation", "initiation", "risk", "sustaining"] as const;
const PRACTICES = 3;

/** The knowledge hub's items tagged with a gap's need (the reader's language first). */
function GapKnowledge({ items, lang }: { items: Array<{ id: string; title: string; language: string }>; lang: string }) {
  const { t } = useTranslation("assessment");
  const shown = [...items].sort((a, b) => Number(b.language === lang) - Number(a.language === lang)).slice(0, 4);
  return (
    <div className="small" data-testid="gap-knowledge">
      <span className="muted">{t("profile.knowledge")}</span>{" "}
      {shown.length === 0 ? (
        <span className="muted">{t("profile.noKnowledge")}</span>
      ) : (
        <ul>
          {shown.map((k) => (
            <li key={k.id}>
              <Link to={`/knowledge/${k.id}`} data-testid="gap-knowledge-item">
                {k.title}
              </Link>{" "}
              <span className="muted">· {k.language.toUpperCase()}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Member organisations strong where this one has a gap (only those that agreed to be named). */
function GapPeers({ organizations }: { organizations: Array<{ organizationId: string; name: string }> }) {
  const { t } = useTranslation("assessment");
  return (
    <div className="small" data-testid="gap-peers">
      <span className="muted">{t("profile.peers")}</span>{" "}
      {organizations.length === 0 ? (
        <span className="muted">{t("profile.noPeers")}</span>
      ) : (
        <span data-testid="gap-peer-names">{organizations.map((o) => o.name).join(", ")}</span>
      )}
    </div>
  );
}

/** The organisation's own choice to be named as a peer; owners and admins change it. */
function PeerConsentSwitch({ networkId, consent }: { networkId: string; consent: boolean }) {
  const { t } = useTranslation("assessment");
  const { isAdmin } = useActiveOrg();
  const set = usePeerConsent(networkId);
  return (
    <div className="stack" style={{ borderTop: "1px solid var(--color-border)", paddingTop: "var(--space-3)" }}>
      <label className="row small" style={{ gap: 8, alignItems: "flex-start" }}>
        <input
          type="checkbox"
          checked={set.isPending ? !!set.variables : consent}
          disabled={!isAdmin || set.isPending}
          onChange={(e) => set.mutate(e.target.checked)}
          data-testid="peer-consent"
        />
        <span>
          {t("profile.peerConsent")}
          <br />
          <span className="muted">{isAdmin ? t("profile.peerConsentHint") : t("profile.peerConsentAdmins")}</span>
        </span>
      </label>
      <FormError error={set.error} />
    </div>
  );
}

/** The organisation's capacity profile next to the network median, with next steps for each gap. */
export function CapacityProfileCard({ roundId, networkId }: { roundId: string; networkId: string }) {
  const { t, i18n } = useTranslation("assessment");
  const lang = i18n.language.startsWith("de") ? "de" : "en";
  const q = useProfile(roundId);
  const p = q.data;
  const option = useMemo<ChartOption | null>(() => {
    if (!p?.submitted) return null;
    const text = chartText();
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: text },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", max: 100, splitNumber: 4, axisLabel: text },
      yAxis: {
        type: "category",
        inverse: true,
        data: NEEDS.map((n) => t(`needs.${n}`)),
        axisTick: { show: false },
        axisLabel: { ...text, color: themeColour("--color-text", "#15171c"), width: 200, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          name: t("profile.yours"),
          barMaxWidth: 14,
          itemStyle: { color: themeColour("--color-primary", "#4338ca") },
          data: p.needs.map((n) => n.score ?? 0),
        },
        {
          type: "bar",
          name: t("profile.median"),
          barMaxWidth: 14,
          itemStyle: { color: themeColour("--color-text-muted", "#8a8f98") },
          data: NEEDS.map((n) => p.median[n] ?? 0),
        },
      ],
    };
  }, [p, t]);
  if (!p) return null;
  const gaps = p.needs.filter((n) => n.gap);
  return (
    <ChartCard
      title={t("profile.title")}
      hint={t("profile.hint")}
      empty={!p.submitted}
      emptyText={t("profile.notSubmitted")}
      testId="capacity-profile"
      table={{
        caption: t("profile.title"),
        columns: [t("profile.need"), t("profile.yours"), t("profile.median")],
        rows: p.needs.map((n) => ({ key: n.need, cells: [t(`needs.${n.need}`), n.score ?? "—", p.median[n.need] ?? "—"] })),
      }}
    >
      {option && <EChart option={option} height={260} label={t("profile.title")} testId="capacity-chart" />}
      <div className="stack" data-testid="capacity-steps">
        <h3 className="small">{gaps.length ? t("profile.nextSteps") : t("profile.noGaps")}</h3>
        {gaps.map((g) => (
          <div key={g.need}>
            <strong>{t(`needs.${g.need}`)}</strong>
            <ul>
              {Array.from({ length: PRACTICES }, (_, i) => (
                <li key={i}>{t(`practices.${g.need}.${i}`)}</li>
              ))}
            </ul>
            <GapKnowledge items={p.gapKnowledge.find((k) => k.need === g.need)?.items ?? []} lang={lang} />
            <GapPeers organizations={p.gapPeers.find((k) => k.need === g.need)?.organizations ?? []} />
          </div>
        ))}
      </div>
      <PeerConsentSwitch networkId={networkId} consent={p.peerConsent} />
    </ChartCard>
  );
}

/** The coordinator's heat map: organisations × six needs, with a CSV export. */
export function HeatmapCard({ roundId }: { roundId: string }) {
  const { t } = useTranslation("assessment");
  const q = useHeatmap(roundId);
  const h = q.data;
  const option = useMemo<ChartOption | null>(() => {
    if (!h?.organizations.length) return null;
    const text = chartText();
    const data = h.organizations.flatMap((o, y) => o.needs.map((n, x) => [x, y, n.score ?? "-"]));
    return {
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      tooltip: { position: "top" },
      xAxis: { type: "category", data: NEEDS.map((n) => t(`needs.short.${n}`)), axisLabel: text, splitArea: { show: true } },
      yAxis: {
        type: "category",
        inverse: true,
        data: h.organizations.map((o) => o.name),
        axisLabel: { ...text, width: 180, overflow: "truncate" },
      },
      visualMap: {
        type: "piecewise",
        orient: "horizontal",
        left: "center",
        bottom: 0,
        textStyle: text,
        pieces: [
          { min: 0, max: 32, label: t("heatmap.low"), color: themeColour("--color-success-soft", "#d1fae5") },
          { min: 33, max: 49, label: t("heatmap.some"), color: themeColour("--color-warning-soft", "#fef3c7") },
          { min: 50, max: 100, label: t("heatmap.gap"), color: themeColour("--color-danger-soft", "#fecaca") },
        ],
      },
      series: [{ type: "heatmap", data, label: { show: true, ...text }, itemStyle: { borderColor: "#fff", borderWidth: 2 } }],
    };
  }, [h, t]);
  if (!h) return null;
  const download = () => {
    const rows = [["organisation", ...NEEDS], ...h.organizations.map((o) => [o.name, ...o.needs.map((n) => (n.score ?? "").toString())])];
    rows.push(["network median", ...NEEDS.map((n) => (h.median[n] ?? "").toString())]);
    // Organisation names are the members' own: a name starting with = + - @ must stay text in a spreadsheet.
    const csv = Papa.unparse(rows, { escapeFormulae: true, newline: "\n" });
    saveBlob(new Blob([`\uFEFF${csv}\n`], { type: "text/csv;charset=utf-8" }), "capacity-heatmap.csv");
  };
  return (
    <ChartCard
      title={t("heatmap.title")}
      hint={t("heatmap.hint")}
      empty={!h.organizations.length}
      emptyText={t("heatmap.empty")}
      testId="capacity-heatmap"
      actions={
        h.organizations.length > 0 && (
          <button type="button" className="btn btn-sm" onClick={download} data-testid="heatmap-export">
            <Download size={14} aria-hidden /> {t("heatmap.export")}
          </button>
        )
      }
      table={{
        caption: t("heatmap.title"),
        columns: [t("round.organisation"), ...NEEDS.map((n) => t(`needs.short.${n}`))],
        rows: [
          ...h.organizations.map((o) => ({ key: o.organizationId, cells: [o.name, ...o.needs.map((n) => n.score ?? "—")] })),
          { key: "median", cells: [t("profile.median"), ...NEEDS.map((n) => h.median[n] ?? "—")] },
        ],
      }}
    >
      {option && (
        <EChart
          option={option}
          height={Math.max(160, h.organizations.length * 36 + 90)}
          label={t("heatmap.title")}
          testId="heatmap-chart"
        />
      )}
    </ChartCard>
  );
}
