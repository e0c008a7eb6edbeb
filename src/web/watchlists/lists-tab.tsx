import { History, ShieldAlert } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { DataTable } from "../components/data-table";
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
        <DataTable
          query={lists}
          label={t("lists.title")}
          testId="watchlists-table"
          rowTestId="watchlist-row"
          rowKey={(w) => w.id}
          skeletonRows={2}
          onOffset={setListsOffset}
          empty={
            <div className="card">
              <EmptyState icon={ShieldAlert} title={t("lists.emptyTitle")}>
                {isAdmin ? t("lists.emptyAdmin") : t("lists.emptyMember")}
              </EmptyState>
            </div>
          }
          columns={[
            { id: "name", header: t("lists.name"), cell: (w) => <strong>{w.name}</strong> },
            {
              id: "scope",
              header: t("lists.scope"),
              cell: (w) => <span className={`badge ${w.scope === "organization" ? "badge-primary" : ""}`}>{t(`scope.${w.scope}`)}</span>,
            },
            { id: "format", header: t("lists.format"), className: "small", cell: (w) => t(`format.${w.format}`) },
            { id: "version", header: t("lists.version"), className: "num", cell: (w) => w.currentVersion },
            {
              id: "entities",
              header: t("lists.entities"),
              className: "num",
              cell: (w) => <span data-testid="watchlist-entities">{formatNumber(w.entityCount)}</span>,
            },
            { id: "updated", header: t("lists.updated"), className: "small", cell: (w) => formatDateTime(w.updatedAt) },
          ]}
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
      <DataTable
        query={q}
        label={t("history.title")}
        testId="watchlist-imports"
        rowTestId="watchlist-import-row"
        rowKey={(imp) => imp.id}
        skeletonRows={2}
        onOffset={setOffset}
        empty={
          <div className="card">
            <EmptyState icon={History} title={t("history.emptyTitle")}>
              {t("history.emptyBody")}
            </EmptyState>
          </div>
        }
        columns={[
          { id: "when", header: t("history.when"), className: "small", cell: (imp) => formatDateTime(imp.startedAt) },
          {
            id: "name",
            header: t("lists.name"),
            cell: (imp) => (
              <>
                {imp.name}
                {imp.version !== null && <span className="small muted"> · {t("history.version", { version: imp.version })}</span>}
              </>
            ),
          },
          { id: "file", header: t("history.file"), className: "small", cell: (imp) => <span className="truncate">{imp.filename}</span> },
          { id: "by", header: t("history.by"), className: "small", cell: (imp) => imp.by?.name ?? "—" },
          {
            id: "status",
            header: t("history.status"),
            cell: (imp) => (
              <>
                <ImportStatus imp={imp} />
                {imp.error && (
                  <span className="small" style={{ display: "block", whiteSpace: "normal", maxWidth: 320, color: "var(--color-danger)" }}>
                    {imp.error}
                  </span>
                )}
              </>
            ),
          },
          {
            id: "added",
            header: t("result.added"),
            className: "num",
            cell: (imp) => (imp.status === "done" ? formatNumber(imp.added) : "—"),
          },
          {
            id: "changed",
            header: t("result.changed"),
            className: "num",
            cell: (imp) => (imp.status === "done" ? formatNumber(imp.changed) : "—"),
          },
          {
            id: "removed",
            header: t("result.removed"),
            className: "num",
            cell: (imp) => (imp.status === "done" ? formatNumber(imp.removed) : "—"),
          },
        ]}
      />
    </section>
  );
}
