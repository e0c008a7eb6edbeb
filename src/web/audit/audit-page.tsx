import { useInfiniteQuery } from "@tanstack/react-query";
import { ScrollText } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { EmptyState, ErrorState, PageHeader } from "../components/states";
import { SkeletonRows } from "../components/table-parts";
import { api } from "../lib/api";
import { formatDateTime } from "../lib/format";
import { type AuditEntry, useAuditSummary } from "./entity-trail";
import { scrollRegion } from "../components/scroll-region";

const ENTITY_TYPES = ["company", "contact", "import_batch", "organization", "member", "invitation", "network", "api_key"];
const ACTIONS = [
  "create",
  "update",
  "delete",
  "merge",
  "import",
  "undo_import",
  "export",
  "erase",
  "leave",
  "invite",
  "settings",
  "revoke",
  "use",
];
const PAGE = 50;

/** Links an audit entry to its record when the record has a page. */
function entityHref(e: AuditEntry): string | null {
  if (!e.entityId || e.action === "delete" || e.action === "erase") return null;
  if (e.entityType === "company") return `/companies/${e.entityId}`;
  if (e.entityType === "contact") return `/contacts/${e.entityId}`;
  return null;
}

/** The organisation's audit log (admins), newest first, with keyset "load more". */
export default function AuditPage() {
  const { t } = useTranslation("audit");
  const summary = useAuditSummary();
  const { isAdmin } = useActiveOrg();
  const [params, setParams] = useSearchParams();
  const entityType = params.get("entityType") ?? "";
  const action = params.get("action") ?? "";
  const q = useInfiniteQuery({
    queryKey: ["audit", "log", entityType, action],
    enabled: isAdmin,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<{ items: AuditEntry[]; nextCursor: string | null }>("/audit", {
        query: { entityType: entityType || undefined, action: action || undefined, cursor: pageParam, limit: PAGE },
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const set = (k: string, v: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];

  if (!isAdmin) {
    return (
      <div className="card">
        <EmptyState icon={ScrollText} title={t("title")} level={1}>
          {t("common:errors.forbidden")}
        </EmptyState>
      </div>
    );
  }

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="toolbar">
        <label className={`chip ${entityType ? "active" : ""}`}>
          <span>{t("filters.entityType")}:</span>
          <select value={entityType} onChange={(e) => set("entityType", e.target.value)} data-testid="audit-entity-type">
            <option value="">{t("filters.all")}</option>
            {ENTITY_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`entityTypes.${x}`, { defaultValue: x })}
              </option>
            ))}
          </select>
        </label>
        <label className={`chip ${action ? "active" : ""}`}>
          <span>{t("filters.action")}:</span>
          <select value={action} onChange={(e) => set("action", e.target.value)} data-testid="audit-action">
            <option value="">{t("filters.all")}</option>
            {ACTIONS.map((x) => (
              <option key={x} value={x}>
                {t(`actions.${x}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data && items.length === 0 ? (
        <div className="card">
          <EmptyState icon={ScrollText} title={entityType || action ? t("noMatch") : t("emptyTitle")}>
            {entityType || action ? null : t("emptyBody")}
          </EmptyState>
        </div>
      ) : (
        <>
          <div {...scrollRegion(t("title"))} className="table-wrap">
            <table className="table" data-testid="audit-table">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("columns.at")}</th>
                  <th scope="col">{t("columns.actor")}</th>
                  <th scope="col">{t("columns.action")}</th>
                  <th scope="col">{t("columns.entity")}</th>
                  <th scope="col">{t("columns.summary")}</th>
                </tr>
              </thead>
              <tbody>
                {!q.data ? (
                  <SkeletonRows cols={5} />
                ) : (
                  items.map((e) => {
                    const href = entityHref(e);
                    return (
                      <tr key={e.id}>
                        <td className="small muted">{formatDateTime(e.at)}</td>
                        <td>
                          {e.actorName ?? t("system")}
                          {e.details?.apiKey && <div className="small muted">{t("viaApiKey", { name: e.details.apiKey.name })}</div>}
                        </td>
                        <td>
                          <span
                            className={`badge ${e.action === "delete" || e.action === "erase" ? "badge-danger" : e.action === "create" || e.action === "import" ? "badge-success" : ""}`}
                          >
                            {t(`actions.${e.action}`, { defaultValue: e.action })}
                          </span>
                        </td>
                        <td className="small">
                          {t(`entityTypes.${e.entityType}`, { defaultValue: e.entityType })}
                          {href && (
                            <>
                              {" · "}
                              <Link to={href}>{t("open")}</Link>
                            </>
                          )}
                        </td>
                        <td className="wrap small">{summary(e)}</td>
                      </tr>
                    );
                  })
                )}
              </tbody>
            </table>
          </div>
          <div className="table-footer">
            <span>{q.hasNextPage ? "" : q.data ? t("end") : ""}</span>
            {q.hasNextPage && (
              <button
                type="button"
                className="btn"
                onClick={() => void q.fetchNextPage()}
                disabled={q.isFetchingNextPage}
                data-testid="audit-load-more"
              >
                {q.isFetchingNextPage && <span className="spinner" aria-hidden />}
                {t("common:actions.loadMore")}
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}
