import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Screening } from "./api";
import { useScreeningText } from "./signal-text";

type Risk = Screening["risk"];

const LEVEL_CLASS: Record<Risk["level"], string> = {
  low: "badge-success",
  medium: "badge-warning",
  high: "badge-danger",
  critical: "badge-danger",
};

export function RiskLevelBadge({ level }: { level: Risk["level"] }) {
  const { t } = useTranslation("screening");
  return (
    <span className={`badge ${LEVEL_CLASS[level]}`} data-testid="risk-level">
      {t(`level.${level}`)}
    </span>
  );
}

/** The explained risk: score, level, why it is critical, uncertainty, and every factor as a list and a bar chart. */
export function RiskSummary({ risk }: { risk: Risk }) {
  const { t } = useTranslation("screening");
  const text = useScreeningText();
  const factors = risk.factors.filter((f) => f.points !== 0 || f.effect === "critical" || f.effect === "set_aside");
  const critical = risk.criticalReasons?.map(text.criticalReason) ?? risk.criticalBecause;
  return (
    <section className="card" aria-labelledby="risk-title" data-testid="risk-summary">
      <div className="card-header">
        <h2 id="risk-title">{t("risk.title")}</h2>
        <RiskLevelBadge level={risk.level} />
      </div>
      <div className="card-body stack">
        <div className="sc-score">
          <span className="sc-score-num" data-testid="risk-score">
            {risk.score}
          </span>
          <span className="muted small">
            {t("risk.outOf", { medium: risk.thresholds.medium, high: risk.thresholds.high, critical: risk.thresholds.critical })}
          </span>
        </div>
        <ScoreMeter risk={risk} />
        {critical.length > 0 && (
          <div className="alert alert-danger" role="note">
            <div>
              <strong>{t("risk.criticalBecause")}</strong>
              <ul className="sc-list">
                {critical.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <p className="small" style={{ margin: 0 }} data-testid="risk-uncertainty">
          {t("risk.uncertainty", {
            unknown: risk.uncertainty.unknown,
            unanswered: risk.uncertainty.unanswered,
            applicable: risk.uncertainty.applicable,
            level: t(`level.${risk.uncertainty.level}`),
          })}
        </p>
        {factors.length === 0 ? (
          <p className="muted small">{t("risk.noFactors")}</p>
        ) : (
          <>
            <FactorChart factors={factors} />
            <ul className="sc-factors" data-testid="risk-factors">
              {factors.map((f) => (
                <li key={`${f.source}:${f.key}`} data-testid="risk-factor">
                  <span className={`sc-points ${f.points > 0 ? "up" : f.points < 0 ? "down" : ""}`}>
                    {f.points > 0 ? `+${f.points}` : f.points}
                  </span>
                  <span>
                    <strong>{text.factorLabel(f)}</strong> <span className="badge">{t(`effect.${f.effect}`)}</span>
                    <span className="small muted" style={{ display: "block" }}>
                      {text.factorDetail(f)}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function ScoreMeter({ risk }: { risk: Risk }) {
  const { t } = useTranslation("screening");
  return (
    <div
      className="sc-meter"
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={risk.score}
      aria-valuetext={t("risk.meterText", { score: risk.score, level: t(`level.${risk.level}`) })}
      aria-label={t("risk.score")}
    >
      <span className={`sc-meter-fill lvl-${risk.level}`} style={{ width: `${risk.score}%` }} />
      {[risk.thresholds.medium, risk.thresholds.high, risk.thresholds.critical].map((x) => (
        <span key={x} className="sc-meter-tick" style={{ left: `${x}%` }} aria-hidden />
      ))}
    </div>
  );
}

/** A horizontal bar chart of the factors (raising to the right, lowering to the left), with a text alternative. */
function FactorChart({ factors }: { factors: Risk["factors"] }) {
  const { t } = useTranslation("screening");
  const text = useScreeningText();
  const titleId = useId();
  const descId = useId();
  const shown = factors.filter((f) => f.points !== 0).slice(0, 12);
  if (shown.length === 0) return null;
  const max = Math.max(...shown.map((f) => Math.abs(f.points)), 1);
  const rowH = 22;
  // The labels (up to 26 characters) take the left part: wide enough that none is cut at the chart's edge.
  const width = 440;
  const mid = 200;
  const height = shown.length * rowH + 8;
  const label = (f: Risk["factors"][number]) => text.factorLabel(f);
  const desc = shown.map((f) => `${label(f)}: ${f.points > 0 ? "+" : ""}${f.points}`).join("; ");
  return (
    <svg
      className="sc-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      data-testid="risk-chart"
    >
      <title id={titleId}>{t("risk.chartTitle")}</title>
      <desc id={descId}>{desc}</desc>
      <line x1={mid} x2={mid} y1={0} y2={height} stroke="var(--color-border-strong, #999)" />
      {shown.map((f, i) => {
        const w = (Math.abs(f.points) / max) * (Math.min(mid, width - mid) - 40);
        const y = 4 + i * rowH;
        const up = f.points > 0;
        return (
          <g key={`${f.source}:${f.key}`}>
            <rect
              x={up ? mid : mid - w}
              y={y}
              width={Math.max(w, 1)}
              height={rowH - 8}
              rx={3}
              fill={up ? "var(--color-danger)" : "var(--color-success)"}
            />
            <text x={up ? mid + w + 4 : mid - w - 4} y={y + rowH - 11} fontSize={11} textAnchor={up ? "start" : "end"} fill="currentColor">
              {up ? `+${f.points}` : f.points}
            </text>
            <text x={up ? mid - 6 : mid + 6} y={y + rowH - 11} fontSize={11} textAnchor={up ? "end" : "start"} fill="currentColor">
              {label(f).length > 26 ? `${label(f).slice(0, 25)}…` : label(f)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
