import { History, Undo2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { PagedTable } from "../components/paged-table";
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
      <PagedTable
        query={q}
        label={t("history.title")}
        testId="import-history"
        cols={8}
        skeletonRows={3}
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
            <th scope="col">{t("history.kind")}</th>
            <th scope="col">{t("history.file")}</th>
            <th scope="col">{t("history.by")}</th>
            <th scope="col" className="num">
              {t("done.created")}
            </th>
            <th scope="col" className="num">
              {t("done.merged")}
            </th>
            <th scope="col" className="num">
              {t("done.skipped")}
            </th>
            <th scope="col">{t("history.status")}</th>
          </>
        }
        row={(b) => (
          <tr key={b.id}>
            <td className="small">{formatDateTime(b.createdAt)}</td>
            <td>{t(`kinds.${b.kind}`)}</td>
            <td className="small">
              <span className="truncate">{b.filename ?? "—"}</span>
            </td>
            <td className="small">{b.createdBy?.name ?? "—"}</td>
            <td className="num">{formatNumber(b.createdCount)}</td>
            <td className="num">{formatNumber(b.mergedCount)}</td>
            <td className="num">{formatNumber(b.skippedCount)}</td>
            <td>
              {b.undoneAt ? (
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
              )}
            </td>
          </tr>
        )}
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
