import { AlertTriangle, CheckCircle2, Flag, Pencil, UserPlus } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ErrorState, Loading } from "../components/states";
import { useToast } from "../components/toast";
import { HealthCard } from "../health/health-card";
import { isHealthStage } from "../health/api";
import { formatDate, formatDateTime, formatNumber } from "../lib/format";
import i18n from "../lib/i18n";
import { useResolveFlag, useStageHistory, type Engagement } from "./api";
import { ActivityTimeline } from "./activity-timeline";
import { ScreeningBadge, StageBadge } from "./badges";
import { TasksPanel } from "./tasks-panel";
import { KnowledgeSuggestions } from "../knowledge/suggestions";
import { EngagementProposals } from "../prospects/engagement-proposals";

// The sections of the engagement page: overview (details, timeline, flags, contacts, next steps, screening) and stage history.

function money(amount: number | null, currency: string | null): string {
  if (amount === null) return "";
  try {
    return currency
      ? new Intl.NumberFormat(i18n.language, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount)
      : formatNumber(amount);
  } catch {
    return `${formatNumber(amount)} ${currency ?? ""}`.trim();
  }
}

/** Details, timeline, flags, company contacts, next steps and screening of an engagement. */
export function Overview({ engagement: e, onEdit }: { engagement: Engagement; onEdit?: () => void }) {
  const { t } = useTranslation("engagements");
  const dash = <span className="muted">—</span>;
  const v = e.expectedValue;
  return (
    <div className="grid-2">
      <div className="stack-lg">
        <section className="card" aria-labelledby="details-title">
          <div className="card-header">
            <h2 id="details-title">{t("detail.details")}</h2>
            {onEdit && (
              <button type="button" className="btn btn-sm" onClick={onEdit}>
                <Pencil size={14} aria-hidden /> {t("common:actions.edit")}
              </button>
            )}
          </div>
          <div className="card-body">
            <dl className="dl" data-testid="engagement-details">
              <dt>{t("fields.goals")}</dt>
              <dd style={{ whiteSpace: "pre-wrap" }}>{e.goals ?? <span className="muted">{t("detail.noGoals")}</span>}</dd>
              <dt>{t("fields.initiatedBy")}</dt>
              <dd>{e.initiatedBy ? t(`initiators.${e.initiatedBy}`) : dash}</dd>
              <dt>{t("fields.moneyAmount")}</dt>
              <dd>{v.moneyAmount !== null ? money(v.moneyAmount, v.currency) : dash}</dd>
              <dt>{t("fields.inKind")}</dt>
              <dd>
                {v.inKindDescription || v.inKindValue !== null ? (
                  <>
                    {v.inKindDescription}
                    {v.inKindValue !== null && (
                      <span className="muted"> ({t("detail.estimated", { value: money(v.inKindValue, v.currency) })})</span>
                    )}
                  </>
                ) : (
                  dash
                )}
              </dd>
              <dt>{t("fields.nonMonetaryValue")}</dt>
              <dd>{v.nonMonetaryValue ?? dash}</dd>
              <dt>{t("fields.owner")}</dt>
              <dd>{e.owner?.name ?? dash}</dd>
              <dt>{t("fields.team")}</dt>
              <dd>{e.team.length ? e.team.map((m) => m.name).join(", ") : dash}</dd>
              <dt>{t("detail.created")}</dt>
              <dd className="small">{t("detail.byOn", { date: formatDate(e.createdAt), name: e.createdBy?.name ?? "—" })}</dd>
              <dt>{t("detail.inStageSince")}</dt>
              <dd className="small">{formatDate(e.stageChangedAt)}</dd>
            </dl>
          </div>
        </section>
        <ActivityTimeline engagementId={e.id} companyId={e.companyId} />
      </div>
      <div className="stack-lg">
        {isHealthStage(e.stage) && <HealthCard engagementId={e.id} stage={e.stage} />}
        {e.flags.length > 0 && <Flags engagement={e} />}
        <Contacts engagement={e} onEdit={onEdit} />
        <TasksPanel engagementId={e.id} limit={5} />
        <EngagementProposals engagementId={e.id} companyId={e.companyId} />
        <KnowledgeSuggestions modes={e.modes} stage={e.stage} />
        <section className="card" aria-labelledby="screening-title">
          <div className="card-header">
            <h2 id="screening-title">{t("fields.screening")}</h2>
          </div>
          <div className="card-body stack" style={{ gap: 8 }}>
            <div>
              <ScreeningBadge screening={e.screening} />
            </div>
            <p className="small muted">
              {e.screening ? t("screening.explainDecided", { date: formatDate(e.screening.decidedAt) }) : t("screening.explainNone")}
            </p>
            <Link to={`/companies/${e.company.id}`} className="small">
              {t("screening.openCompany", { company: e.company.name })}
            </Link>
          </div>
        </section>
      </div>
    </div>
  );
}

