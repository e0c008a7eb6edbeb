import "./engagements.css";
import { AlertTriangle, Building2, CheckCircle2, Flag, Pencil, Trash2, UserPlus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, NavLink, useNavigate, useParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate, formatDateTime, formatNumber } from "../lib/format";
import i18n from "../lib/i18n";
import { STAGES, useDeleteEngagement, useEngagement, useResolveFlag, useStageHistory, type Engagement, type EngagementStage } from "./api";
import { ActivityTimeline } from "./activity-timeline";
import { ModeBadges, ScreeningBadge, StageBadge } from "./badges";
import { EngagementFormDialog } from "./engagement-form";
import { MoveMenu, useStageMove } from "./stage-move";
import { TasksPanel } from "./tasks-panel";
import { AcknowledgementsTab } from "./partnership/acks-tab";
import { AgreementTab } from "./partnership/agreement-tab";
import { useModules } from "./partnership/api";
import { CheckInsTab } from "./partnership/checkins-tab";
import { CommitmentsTab } from "./partnership/commitments-tab";
import { RisksTab } from "./partnership/risks-tab";

const TABS = ["overview", "timeline", "tasks", "history"] as const;
// Tabs of the agreements, risks and acknowledgements modules, shown when this server offers them.
const MODULE_TABS = { agreement: "agreements", commitments: "agreements", "check-ins": "agreements", risks: "risks", acknowledgements: "acks" } as const;
type ModuleTab = keyof typeof MODULE_TABS;

function money(amount: number | null, currency: string | null): string {
  if (amount === null) return "";
  try {
    return currency ? new Intl.NumberFormat(i18n.language, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount) : formatNumber(amount);
  } catch {
    return `${formatNumber(amount)} ${currency ?? ""}`.trim();
  }
}

/** One engagement: header with stage and allowed moves, details, contacts, flags, timeline, tasks and stage history. */
export default function EngagementPage() {
  const { id = "", tab = "overview" } = useParams();
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const q = useEngagement(id);
  const navigate = useNavigate();
  const toast = useToast();
  const del = useDeleteEngagement();
  const { request, dialogs } = useStageMove();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const modules = useModules(id);
  const moduleTabs = (Object.keys(MODULE_TABS) as ModuleTab[]).filter((x) => modules[MODULE_TABS[x]]);
  const tabs = [...TABS.slice(0, 3), ...moduleTabs, "history"] as string[];

  const absentModule = tab in MODULE_TABS && modules[MODULE_TABS[tab as ModuleTab]] === false;
  if ((!(TABS as readonly string[]).includes(tab) && !(tab in MODULE_TABS)) || absentModule) return <Navigate to={`/partnerships/${id}`} replace />;
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const e = q.data;

  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/partnerships">{t("list.title")}</Link> <span aria-hidden>/</span> <span>{e.title}</span>
          </>
        }
        title={<span data-testid="engagement-title">{e.title}</span>}
        description={
          <span className="row" style={{ marginTop: 6 }}>
            <Link to={`/companies/${e.company.id}`} className="row" style={{ display: "inline-flex", gap: 4 }} data-testid="engagement-company-link">
              <Building2 size={14} aria-hidden /> {e.company.name}
            </Link>
            <StageBadge stage={e.stage} />
            <ScreeningBadge screening={e.screening} />
            <ModeBadges modes={e.modes} max={4} />
            <span className="small muted" data-testid="engagement-owner">
              {e.owner ? t("detail.ownedBy", { name: e.owner.name }) : t("board.noOwner")}
              {e.team.length > 0 && ` · ${t("detail.withTeam", { names: e.team.map((m) => m.name).join(", ") })}`}
            </span>
          </span>
        }
        actions={
          canWrite && (
            <>
              <MoveMenu target={e} allowed={e.allowedMoves} onMove={(to) => request(e, to)} />
              <button type="button" className="btn" onClick={() => setEditing(true)} data-testid="engagement-edit">
                <Pencil size={15} aria-hidden /> {t("common:actions.edit")}
              </button>
              <button type="button" className="btn btn-ghost btn-icon" onClick={() => setDeleting(true)} aria-label={t("detail.delete")} title={t("detail.delete")} data-testid="engagement-delete">
                <Trash2 size={16} aria-hidden />
              </button>
            </>
          )
        }
      />

      <StageTrack engagement={e} />

      {(e.warnings.length > 0 || e.flags.length > 0) && (
        <div className="alert alert-warning" role="status" style={{ marginBottom: 20 }}>
          <AlertTriangle size={16} aria-hidden />
          <div className="stack" style={{ gap: 4 }}>
            {e.warnings.map((w) => (
              <span key={w}>{t(`warnings.${w}Hint`)}</span>
            ))}
            {e.flags.length > 0 && <span>{t("flags.summary", { count: e.flags.length })}</span>}
          </div>
        </div>
      )}

      <nav className="tabs" aria-label={t("detail.sections")}>
        {tabs.map((x) => (
          <NavLink key={x} to={x === "overview" ? `/partnerships/${e.id}` : `/partnerships/${e.id}/${x}`} end className="tab" data-testid={`engagement-tab-${x}`}>
            {t(`detail.tabs.${x}`)}
          </NavLink>
        ))}
      </nav>

      {tab === "overview" && <Overview engagement={e} onEdit={canWrite ? () => setEditing(true) : undefined} />}
      {tab === "timeline" && <ActivityTimeline engagementId={e.id} companyId={e.companyId} />}
      {tab === "tasks" && <TasksPanel engagementId={e.id} />}
      {tab === "history" && <StageHistory engagement={e} />}
      {tab === "agreement" && modules.agreements && <AgreementTab engagementId={e.id} />}
      {tab === "commitments" && modules.agreements && <CommitmentsTab engagement={e} />}
      {tab === "check-ins" && modules.agreements && <CheckInsTab engagementId={e.id} />}
      {tab === "risks" && modules.risks && <RisksTab engagementId={e.id} />}
      {tab === "acknowledgements" && modules.acks && <AcknowledgementsTab engagement={e} />}

      {dialogs}
      <EngagementFormDialog
        open={editing}
        onClose={() => setEditing(false)}
        engagement={e}
        onSaved={() => {
          setEditing(false);
          toast.success(t("form.saved"));
        }}
      />
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        danger
        title={t("detail.deleteTitle", { title: e.title })}
        description={t("detail.deleteBody")}
        confirmLabel={t("detail.delete")}
        busy={del.isPending}
        onConfirm={() =>
          del.mutate(e.id, {
            onSuccess: () => {
              toast.success(t("detail.deleted", { title: e.title }));
              navigate("/partnerships", { replace: true });
            },
          })
        }
      />
    </>
  );
}

