import { History, ShieldAlert } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { PagedTable } from "../components/paged-table";
import { EmptyState } from "../components/states";
import { formatDateTime, formatNumber } from "../lib/format";
import { useWatchlistImports, useWatchlists, type WatchlistImport } from "./api";
import { ImportForm } from "./import-form";

/** The lists the organisation is screened against, the import form (admins) and the import history. */
export function ListsTab() {
  const { t } = useTranslation("watchlists");
  const { isAdmin } = useActiveOrg();
  const [listsOffset, setListsOffset] = useState(0);
  const lists = useWatchlists(listsOffset);
  return (
    <div className="stack-lg">
      <section aria-labelledby="lists-title">
        <h2 id="lists-title" style={{ marginBottom: 4 }}>
          {t("lists.title")}
        </h2>
        <p className="small muted" style={{ marginTop: 0 }}>
          {t("lists.hint")}
        </p>
        <PagedTable
          query={lists}
          label={t("lists.title")}
          testId="watchlists-table"
          cols={6}
          skeletonRows={2}
          onOffset={setListsOffset}
          empty={
            <div className="card">
              <EmptyState icon={ShieldAlert} title={t("lists.emptyTitle")}>
                {isAdmin ? t("lists.emptyAdmin") : t("lists.emptyMember")}
              </EmptyState>
            </div>
          }
          head={
            <>
              <th scope="col">{t("lists.name")}</th>
              <th scope="col">{t("lists.scope")}</th>
              <th scope="col">{t("lists.format")}</th>
              <th scope="col" className="num">
                {t("lists.version")}
              </th>
              <th scope="col" className="num">
                {t("lists.entities")}
              </th>
              <th scope="col">{t("lists.updated")}</th>
            </>
          }
          row={(w) => (
            <tr key={w.id} data-testid="watchlist-row">
              <td>
                <strong>{w.name}</strong>
              </td>
              <td>
                <span className={`badge ${w.scope === "organization" ? "badge-primary" : ""}`}>{t(`scope.${w.scope}`)}</span>
              </td>
              <td className="small">{t(`format.${w.format}`)}</td>
              <td className="num">{w.currentVersion}</td>
              <td className="num" data-testid="watchlist-entities">
                {formatNumber(w.entityCount)}
              </td>
              <td className="small">{formatDateTime(w.updatedAt)}</td>
            </tr>
          )}
        />
      </section>
      {isAdmin ? (
        <ImportForm lists={lists.data?.items ?? []} />
      ) : (
        <div className="alert alert-info" role="note" data-testid="import-admin-only">
          {t("import.adminOnly")}
        </div>
      )}
      <ImportHistory />
    </div>
  );
}

/** An import's outcome as a badge. */
export function ImportStatus({ imp }: { imp: WatchlistImport }) {
  const { t } = useTranslation("watchlists");
  const cls = imp.status === "done" ? "badge-success" : imp.status === "failed" ? "badge-danger" : "badge-primary";
  return <span className={`badge ${cls}`}>{t(`importStatus.${imp.status}`)}</span>;
}

function ImportHistory() {
  const { t } = useTranslation("watchlists");
  const [offset, setOffset] = useState(0);
  const q = useWatchlistImports(offset);
  return (
    <section aria-labelledby="imports-title">
      <h2 id="imports-title" style={{ marginBottom: 12 }}>
        {t("history.title")}
      </h2>
      <PagedTable
        query={q}
        label={t("history.title")}
        testId="watchlist-imports"
        cols={8}
        skeletonRows={2}
        onOffset={setOffset}
        empty={
          <div className="card">
            <EmptyState icon={History} title={t("history.emptyTitle")}>
              {t("history.emptyBody")}
            </EmptyState>
          </div>
        }
        head={
          <>
            <th scope="col">{t("history.when")}</th>
            <th scope="col">{t("lists.name")}</th>
            <th scope="col">{t("history.file")}</th>
            <th scope="col">{t("history.by")}</th>
            <th scope="col">{t("history.status")}</th>
            <th scope="col" className="num">
              {t("result.added")}
            </th>
            <th scope="col" className="num">
              {t("result.changed")}
            </th>
            <th scope="col" className="num">
              {t("result.removed")}
            </th>
          </>
        }
        row={(imp) => (
          <tr key={imp.id} data-testid="watchlist-import-row">
            <td className="small">{formatDateTime(imp.startedAt)}</td>
            <td>
              {imp.name}
              {imp.version !== null && <span className="small muted"> · {t("history.version", { version: imp.version })}</span>}
            </td>
            <td className="small">
              <span className="truncate">{imp.filename}</span>
            </td>
            <td className="small">{imp.by?.name ?? "—"}</td>
            <td>
              <ImportStatus imp={imp} />
              {imp.error && (
                <span className="small" style={{ display: "block", whiteSpace: "normal", maxWidth: 320, color: "var(--color-danger)" }}>
                  {imp.error}
                </span>
              )}
            </td>
            <td className="num">{imp.status === "done" ? formatNumber(imp.added) : "—"}</td>
            <td className="num">{imp.status === "done" ? formatNumber(imp.changed) : "—"}</td>
            <td className="num">{imp.status === "done" ? formatNumber(imp.removed) : "—"}</td>
          </tr>
        )}
      />
    </section>
  );
}
