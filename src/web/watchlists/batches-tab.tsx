import { History } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { FileDropzone } from "../components/file-dropzone";
import { FormError } from "../components/field";
import { DataTable } from "../components/data-table";
import { EmptyState } from "../components/states";
import { formatDateTime, formatNumber } from "../lib/format";
import { useBatches, useStartBatch, type BatchSummary } from "./api";

/** Batch screening: upload a CSV of prospective partners (members), and the batches run so far. */
export function BatchesTab() {
  const { t } = useTranslation("watchlists");
  const { canWrite } = useActiveOrg();
  return (
    <div className="stack-lg">
      {canWrite ? (
        <BatchUpload />
      ) : (
        <div className="alert alert-info" role="note">
          {t("batch.readOnly")}
        </div>
      )}
      <BatchHistory />
    </div>
  );
}

function BatchUpload() {
  const { t } = useTranslation("watchlists");
  const start = useStartBatch();
  const navigate = useNavigate();
  const send = (f: File) => start.mutate(f, { onSuccess: (b) => navigate(`/watchlists/batches/${b.id}`) });
  return (
    <section className="card" aria-labelledby="batch-upload-title">
      <div className="card-header">
        <h2 id="batch-upload-title">{t("batch.uploadTitle")}</h2>
      </div>
      <div className="card-body stack">
        <p className="small muted" style={{ margin: 0 }}>
          {t("batch.hint")}
        </p>
        <pre
          role="figure"
          className="small"
          style={{
            margin: 0,
            padding: "var(--space-2) var(--space-3)",
            background: "var(--color-surface-muted)",
            borderRadius: "var(--radius-md)",
          }}
          aria-label={t("batch.example")}
        >
          {"id,name,country\nP-1,Example Trading GmbH,DE\nP-2,Muster Logistik AG,CH"}
        </pre>
        <FormError error={start.error} />
        <FileDropzone
          title={t("batch.drop")}
          chooseLabel={t("batch.choose")}
          accept=".csv,text/csv"
          busy={start.isPending}
          onFile={send}
          testId="batch-file"
        />
      </div>
    </section>
  );
}

/** A batch's state as a badge. */
export function BatchStatus({ b }: { b: BatchSummary }) {
  const { t } = useTranslation("watchlists");
  const cls = b.status === "done" ? "badge-success" : b.status === "failed" || b.status === "abandoned" ? "badge-danger" : "badge-primary";
  return (
    <span
      className={`badge ${cls}`}
      data-testid="batch-status"
      title={b.status === "abandoned" ? t("batchStatusHint.abandoned") : undefined}
    >
      {t(`batchStatus.${b.status}`)}
    </span>
  );
}

function BatchHistory() {
  const { t } = useTranslation("watchlists");
  const [offset, setOffset] = useState(0);
  const q = useBatches(offset);
  return (
    <section aria-labelledby="batches-title">
      <h2 id="batches-title" style={{ marginBottom: 12 }}>
        {t("batch.historyTitle")}
      </h2>
      <DataTable
        query={q}
        label={t("batch.historyTitle")}
        testId="batch-history"
        rowTestId="batch-history-row"
        rowKey={(b) => b.id}
        rowHref={(b) => `/watchlists/batches/${b.id}`}
        skeletonRows={2}
        onOffset={setOffset}
        empty={
          <div className="card">
            <EmptyState icon={History} title={t("batch.emptyTitle")}>
              {t("batch.emptyBody")}
            </EmptyState>
          </div>
        }
        columns={[
          { id: "when", header: t("history.when"), className: "small", cell: (b) => formatDateTime(b.createdAt) },
          { id: "file", header: t("history.file"), cell: (b) => <Link to={`/watchlists/batches/${b.id}`}>{b.filename}</Link> },
          { id: "by", header: t("history.by"), className: "small", cell: (b) => b.createdBy?.name ?? "—" },
          { id: "status", header: t("history.status"), cell: (b) => <BatchStatus b={b} /> },
          {
            id: "rows",
            header: t("batch.rows"),
            className: "num",
            cell: (b) =>
              b.status === "done"
                ? formatNumber(b.total)
                : t("batch.ofTotal", { done: formatNumber(b.processed), total: formatNumber(b.total) }),
          },
        ]}
      />
    </section>
  );
}
