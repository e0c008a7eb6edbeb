import { History, Undo2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { DataTable } from "../components/data-table";
import { EmptyState } from "../components/states";
import { useToast } from "../components/toast";
import { formatDateTime, formatNumber } from "../lib/format";
import { useImports, useUndoImport, type ImportBatch } from "./api";

/** Past imports, newest first, each with an undo. */
export function ImportHistory() {
  const { t } = useTranslation("imports");
  const { canWrite } = useActiveOrg();
  const [offset, setOffset] = useState(0);
  const q = useImports(offset);
  const undo = useUndoImport();
  const toast = useToast();
  const [target, setTarget] = useState<ImportBatch | null>(null);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" style={{ marginBottom: 12 }}>
        {t("history.title")}
      </h2>
      <DataTable
        query={q}
        label={t("history.title")}
        testId="import-history"
        rowKey={(b) => b.id}
        skeletonRows={3}
        onOffset={setOffset}
        empty={
          <div className="card">
            <EmptyState icon={History} title={t("history.emptyTitle")}>
              {t("history.emptyBody")}
            </EmptyState>
          </div>
        }
        columns={[
          { id: "when", header: t("history.when"), className: "small", cell: (b) => formatDateTime(b.createdAt) },
          { id: "kind", header: t("history.kind"), cell: (b) => t(`kinds.${b.kind}`) },
          { id: "file", header: t("history.file"), className: "small", cell: (b) => <span className="truncate">{b.filename ?? "—"}</span> },
          { id: "by", header: t("history.by"), className: "small", cell: (b) => b.createdBy?.name ?? "—" },
          { id: "created", header: t("done.created"), className: "num", cell: (b) => formatNumber(b.createdCount) },
          { id: "merged", header: t("done.merged"), className: "num", cell: (b) => formatNumber(b.mergedCount) },
          { id: "skipped", header: t("done.skipped"), className: "num", cell: (b) => formatNumber(b.skippedCount) },
          {
            id: "status",
            header: t("history.status"),
            cell: (b) =>
              b.undoneAt ? (
                <span className="badge" title={formatDateTime(b.undoneAt)}>
                  {t("history.undoneBadge")}
                </span>
              ) : canWrite ? (
                <button type="button" className="btn btn-sm" onClick={() => setTarget(b)}>
                  <Undo2 size={14} aria-hidden /> {t("done.undo")}
                  <span className="sr-only">
                    : {b.filename ?? ""}, {formatDateTime(b.createdAt)}
                  </span>
                </button>
              ) : (
                <span className="badge badge-success">{t("history.imported")}</span>
              ),
          },
        ]}
      />
      <ConfirmDialog
        open={!!target}
        onClose={() => setTarget(null)}
        danger
        title={t("history.undoTitle")}
        description={t("history.undoBody", { count: target?.createdCount ?? 0, merged: target?.mergedCount ?? 0 })}
        confirmLabel={t("done.undo")}
        busy={undo.isPending}
        onConfirm={() => {
          if (target)
            undo.mutate(target.id, {
              onSuccess: () => {
                toast.success(t("history.undone"));
                setTarget(null);
              },
            });
        }}
      />
    </section>
  );
}
