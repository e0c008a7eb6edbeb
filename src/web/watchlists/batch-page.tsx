import "./watchlists.css";
import { AlertCircle, Download } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { scrollRegion } from "../components/scroll-region";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { Pagination } from "../components/table-parts";
import { formatDateTime, formatNumber } from "../lib/format";
import { batchReportUrl, useBatch, type BatchRow } from "./api";
import { JobErrorText } from "./job-error";
import { BatchStatus } from "./batches-tab";
import { JobProgress } from "./job-progress";
import { score2 } from "./match-explanation";
import { MatchList } from "./name-check";
import { CheckedLists } from "./checked-lists";

const PAGE = 100;
// Rows are keyed by position: the id column of an uploaded CSV need not be unique.
type RowState = "hit" | "near" | "clear" | "pending" | "rejected";

function stateOf(r: BatchRow): RowState {
  if (r.rejected) return "rejected";
  if (r.matches === null) return "pending";
  if (r.matches.some((m) => m.match)) return "hit";
  return r.matches.length ? "near" : "clear";
}
const STATE_CLASS: Record<RowState, string> = {
  hit: "badge-danger",
  near: "badge-warning",
  clear: "badge-success",
  pending: "",
  rejected: "badge-warning",
};

/** One batch: progress while it runs, then the report — every row with its matches, best first — and the CSV. */
export default function BatchPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("watchlists");
  const q = useBatch(id);
  const [onlyHits, setOnlyHits] = useState(false);
  const [offset, setOffset] = useState(0);
  const rows = useMemo(() => (q.data?.rows ?? []).map((r, n) => ({ r, n, state: stateOf(r) })), [q.data]);
  const shown = onlyHits ? rows.filter((x) => x.state === "hit") : rows;
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const b = q.data;
  const counts = { hit: 0, near: 0, clear: 0, pending: 0, rejected: 0 };
  for (const x of rows) counts[x.state]++;
  const running = b.status === "queued" || b.status === "running";
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/watchlists">{t("title")}</Link> <span aria-hidden>/</span> <Link to="/watchlists/batches">{t("tabs.batches")}</Link>
          </>
        }
        title={<span data-testid="batch-title">{t("report.title", { file: b.filename })}</span>}
        description={
          <span className="row" style={{ marginTop: 6 }}>
            <BatchStatus b={b} />
            <span className="small muted">
              {t("report.meta", { date: formatDateTime(b.createdAt), name: b.createdBy?.name ?? "—", n: formatNumber(b.total) })}
            </span>
          </span>
        }
        actions={
          b.status === "done" && (
            <a className="btn" href={batchReportUrl(b.id)} download data-testid="batch-download">
              <Download size={15} aria-hidden /> {t("report.download")}
            </a>
          )
        }
      />
      <div className="stack-lg">
        {running && (
          <div className="card card-body">
            <JobProgress
              testId="batch-progress"
              label={t("report.progressLabel")}
              text={
                b.status === "queued"
                  ? t("report.queued")
                  : t("report.progress", { done: formatNumber(b.processed), total: formatNumber(b.total) })
              }
              done={b.processed}
              total={b.total}
            />
          </div>
        )}
        {(b.status === "failed" || b.status === "abandoned") && (
          <div className="alert alert-danger" role="alert" data-testid="batch-failed">
            <AlertCircle size={16} aria-hidden />
            <div>
              <strong>{t(b.status === "abandoned" ? "report.abandoned" : "report.failed")}</strong>
              <JobErrorText code={b.errorCode} params={b.errorParams} error={b.error} prefix="batchError" />
            </div>
          </div>
        )}
        {b.checked && <CheckedLists checked={b.checked} testId="batch-checked" />}
        {b.status === "done" && (
          <div className="stats card card-body" data-testid="batch-summary">
            {(["hit", "near", "clear", ...(counts.rejected ? (["rejected"] as const) : [])] as const).map((k) => (
              <div className="stat" key={k}>
                <span className="value" data-testid={`batch-count-${k}`}>
                  {formatNumber(counts[k])}
                </span>
                <span className="label">{t(`report.count.${k}`)}</span>
              </div>
            ))}
          </div>
        )}
        {b.status === "done" && (
          <section aria-labelledby="report-rows-title">
            <div className="spread" style={{ marginBottom: 12 }}>
              <h2 id="report-rows-title">{t("report.rowsTitle")}</h2>
              <label className="checkbox small">
                <input
                  type="checkbox"
                  checked={onlyHits}
                  onChange={(e) => {
                    setOnlyHits(e.target.checked);
                    setOffset(0);
                  }}
                  data-testid="batch-only-hits"
                />
                {t("report.onlyHits")}
              </label>
            </div>
            {b.total > b.rows.length && <p className="small muted">{t("report.truncated", { n: formatNumber(b.rows.length) })}</p>}
            <div {...scrollRegion(t("report.rowsTitle"))} className="table-wrap">
              <table className="table wl-report" data-testid="batch-report">
                <thead>
                  <tr>
                    <th scope="col">{t("report.id")}</th>
                    <th scope="col">{t("report.name")}</th>
                    <th scope="col">{t("report.country")}</th>
                    <th scope="col">{t("report.result")}</th>
                    <th scope="col">{t("report.best")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.length === 0 ? (
                    <tr>
                      <td colSpan={5} className="muted">
                        {onlyHits ? t("report.noHits") : t("report.noRows")}
                      </td>
                    </tr>
                  ) : (
                    shown.slice(offset, offset + PAGE).map(({ r, state, n }) => (
                      <tr key={n} data-testid="batch-row" data-state={state}>
                        <td className="nowrap small">{r.id}</td>
                        <td>{r.query || <span className="muted">{t("report.noName")}</span>}</td>
                        <td className="nowrap small">{r.country ?? ""}</td>
                        <td className="nowrap">
                          <span className={`badge ${STATE_CLASS[state]}`}>{t(`report.state.${state}`)}</span>
                          {r.rejected && (
                            <div className="small muted" data-testid="batch-row-rejected">
                              {t(`report.rejected.${r.rejected}`)}
                            </div>
                          )}
                        </td>
                        <td>
                          {r.matches && r.matches.length > 0 && (
                            <>
                              <span>
                                <strong>{r.matches[0].name}</strong>{" "}
                                <span className="small muted">
                                  {t("report.bestMeta", {
                                    list: r.matches[0].list,
                                    id: r.matches[0].sourceId,
                                    score: score2(r.matches[0].score),
                                  })}
                                </span>
                              </span>
                              <details>
                                <summary data-testid="batch-row-details">{t("report.details", { count: r.matches.length })}</summary>
                                <MatchList matches={r.matches} threshold={b.threshold} queryLabel={r.query} />
                              </details>
                            </>
                          )}
                        </td>
                      </tr>
                    ))
                  )}
                </tbody>
              </table>
            </div>
            {shown.length > PAGE && <Pagination total={shown.length} limit={PAGE} offset={offset} onOffset={setOffset} />}
          </section>
        )}
      </div>
    </>
  );
}
