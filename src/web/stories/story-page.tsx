import "../engagements/engagements.css";
import { Eye, EyeOff, History, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { ApiError } from "../lib/api";
import { formatDate } from "../lib/format";
import { useDeleteStory, useStory } from "./api";
import { Consents } from "./consents";
import { NoStoryAccess } from "./no-access";
import { Uses } from "./uses";

/** One story: its text (opening it is recorded in the audit log, and the page says so), consents and uses. */
export default function StoryPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("stories");
  const { canWrite } = useActiveOrg();
  const [showName, setShowName] = useState(false);
  const q = useStory(id);
  const del = useDeleteStory();
  const navigate = useNavigate();
  const toast = useToast();
  const [deleting, setDeleting] = useState(false);
  const [flaggedNotice, setFlaggedNotice] = useState<number | null>(null);

  if (q.isPending) return <Loading />;
  if (q.error instanceof ApiError && q.error.status === 403) return <NoStoryAccess />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const s = q.data;

  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/stories">{t("list.title")}</Link> <span aria-hidden>/</span> <span>{s.title}</span>
          </>
        }
        title={<span data-testid="story-title">{s.title}</span>}
        description={
          <span className="row" style={{ marginTop: 6 }}>
            <span className="badge">{t(`kinds.${s.kind}`)}</span>
            <span className={`badge ${s.anonymised ? "badge-success" : "badge-warning"}`}>
              {s.anonymised ? t("fields.anonymised") : t("fields.notAnonymised")}
            </span>
            <span className="small muted">{t("detail.recorded", { date: formatDate(s.createdAt), name: s.createdBy?.name ?? "—" })}</span>
          </span>
        }
        actions={
          canWrite && (
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              onClick={() => setDeleting(true)}
              aria-label={t("detail.delete")}
              title={t("detail.delete")}
              data-testid="story-delete"
            >
              <Trash2 size={16} aria-hidden />
            </button>
          )
        }
      />
      <div className="alert alert-info" role="note" style={{ marginBottom: 20 }} data-testid="story-audited">
        <History size={16} aria-hidden />
        <span>{t("detail.audited")}</span>
      </div>
      {flaggedNotice !== null && (
        <div
          className={`alert ${flaggedNotice > 0 ? "alert-danger" : "alert-success"}`}
          role="alert"
          style={{ marginBottom: 20 }}
          data-testid="withdrawn-notice"
        >
          <span>{flaggedNotice > 0 ? t("consents.withdrawnFlagged", { count: flaggedNotice }) : t("consents.withdrawnNone")}</span>
        </div>
      )}
      <div className="grid-2">
        <div className="stack-lg">
          <section className="card" aria-labelledby="story-text-title">
            <div className="card-header">
              <h2 id="story-text-title">{s.kind === "image" ? t("form.imageText") : t("fields.text")}</h2>
              {s.hasPersonName && (
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => setShowName((x) => !x)}
                  aria-pressed={showName}
                  data-testid="story-show-name"
                >
                  {showName ? <EyeOff size={14} aria-hidden /> : <Eye size={14} aria-hidden />}{" "}
                  {showName ? t("detail.hideName") : t("detail.showName")}
                </button>
              )}
            </div>
            <div className="card-body stack">
              {showName && <PersonName id={s.id} />}
              <p className="activity-summary" data-testid="story-text">
                {s.text}
              </p>
            </div>
          </section>
          <Uses storyId={s.id} />
        </div>
        <div className="stack-lg">
          <Consents storyId={s.id} onWithdrawn={setFlaggedNotice} />
        </div>
      </div>
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        danger
        title={t("detail.deleteTitle", { title: s.title })}
        description={t("detail.deleteBody")}
        confirmLabel={t("detail.delete")}
        busy={del.isPending}
        onConfirm={() =>
          del.mutate(s.id, {
            onSuccess: () => {
              toast.success(t("detail.deleted"));
              navigate("/stories", { replace: true });
            },
          })
        }
      />
    </>
  );
}

/** The restricted name, fetched (and audited) only when asked for. */
function PersonName({ id }: { id: string }) {
  const { t } = useTranslation("stories");
  const q = useStory(id, true);
  return (
    <div className="alert alert-warning" role="status" data-testid="story-person-name">
      <span>
        <strong>{t("fields.personName")}:</strong> {q.isPending ? t("common:loading") : (q.data?.personName ?? "—")}
        <span className="small" style={{ display: "block" }}>
          {t("detail.nameAudited")}
        </span>
      </span>
    </div>
  );
}
