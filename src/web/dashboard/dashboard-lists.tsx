import type { LucideIcon } from "lucide-react";
import { CalendarClock, HeartPulse, ShieldAlert } from "lucide-react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate, formatNumber } from "../lib/format";
import type { Dashboard } from "./api";
import { riskCatalogueText } from "../lib/built-in";

/** Items a list shows on the dashboard (the API sends up to 10; the count says how many there are). */
const SHOWN = 6;
const OUTLOOK_CLASS = { likely: "badge-success", at_risk: "badge-warning", unlikely: "badge-danger" } as const;

/** A card listing the first few items of something that needs attention, with the full count. */
function ListCard({
  title,
  hint,
  count,
  icon: Icon,
  empty,
  more,
  testId,
  className,
  children,
}: {
  className?: string;
  title: string;
  hint: string;
  count: number;
  icon: LucideIcon;
  empty: string;
  more?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card dash-card ${className ?? ""}`} aria-labelledby={`${id}-h`} data-testid={testId}>
      <div className="card-header">
        <div className="row">
          <Icon size={17} aria-hidden className="muted" />
          <h2 id={`${id}-h`}>{title}</h2>
        </div>
        <span className={`badge ${count ? "badge-danger" : "badge-success"}`} data-testid={`${testId}-count`}>
          {formatNumber(count)}
        </span>
      </div>
      <div className="card-body dash-card-body">
        <p className="small muted">{hint}</p>
        {count === 0 ? <p className="dash-empty">{empty}</p> : <ul className="dash-list">{children}</ul>}
        {more}
      </div>
    </section>
  );
}

function More({ shown, count }: { shown: number; count: number }) {
  const { t } = useTranslation("dashboard");
  return count > shown ? <p className="small muted">{t("lists.more", { count: count - shown })}</p> : null;
}

export function OverdueList({ data, className }: { data: Dashboard; className?: string }) {
  const { t } = useTranslation("dashboard");
  const o = data.overdueCommitments;
  return (
    <ListCard
      className={className}
      testId="list-overdue"
      icon={CalendarClock}
      title={t("overdue.title")}
      hint={t("overdue.hint")}
      count={o.count}
      empty={t("overdue.empty")}
      more={<More shown={Math.min(SHOWN, o.items.length)} count={o.count} />}
    >
      {o.items.slice(0, SHOWN).map((c) => (
        <li key={c.id} data-testid="overdue-item">
          <span className="badge badge-danger" title={t("overdue.dueOn", { date: formatDate(c.dueOn) })}>
            {t("overdue.days", { count: c.daysOverdue })}
          </span>
          <span className="dash-list-main">
            <span>{c.what}</span>
            <span className="small muted">
              {c.who.name ? t(`overdue.by.${c.who.party}`, { name: c.who.name }) : t(`overdue.party.${c.who.party}`)} ·{" "}
              {t("overdue.dueOn", { date: formatDate(c.dueOn) })}
            </span>
            <Link to={`/partnerships/${c.engagementId}/commitments`} className="small">
              {c.engagementTitle} · {c.companyName}
            </Link>
          </span>
        </li>
      ))}
    </ListCard>
  );
}

export function HighRiskList({ data, className }: { data: Dashboard; className?: string }) {
  const { t } = useTranslation(["dashboard", "engagements"]);
  const r = data.risksAboveThreshold;
  return (
    <ListCard
      className={className}
      testId="list-risks"
      icon={ShieldAlert}
      title={t("risks.title")}
      hint={t("risks.hint", { threshold: r.threshold })}
      count={r.count}
      empty={t("risks.empty")}
      more={<More shown={Math.min(SHOWN, r.items.length)} count={r.count} />}
    >
      {r.items.slice(0, SHOWN).map((x) => (
        <li key={x.id} data-testid="risk-item">
          <span className="badge badge-danger" title={t("risks.score", { l: x.likelihood, i: x.impact })}>
            {x.score}
          </span>
          <span className="dash-list-main">
            <span>{riskCatalogueText((k, o) => t(`engagements:${k}`, o), x.catalogueKey, "title", x.title)}</span>
            <span className="small muted">{t("risks.score", { l: x.likelihood, i: x.impact })}</span>
            <Link to={`/partnerships/${x.engagementId}/risks`} className="small">
              {x.engagementTitle} · {x.companyName}
            </Link>
          </span>
        </li>
      ))}
    </ListCard>
  );
}

export function AtRiskList({ data, className }: { data: Dashboard; className?: string }) {
  const { t } = useTranslation(["dashboard", "engagements"]);
  const a = data.atRisk;
  return (
    <ListCard
      className={className}
      testId="list-at-risk"
      icon={HeartPulse}
      title={t("atRisk.title")}
      hint={t("atRisk.hint")}
      count={a.count}
      empty={t("atRisk.empty")}
      more={<More shown={Math.min(SHOWN, a.items.length)} count={a.count} />}
    >
      {a.items.slice(0, SHOWN).map((x) => (
        <li key={x.engagementId} data-testid="at-risk-item">
          <span className={`badge ${OUTLOOK_CLASS[x.outlook]}`} title={t(`atRisk.outlook.${x.outlook}`)}>
            {x.score}
          </span>
          <span className="dash-list-main">
            <Link to={`/partnerships/${x.engagementId}`}>{x.title}</Link>
            <span className="small muted">
              {x.companyName} · {t(`engagements:stages.${x.stage}`)} · {t(`atRisk.outlook.${x.outlook}`)}
            </span>
            {x.topFactors.length > 0 && (
              // The factors in the reader's language; the reasons' English sentences (topReasons) are for API clients.
              <span className="small">{x.topFactors.map((f) => t(`atRisk.factors.${f}`, { defaultValue: f })).join(" · ")}</span>
            )}
          </span>
        </li>
      ))}
    </ListCard>
  );
}
