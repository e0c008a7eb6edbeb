import "./engagements.css";
import { useActiveTabInView } from "../components/active-tab";
import { AlertTriangle, BookOpenText, Building2, Pencil, Trash2 } from "lucide-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, NavLink, useNavigate, useParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { STAGES, useDeleteEngagement, useEngagement, type Engagement, type EngagementStage } from "./api";
import { ActivityTimeline } from "./activity-timeline";
import { ModeBadges, ScreeningBadge, StageBadge } from "./badges";
import { EngagementFormDialog } from "./engagement-form";
import { Overview, StageHistory } from "./engagement-sections";
import { MoveMenu, useStageMove } from "./stage-move";
import { TasksPanel } from "./tasks-panel";
import { AcknowledgementsTab } from "./partnership/acks-tab";
import { AgreementTab } from "./partnership/agreement-tab";
import { useAgreement, useModules } from "./partnership/api";
import { effectivePublication } from "../../domains/reports/reports.rules";
import { CheckInsTab } from "./partnership/checkins-tab";
import { CommitmentsTab } from "./partnership/commitments-tab";
import { RisksTab } from "./partnership/risks-tab";
import { PartnerReportButton } from "../reports/partner-report-button";

const TABS = ["overview", "timeline", "tasks", "history"] as const;
// From agreement on there is something to report to the partner.
const REPORT_STAGES: readonly EngagementStage[] = ["agreed", "active", "reviewing", "renewed", "ended"];
// Tabs of the agreements, risks and acknowledgements modules, shown when this server offers them.
const MODULE_TABS = {
  agreement: "agreements",
  commitments: "agreements",
  "check-ins": "agreements",
  risks: "risks",
  acknowledgements: "acks",
} as const;
type ModuleTab = keyof typeof MODULE_TABS;

/** One engagement: header with stage and allowed moves, details, contacts, flags, timeline, tasks and stage history. */
export default function EngagementPage() {
  const { id = "", tab = "overview" } = useParams();
  const { t } = useTranslation(["engagements", "reports", "knowledge"]);
  const { canWrite } = useActiveOrg();
  const q = useEngagement(id);
  const navigate = useNavigate();
  const toast = useToast();
  const del = useDeleteEngagement();
  const { request, dialogs } = useStageMove();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const tabsRef = useRef<HTMLElement>(null);
  const modules = useModules(id);
  const agreement = useAgreement(id);
  const moduleTabs = (Object.keys(MODULE_TABS) as ModuleTab[]).filter((x) => modules[MODULE_TABS[x]]);
  const tabs = [...TABS.slice(0, 3), ...moduleTabs, "history"] as string[];

  // On a phone the tabs scroll sideways: keep the active one in view (a deep link opens on its tab).
  const loaded = !!q.data;
  useActiveTabInView(tabsRef, [tab, loaded, tabs.length]);

  const absentModule = tab in MODULE_TABS && modules[MODULE_TABS[tab as ModuleTab]] === false;
  if ((!(TABS as readonly string[]).includes(tab) && !(tab in MODULE_TABS)) || absentModule)
    return <Navigate to={`/partnerships/${id}`} replace />;
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
            <Link
              to={`/companies/${e.company.id}`}
              className="row"
              style={{ display: "inline-flex", gap: 4 }}
              data-testid="engagement-company-link"
            >
              <Building2 size={14} aria-hidden /> {e.company.name}
            </Link>
            <StageBadge stage={e.stage} />
            <ScreeningBadge screening={e.screening} />
            <ModeBadges modes={e.modes} max={4} />
            <PublicationBadge chosen={e.publication} effective={effectivePublication(e.publication, agreement.data)} />
            <span className="small muted" data-testid="engagement-owner">
              {e.owner ? t("detail.ownedBy", { name: e.owner.name }) : t("board.noOwner")}
              {e.team.length > 0 && ` · ${t("detail.withTeam", { names: e.team.map((m) => m.name).join(", ") })}`}
            </span>
          </span>
        }
        actions={
          <>
            {REPORT_STAGES.includes(e.stage) && <PartnerReportButton engagementId={e.id} />}
            {canWrite && (
              <>
                <Link className="btn" to={`/partnerships/${e.id}/case-study`} data-testid="engagement-write-case-study">
                  <BookOpenText size={15} aria-hidden /> {t("knowledge:caseStudy.write")}
                </Link>
                <MoveMenu target={e} allowed={e.allowedMoves} onMove={(to) => request(e, to)} />
                <button type="button" className="btn" onClick={() => setEditing(true)} data-testid="engagement-edit">
                  <Pencil size={15} aria-hidden /> {t("common:actions.edit")}
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon"
                  onClick={() => setDeleting(true)}
                  aria-label={t("detail.delete")}
                  title={t("detail.delete")}
                  data-testid="engagement-delete"
                >
                  <Trash2 size={16} aria-hidden />
                </button>
              </>
            )}
          </>
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

      <nav className="tabs" aria-label={t("detail.sections")} ref={tabsRef} data-testid="engagement-tabs">
        {tabs.map((x) => (
          <NavLink
            key={x}
            to={x === "overview" ? `/partnerships/${e.id}` : `/partnerships/${e.id}/${x}`}
            end
            className="tab"
            data-testid={`engagement-tab-${x}`}
          >
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

/** What published reports may show of the engagement; says so when its agreement made the choice stricter. */
function PublicationBadge({ chosen, effective }: { chosen: Engagement["publication"]; effective: Engagement["publication"] }) {
  const { t } = useTranslation("reports");
  const title = chosen === effective ? t("publication.hint") : t("publication.byAgreement", { chosen: t(`publication.options.${chosen}`) });
  return (
    <span className={effective === "confidential" ? "badge" : "badge badge-primary"} title={title} data-testid="engagement-publication">
      {t(`publication.badge.${effective}`)}
    </span>
  );
}