/** Where the engagement stands on the pipeline (the stages it passed, the current one). */
function StageTrack({ engagement: e }: { engagement: Engagement }) {
  const { t } = useTranslation("engagements");
  const line: EngagementStage[] = STAGES.filter((s) => s !== "ended" && s !== "renewed");
  const here = line.indexOf(e.stage);
  return (
    <div className="stack" style={{ gap: 6, marginBottom: 16 }}>
      <ol className="stage-track" aria-label={t("detail.pipeline")} style={{ marginBottom: 0 }}>
        {line.map((s, i) => (
          <li key={s} aria-current={s === e.stage ? "step" : undefined} className={here >= 0 && i < here ? "passed" : ""}>
            {t(`stages.${s}`)}
          </li>
        ))}
        {(e.stage === "renewed" || e.stage === "ended") && (
          <li aria-current="step" className={`stage-${e.stage}`}>
            {t(`stages.${e.stage}`)}
          </li>
        )}
      </ol>
      {e.stage === "ended" && e.endedReason && (
        <p className="small muted" data-testid="ended-reason">
          {t("detail.endedBecause", { reason: e.endedReason })}
        </p>
      )}
    </div>
  );
}

function Overview({ engagement: e, onEdit }: { engagement: Engagement; onEdit?: () => void }) {
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
                    {v.inKindValue !== null && <span className="muted"> ({t("detail.estimated", { value: money(v.inKindValue, v.currency) })})</span>}
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
        {e.flags.length > 0 && <Flags engagement={e} />}
        <Contacts engagement={e} onEdit={onEdit} />
        <TasksPanel engagementId={e.id} limit={5} />
        <section className="card" aria-labelledby="screening-title">
          <div className="card-header">
            <h2 id="screening-title">{t("fields.screening")}</h2>
          </div>
          <div className="card-body stack" style={{ gap: 8 }}>
            <div>
              <ScreeningBadge screening={e.screening} />
            </div>
            <p className="small muted">{e.screening ? t("screening.explainDecided", { date: formatDate(e.screening.decidedAt) }) : t("screening.explainNone")}</p>
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
          <ul className="menu">
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
              <span>{t(`flags.${f.kind}`, { defaultValue: f.message, name: e.contacts.find((c) => c.id === f.contactId)?.name ?? t("flags.someone"), company: e.company.name })}</span>
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

function StageHistory({ engagement: e }: { engagement: Engagement }) {
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
                  {h.screeningDecision && <div className="muted">{t("history.screeningAtMove", { decision: t(`screening.${h.screeningDecision}`) })}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