function Contacts({ engagement: e, onEdit }: { engagement: Engagement; onEdit?: () => void }) {
  const { t } = useTranslation("engagements");
  const active = e.contacts.filter((c) => c.active);
  const former = e.contacts.filter((c) => !c.active);
  return (
    <section className="card" aria-labelledby="eng-contacts-title" data-testid="engagement-contacts">
      <div className="card-header">
        <h2 id="eng-contacts-title">{t("fields.companyContacts")}</h2>
        {onEdit && (
          <button type="button" className="btn btn-sm" onClick={onEdit} data-testid="choose-contacts">
            <UserPlus size={14} aria-hidden /> {t("detail.chooseContacts")}
          </button>
        )}
      </div>
      <div className="card-body stack" style={{ gap: 8 }}>
        {active.length === 1 && !e.warnings.includes("single_company_contact") && (
          <div className="alert alert-warning" role="status">
            <AlertTriangle size={16} aria-hidden /> {t("warnings.single_company_contactHint")}
          </div>
        )}
        {e.contacts.length === 0 ? (
          <p className="muted small">{t("detail.noContacts")}</p>
        ) : (
          // Spaced so each name is a 24 px target (WCAG 2.5.8): engagements often list two contacts.
          <ul className="menu" style={{ display: "grid", gap: 6 }}>
            {active.map((c) => (
              <li key={c.id} className="row">
                <Link to={`/contacts/${c.id}`}>{c.name}</Link>
              </li>
            ))}
            {former.map((c) => (
              <li key={c.id} className="row">
                <Link to={`/contacts/${c.id}`}>{c.name}</Link>
                <span className="badge badge-warning">{t("contacts.left")}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function Flags({ engagement: e }: { engagement: Engagement }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const resolve = useResolveFlag(e.id);
  const toast = useToast();
  return (
    <section className="card" aria-labelledby="flags-title" data-testid="engagement-flags">
      <div className="card-header">
        <h2 id="flags-title" className="row">
          <Flag size={16} aria-hidden /> {t("flags.title")}
        </h2>
      </div>
      <ul className="task-list">
        {e.flags.map((f) => (
          <li key={f.id} className="flag-item" data-testid="flag">
            <div className="task-main">
              <span>
                {t(`flags.${f.kind}`, {
                  defaultValue: f.message,
                  name: e.contacts.find((c) => c.id === f.contactId)?.name ?? t("flags.someone"),
                  company: e.company.name,
                })}
              </span>
              <span className="task-sub">
                {formatDateTime(f.createdAt)}
                {f.taskId && <Link to={`/partnerships/${e.id}/tasks`}>{t("flags.handoverTask")}</Link>}
              </span>
            </div>
            {canWrite && (
              <button
                type="button"
                className="btn btn-sm"
                disabled={resolve.isPending}
                onClick={() => resolve.mutate(f.id, { onSuccess: () => toast.success(t("flags.resolved")) })}
                data-testid="flag-resolve"
              >
                <CheckCircle2 size={14} aria-hidden /> {t("flags.resolve")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every stage move, newest first, with override and ending reasons. */
export function StageHistory({ engagement: e }: { engagement: Engagement }) {
  const { t } = useTranslation("engagements");
  const q = useStageHistory(e.id);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <section className="card" aria-labelledby="history-title">
      <div className="card-header">
        <h2 id="history-title">{t("history.title")}</h2>
      </div>
      <div className="table-wrap flat">
        <table className="table" data-testid="stage-history">
          <thead>
            <tr>
              <th scope="col">{t("history.when")}</th>
              <th scope="col">{t("history.move")}</th>
              <th scope="col">{t("history.by")}</th>
              <th scope="col">{t("history.notes")}</th>
            </tr>
          </thead>
          <tbody>
            {[...q.data.items].reverse().map((h) => (
              <tr key={h.id} data-testid="stage-change">
                <td className="small">{formatDateTime(h.changedAt)}</td>
                <td>
                  <span className="row">
                    {h.fromStage ? <StageBadge stage={h.fromStage} /> : <span className="muted small">{t("history.created")}</span>}
                    <span aria-hidden>→</span>
                    <span className="sr-only">{t("history.to")}</span>
                    <StageBadge stage={h.toStage} />
                  </span>
                </td>
                <td className="small">{h.changedBy?.name ?? "—"}</td>
                <td className="wrap small">
                  {h.overrideReason && (
                    <div>
                      <strong>{t("history.override")}</strong> {h.overrideReason}
                    </div>
                  )}
                  {h.endedReason && (
                    <div>
                      <strong>{t("history.endedReason")}</strong> {h.endedReason}
                    </div>
                  )}
                  {h.screeningDecision && (
                    <div className="muted">{t("history.screeningAtMove", { decision: t(`screening.${h.screeningDecision}`) })}</div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
