import "./knowledge.css";
import { CheckCircle2, Download, Globe2, History, Hourglass, Link2, Lock, Paperclip, Pencil, Trash2, Users } from "lucide-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { ConfirmDialog } from "../components/confirm-dialog";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate, formatDateTime } from "../lib/format";
import { useActiveOrg } from "../app/session";
import { formatBytes } from "./files";
import {
  type KnowledgeItem,
  useApproveKnowledge,
  useDeleteKnowledge,
  useKnowledgeBacklinks,
  useKnowledgeItem,
  useKnowledgeRelated,
  useKnowledgeVersions,
} from "./api";
import { MarkdownView } from "./markdown-view";
import { TagList } from "./tags";

const SCOPE_ICONS = { private: Lock, network: Users, public: Globe2 } as const;

/** One knowledge item: its sanitised Markdown, who wrote it and when it was checked, related items, versions. */
export default function KnowledgeItemPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("knowledge");
  const item = useKnowledgeItem(id);
  if (item.error) return <ErrorState error={item.error} onRetry={() => void item.refetch()} />;
  if (!item.data) return <Loading />;
  const k = item.data;
  const ScopeIcon = SCOPE_ICONS[k.scope];
  return (
    <>
      <PageHeader
        breadcrumb={<Link to="/knowledge">{t("list.title")}</Link>}
        title={<span data-testid="knowledge-title">{k.title}</span>}
        actions={<ItemActions item={k} />}
      />
      <div className="kn-meta" data-testid="knowledge-meta">
        <span className="badge">{t(`kinds.${k.kind}`)}</span>
        <span className={`badge kn-scope-${k.scope}`}>
          <ScopeIcon size={12} aria-hidden />{" "}
          {k.scope === "network" && k.network ? t("scopeNetwork", { name: k.network.name }) : t(`scopes.${k.scope}`)}
        </span>
        {k.status === "draft" && <span className="badge badge-warning">{t("status.draft")}</span>}
        <span className="badge">{t(`languages.${k.language}`)}</span>
        <span className="muted small">
          {k.builtIn
            ? t("item.builtInBy")
            : t("item.writtenBy", { author: k.author?.name ?? t("item.unknownAuthor"), organization: k.organization?.name ?? "" })}
        </span>
        <span className="muted small" data-testid="knowledge-reviewed">
          {t("item.reviewedOn", { date: formatDate(k.reviewedOn) })} · {t("item.version", { version: k.version })}
        </span>
      </div>
      <TagList tags={k.tags} />
      {k.status === "draft" && k.own && <DraftNotice item={k} />}
      <div className="kn-layout">
        <article className="card kn-body">
          <MarkdownView source={k.body} links={k.links} testId="knowledge-body" />
          <Attachments item={k} />
        </article>
        <aside className="kn-side">
          <Related id={k.id} />
          <Backlinks id={k.id} />
          <Versions id={k.id} links={k.links} />
        </aside>
      </div>
    </>
  );
}

/** A draft: who sees it until it is approved, and for owners and admins the approval that publishes it. */
function DraftNotice({ item }: { item: KnowledgeItem }) {
  const { t } = useTranslation("knowledge");
  const { isAdmin } = useActiveOrg();
  const toast = useToast();
  const approve = useApproveKnowledge();
  return (
    <div className="alert alert-warning kn-draft-notice" role="status" data-testid="knowledge-draft-notice">
      <Hourglass size={16} aria-hidden />
      <div className="stack" style={{ gap: 4 }}>
        <strong>{t("item.draftNotice")}</strong>
        <span className="small">{t("item.draftNoticeHint")}</span>
      </div>
      {isAdmin && (
        <button
          type="button"
          className="btn btn-primary kn-approve"
          disabled={approve.isPending}
          onClick={() => approve.mutate(item.id, { onSuccess: (done) => toast.success(t("item.approved", { title: done.title })) })}
          data-testid="knowledge-approve"
        >
          <CheckCircle2 size={15} aria-hidden /> {t("item.approve")}
        </button>
      )}
    </div>
  );
}

