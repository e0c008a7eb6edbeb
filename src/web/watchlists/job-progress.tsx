import { formatNumber } from "../lib/format";

/**
 * A running background job: a progress bar (determinate when the total is known, moving otherwise) with
 * its text in a live region, so screen readers hear the progress too.
 */
export function JobProgress({
  label,
  text,
  done,
  total,
  testId,
}: {
  label: string;
  text: string;
  done: number;
  total: number | null;
  testId: string;
}) {
  const pct = total ? Math.min(99, Math.floor((done / Math.max(total, 1)) * 100)) : null;
  return (
    <div className="stack" style={{ gap: 6 }} data-testid={testId}>
      <div className="wl-progress-label" role="status" aria-live="polite">
        <span>{text}</span>
        {pct !== null && <span className="muted">{formatNumber(pct)} %</span>}
      </div>
      <div
        className={`progress ${pct === null ? "indeterminate" : ""}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        aria-valuetext={text}
      >
        <div style={pct === null ? undefined : { width: `${Math.max(pct, 2)}%` }} />
      </div>
    </div>
  );
}
