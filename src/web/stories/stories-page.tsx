import "../engagements/engagements.css";
import { BookLock, Flag, Plus, Search, Settings2, ShieldCheck } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { EmptyState, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { ApiError } from "../lib/api";
import { formatDate } from "../lib/format";
import { useDebounced } from "../lib/use-debounced";
import { STORY_KINDS, useStories } from "./api";
import { NoStoryAccess } from "./no-access";
import { StoryFormDialog } from "./story-form";
import { DataTable } from "../components/data-table";

/** Survivors' stories: titles only (opening one is audited), with consents and uses counted. */
export default function StoriesPage() {
  const { t } = useTranslation("stories");
  const [params, setParams] = useSearchParams();
  const f = useMemo(
    () => ({ q: params.get("q") ?? "", kind: params.get("kind") ?? "", offset: Number(params.get("offset") ?? 0) || 0 }),
    [params],
  );
  const { canWrite, isAdmin } = useActiveOrg();
  const navigate = useNavigate();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(f.q);
  const debounced = useDebounced(search, 200);
  const query = useStories(f);

  const update = (patch: Partial<typeof f>, replace = false) => {
    const next = { ...f, offset: 0, ...patch };
    const p = new URLSearchParams();
    if (next.q) p.set("q", next.q);
    if (next.kind) p.set("kind", next.kind);
    if (next.offset) p.set("offset", String(next.offset));
    setParams(p, { replace });
  };
  useEffect(() => {
    if (debounced !== f.q) update({ q: debounced }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  if (query.error instanceof ApiError && query.error.status === 403) return <NoStoryAccess />;
  const data = query.data;

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            {isAdmin && (
              <Link className="btn" to="/stories/settings" data-testid="stories-settings-link">
                <Settings2 size={15} aria-hidden /> {t("list.settings")}
              </Link>
            )}
            {canWrite && (
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="new-story">
                <Plus size={15} aria-hidden /> {t("list.new")}
              </button>
            )}
          </>
        }
      />
      <div className="alert alert-info" style={{ marginBottom: 16 }}>
        <ShieldCheck size={16} aria-hidden />
        <span>{t("list.privacy")}</span>
      </div>
      <div className="toolbar" role="search">
        <div className="input-group search">
          <Search size={15} aria-hidden />
          <input
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("list.searchPlaceholder")}
            aria-label={t("list.search")}
            data-testid="stories-search"
          />
        </div>
        <label className={`chip ${f.kind ? "active" : ""}`}>
          <span>{t("fields.kind")}:</span>
          <select value={f.kind} onChange={(e) => update({ kind: e.target.value })} data-testid="filter-kind">
            <option value="">{t("list.allKinds")}</option>
            {STORY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DataTable
        query={query}
        label={t("list.title")}
        testId="stories-table"
        rowTestId="story-row"
        rowKey={(s) => s.id}
        rowHref={(s) => `/stories/${s.id}`}
        onOffset={(offset) => update({ offset })}
        empty={
          <div className="card">
            <EmptyState
              icon={BookLock}
              title={f.q || f.kind ? t("list.noMatchTitle") : t("list.emptyTitle")}
              action={
                canWrite &&
                !f.q &&
                !f.kind && (
                  <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                    <Plus size={15} aria-hidden /> {t("list.new")}
                  </button>
                )
              }
            >
              {f.q || f.kind ? t("list.noMatchBody") : t("list.emptyBody")}
            </EmptyState>
          </div>
        }
        columns={[
          {
            id: "title",
            header: t("fields.title"),
            className: "wrap",
            cell: (s) => (
              <>
                <Link to={`/stories/${s.id}`} className="cell-main">
                  {s.title}
                </Link>
                <div className="cell-sub">{s.anonymised ? t("fields.anonymised") : t("fields.notAnonymised")}</div>
              </>
            ),
          },
          { id: "kind", header: t("fields.kind"), cell: (s) => <span className="badge">{t(`kinds.${s.kind}`)}</span> },
          {
            id: "consents",
            header: t("fields.consents"),
            cell: (s) =>
              s.activeConsents > 0 ? (
                <span className="badge badge-success">{t("list.activeConsents", { count: s.activeConsents })}</span>
              ) : (
                <span className="badge badge-warning">{t("list.noConsent")}</span>
              ),
          },
          {
            id: "uses",
            header: t("fields.uses"),
            cell: (s) => (
              <span className="row">
                {t("list.uses", { count: s.uses })}
                {s.flaggedUses > 0 && (
                  <span className="badge badge-danger" data-testid="story-flagged">
                    <Flag size={12} aria-hidden /> {t("list.flagged", { count: s.flaggedUses })}
                  </span>
                )}
              </span>
            ),
          },
          { id: "created", header: t("fields.created"), className: "small muted", cell: (s) => formatDate(s.createdAt) },
        ]}
      />
      <StoryFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(s) => {
          setCreating(false);
          toast.success(t("form.created", { title: s.title }));
          navigate(`/stories/${s.id}`);
        }}
      />
    </>
  );
}