function ItemActions({ item }: { item: KnowledgeItem }) {
  const { t } = useTranslation("knowledge");
  const navigate = useNavigate();
  const toast = useToast();
  const remove = useDeleteKnowledge();
  const [confirming, setConfirming] = useState(false);
  if (!item.canEdit) return null;
  return (
    <>
      <Link className="btn" to={`/knowledge/${item.id}/edit`} data-testid="knowledge-edit">
        <Pencil size={15} aria-hidden /> {t("item.edit")}
      </Link>
      {item.own && (
        <button type="button" className="btn btn-ghost" onClick={() => setConfirming(true)} data-testid="knowledge-delete">
          <Trash2 size={15} aria-hidden /> {t("item.delete")}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("item.deleteTitle")}
        description={t("item.deleteBody", { title: item.title })}
        confirmLabel={t("item.delete")}
        danger
        busy={remove.isPending}
        onConfirm={async () => {
          await remove.mutateAsync(item.id);
          toast.success(t("item.deleted", { title: item.title }));
          navigate("/knowledge");
        }}
      />
    </>
  );
}

function Related({ id }: { id: string }) {
  const { t } = useTranslation("knowledge");
  const related = useKnowledgeRelated(id);
  return (
    <ItemListCard
      id="kn-related"
      testId="knowledge-related"
      title={t("item.related")}
      empty={t("item.noRelated")}
      items={related.data?.items}
    />
  );
}

/** A side card listing items (title, kind, language), with a loading and an empty state. */
function ItemListCard(props: {
  id: string;
  testId: string;
  title: ReactNode;
  empty: string;
  items: Array<{ id: string; title: string; kind: string; language: string }> | undefined;
}) {
  const { t } = useTranslation("knowledge");
  return (
    <section className="card kn-side-card" aria-labelledby={props.id} data-testid={props.testId}>
      <h2 id={props.id}>{props.title}</h2>
      {!props.items ? (
        <p className="muted small">{t("loading", { ns: "common" })}</p>
      ) : props.items.length === 0 ? (
        <p className="muted small">{props.empty}</p>
      ) : (
        <ul className="kn-link-list">
          {props.items.map((r) => (
            <li key={r.id}>
              <Link to={`/knowledge/${r.id}`}>{r.title}</Link>
              <span className="muted small">
                {" "}
                · {t(`kinds.${r.kind}`)} · {r.language.toUpperCase()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The item's files that are not images shown in its text: listed for download. */
function Attachments({ item }: { item: KnowledgeItem }) {
  const { t } = useTranslation("knowledge");
  const files = item.files.filter((f) => !(f.contentType.startsWith("image/") && item.body.includes(f.url)));
  if (!files.length) return null;
  return (
    <section className="kn-attachments" aria-labelledby="kn-attachments" data-testid="knowledge-attachments">
      <h2 id="kn-attachments">
        <Paperclip size={15} aria-hidden /> {t("files.attachments")}
      </h2>
      <ul>
        {files.map((f) => (
          <li key={f.id} data-testid="knowledge-attachment">
            <a href={f.url} download={f.filename}>
              <Download size={14} aria-hidden /> {f.filename}
            </a>
            <span className="muted small"> · {formatBytes(f.size)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Items the reader may read that link to this one. */
function Backlinks({ id }: { id: string }) {
  const { t } = useTranslation("knowledge");
  const back = useKnowledgeBacklinks(id);
  return (
    <ItemListCard
      id="kn-backlinks"
      testId="knowledge-backlinks"
      title={
        <>
          <Link2 size={15} aria-hidden /> {t("item.linkedFrom")}
        </>
      }
      empty={t("item.noBacklinks")}
      items={back.data?.items}
    />
  );
}

function Versions({ id, links }: { id: string; links: KnowledgeItem["links"] }) {
  const { t } = useTranslation("knowledge");
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const versions = useKnowledgeVersions(id, open);
  const current = versions.data?.items.find((v) => v.version === shown);
  return (
    <section className="card kn-side-card" aria-labelledby="kn-versions" data-testid="knowledge-versions">
      <h2 id="kn-versions">
        <History size={15} aria-hidden /> {t("item.versions")}
      </h2>
      {!open ? (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setOpen(true)} data-testid="knowledge-versions-show">
          {t("item.showVersions")}
        </button>
      ) : !versions.data ? (
        <p className="muted small">{t("loading", { ns: "common" })}</p>
      ) : (
        <ol className="kn-link-list">
          {versions.data.items.map((v) => (
            <li key={v.version} data-testid="knowledge-version">
              <button
                type="button"
                className="link-button"
                onClick={() => setShown(shown === v.version ? null : v.version)}
                aria-expanded={shown === v.version}
              >
                {t("item.version", { version: v.version })}
              </button>
              <span className="muted small">
                {" "}
                · {formatDateTime(v.createdAt)} · {v.editedBy?.name ?? t("builtIn")}
              </span>
            </li>
          ))}
        </ol>
      )}
      {current && (
        <div className="kn-version-view" data-testid="knowledge-version-view">
          <h3>{current.title}</h3>
          <MarkdownView source={current.body} links={links} />
        </div>
      )}
    </section>
  );
}
