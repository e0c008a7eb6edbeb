import "./health.css";
import { CalendarClock, HeartPulse } from "lucide-react";
import { useTranslation } from "react-i18next";
import { ErrorState, Loading } from "../components/states";
import { formatDate, formatNumber } from "../lib/format";
import { useEngagementHealth, type Health, type Outlook } from "./api";

// The health card of a running partnership: the score with its outlook, every factor as a bar with what
// was measured, the reasons (points lost, most first) and the renewal with a suggested next step.
// Texts come from the server's codes and values, so they read the same in every language.

const OUTLOOK_CLASS: Record<Outlook, string> = { likely: "badge-success", at_risk: "badge-warning", unlikely: "badge-danger" };

/** The continuation outlook as a coloured badge; `score` adds the score (compact, for tables), `title` a tooltip. */
export function OutlookBadge({ outlook, score, title }: { outlook: Outlook; score?: number; title?: string }) {
  const { t } = useTranslation("health");
  return (
    <span className={`badge ${OUTLOOK_CLASS[outlook]}`} data-testid="health-outlook" data-outlook={outlook} title={title}>
      {score !== undefined && (
        <>
          <span className="sr-only">{t("title")}: </span>
          <strong style={{ marginRight: 4 }}>{score}</strong>
        </>
      )}
      {score !== undefined ? t(`outlookShort.${outlook}`) : t(`outlook.${outlook}`)}
    </span>
  );
}

type Values = Record<string, string | number>;

/** Translates a factor or reason code with its values (dates formatted, factor keys named). */
export function useHealthText() {
  const { t } = useTranslation("health");
  return (code: string, values: Values, fallback: string) => {
    const v: Values = { ...values };
    if (typeof v.endDate === "string") v.endDate = formatDate(v.endDate);
    if (typeof v.factor === "string") v.factor = t(`factors.${v.factor}`);
    const count = v.count ?? v.days ?? v.total ?? v.due;
    return t(`codes.${code}`, { ...v, ...(typeof count === "number" ? { count } : {}), defaultValue: fallback });
  };
}

const band = (score: number) => (score >= 0.75 ? "good" : score >= 0.4 ? "fair" : "poor");

function Renewal({ renewal: r }: { renewal: Health["renewal"] }) {
  const { t } = useTranslation("health");
  const date = r.endDate ? formatDate(r.endDate) : "";
  const when =
    r.daysLeft === null
      ? t("renewal.noEnd")
      : r.daysLeft > 0
        ? t("renewal.endsIn", { count: r.daysLeft, date })
        : r.daysLeft === 0
          ? t("renewal.endsToday", { date })
          : t("renewal.ended", { count: -r.daysLeft, date });
  return (
    <div className={`health-renewal${r.due ? " due" : ""}`} data-testid="health-renewal" data-due={r.due}>
      <p className="row small" style={{ gap: 6, margin: 0, fontWeight: 600 }}>
        <CalendarClock size={15} aria-hidden /> {when}
      </p>
      <p className="small" style={{ margin: "4px 0 0" }}>
        <span className="muted">{t("renewal.next")}:</span>{" "}
        <span data-testid="health-next-step">{t(`renewal.steps.${r.nextStepCode}`, { defaultValue: r.suggestedNextStep })}</span>
      </p>
    </div>
  );
}

/** The health card of an engagement (render it only for agreed, active, reviewing or renewed engagements). */
export function HealthCard({ engagementId, stage }: { engagementId: string; stage: string }) {
  const { t } = useTranslation("health");
  const text = useHealthText();
  const q = useEngagementHealth(engagementId, stage);
  return (
    <section className="card" aria-labelledby="health-title" data-testid="health-card">
      <div className="card-header">
        <h2 id="health-title" className="row" style={{ gap: 6 }}>
          <HeartPulse size={17} aria-hidden /> {t("title")}
        </h2>
      </div>
      <div className="card-body stack" style={{ gap: 14 }}>
        {q.isPending ? (
          <Loading />
        ) : q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <>
            <div>
              <div className="health-score">
                <span className="health-score-number" data-testid="health-score">
                  {q.data.score}
                  <small> / 100</small>
                </span>
                <OutlookBadge outlook={q.data.outlook} />
              </div>
              <p className="small muted" style={{ margin: "6px 0 0" }}>
                {t("thresholds", q.data.thresholds)}
              </p>
            </div>
            <Renewal renewal={q.data.renewal} />
            <div>
              <h3 className="health-section-title">{t("why")}</h3>
              <ol className="health-reasons small" data-testid="health-reasons">
                {q.data.explanations.map((x, i) => (
                  <li key={i}>{text(x.code, x.values, x.text)}</li>
                ))}
              </ol>
            </div>
            <div>
              <h3 className="health-section-title">{t("factorsTitle")}</h3>
              <ul className="health-factors" data-testid="health-factors">
                {q.data.factors.map((f) => (
                  <li key={f.key} className="health-factor" data-testid="health-factor" data-factor={f.key}>
                    <div className="health-factor-head">
                      <span>{t(`factors.${f.key}`, { defaultValue: f.label })}</span>
                      <span className="muted">
                        {t("points", { points: formatNumber(Math.round(f.points * 10) / 10), weight: f.weight })}
                      </span>
                    </div>
                    <div className="progress" aria-hidden>
                      <div className={band(f.score)} style={{ width: `${Math.max(2, f.score * 100)}%` }} />
                    </div>
                    <div className="small muted">{text(f.code, f.values, f.detail)}</div>
                  </li>
                ))}
              </ul>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
