import { AlertCircle, CheckCircle2, Copy, RefreshCw } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatNumber } from "../lib/format";
import type { Decision, DryRunResult } from "./api";

const DECISIONS: Decision[] = ["skip", "merge", "create"];

interface ReviewProps {
  result: DryRunResult;
  decisions: Record<string, Decision>;
  onDecisions: (d: Record<string, Decision>) => void;
  allowInvalid: boolean;
  onAllowInvalid: (v: boolean) => void;
  onReupload: (f: File) => void;
  busy: boolean;
}

/** Step 3: the dry run — every invalid row with its reason, and a decision for each duplicate. */
export function ReviewStep({ result, decisions, onDecisions, allowInvalid, onAllowInvalid, onReupload, busy }: ReviewProps) {
  const { t } = useTranslation("imports");
  const invalidCount = result.invalid.length;
  const setAll = (d: Decision) => onDecisions(Object.fromEntries(result.duplicates.map((x) => [String(x.row), d])));
  return (
    <div className="stack-lg">
      <div className="stats card card-body">
        <Stat value={result.rowCount} label={t("review.rows")} />
        <Stat value={result.valid} label={t("review.valid")} tone="success" />
        <Stat value={invalidCount} label={t("review.invalid")} tone={invalidCount ? "danger" : undefined} />
        <Stat value={result.duplicates.length} label={t("review.duplicates")} tone={result.duplicates.length ? "warning" : undefined} />
      </div>

      {invalidCount === 0 ? (
        <div className="alert alert-success" role="status">
          <CheckCircle2 size={16} aria-hidden /> {t("review.allValid")}
        </div>
      ) : (
        <section className="card" aria-labelledby="invalid-title" data-testid="import-invalid-rows">
          <div className="card-header">
            <div>
              <h2 id="invalid-title" className="row" style={{ color: "var(--color-danger)" }}>
                <AlertCircle size={16} aria-hidden /> {t("review.invalidTitle", { count: invalidCount })}
              </h2>
              <p>{t("review.invalidLead")}</p>
            </div>
            <label className="btn" aria-disabled={busy}>
              <RefreshCw size={15} aria-hidden /> {t("review.reupload")}
              <input
                type="file"
                className="sr-only"
                accept=".csv,.tsv,.txt,.xlsx"
                disabled={busy}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) onReupload(f);
                  e.target.value = "";
                }}
                data-testid="import-reupload"
              />
            </label>
          </div>
          <div className="table-wrap flat" style={{ maxHeight: 320 }}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("review.rowColumn")}</th>
                  <th scope="col">{t("review.column")}</th>
                  <th scope="col">{t("review.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {result.invalid.flatMap((r) =>
                  r.errors.map((e, i) => (
                    <tr key={`${r.row}-${i}`} data-testid="invalid-row">
                      <td className="mono">{i === 0 ? r.row : ""}</td>
                      <td>{e.column ?? t(`fields.${e.field}.label`, { defaultValue: e.field })}</td>
                      <td className="wrap" data-code={e.code}>
                        {e.code ? t(`rowErrors.${e.code}`, { ...e.params, defaultValue: e.message }) : e.message}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          <div className="card-body" style={{ borderTop: "1px solid var(--color-border)" }}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={allowInvalid}
                onChange={(e) => onAllowInvalid(e.target.checked)}
                data-testid="import-allow-invalid"
              />
              {t("review.allowInvalid", { count: invalidCount, valid: result.valid })}
            </label>
          </div>
        </section>
      )}

      {result.duplicates.length > 0 && (
        <section className="card" aria-labelledby="dup-title" data-testid="import-duplicates">
          <div className="card-header">
            <div>
              <h2 id="dup-title" className="row">
                <Copy size={16} aria-hidden /> {t("review.duplicatesTitle", { count: result.duplicates.length })}
              </h2>
              <p>{t("review.duplicatesLead")}</p>
            </div>
            <div className="row" role="group" aria-label={t("review.setAll")}>
              <span className="small muted">{t("review.setAll")}:</span>
              {DECISIONS.map((d) => (
                <button key={d} type="button" className="btn btn-sm" onClick={() => setAll(d)}>
                  {t(`decisions.${d}`)}
                </button>
              ))}
            </div>
          </div>
          <div className="table-wrap flat" style={{ maxHeight: 360 }}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("review.rowColumn")}</th>
                  <th scope="col">{t("review.inFile")}</th>
                  <th scope="col">{t("review.existing")}</th>
                  <th scope="col">{t("review.reason")}</th>
                  <th scope="col">{t("review.decision")}</th>
                </tr>
              </thead>
              <tbody>
                {result.duplicates.map((d) => {
                  const id = `decision-${d.row}`;
                  return (
                    <tr key={d.row}>
                      <td className="mono">{d.row}</td>
                      <td className="wrap cell-main">{d.name}</td>
                      <td className="wrap">
                        {d.existing.id ? (
                          <Link to={`/${result.kind}/${d.existing.id}`} target="_blank">
                            {d.existing.name}
                          </Link>
                        ) : (
                          <span>
                            {d.existing.name} <span className="muted small">({t("review.earlierRow", { row: d.existing.row })})</span>
                          </span>
                        )}
                        <div className="cell-sub">
                          {[d.existing.country, d.existing.registrationId, d.existing.email].filter(Boolean).join(" · ")}
                        </div>
                      </td>
                      <td className="wrap small">
                        {d.reason}
                        {d.similarity !== null && <span className="muted"> ({Math.round(d.similarity * 100)} %)</span>}
                      </td>
                      <td>
                        <label htmlFor={id} className="sr-only">
                          {t("review.decisionFor", { row: d.row })}
                        </label>
                        <select
                          id={id}
                          className="select"
                          style={{ width: 150 }}
                          value={decisions[String(d.row)] ?? "skip"}
                          onChange={(e) => onDecisions({ ...decisions, [String(d.row)]: e.target.value as Decision })}
                        >
                          {DECISIONS.filter((x) => x !== "merge" || d.existing.id).map((x) => (
                            <option key={x} value={x}>
                              {t(`decisions.${x}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {result.newCompanies.length > 0 && (
        <div className="alert alert-info" role="status">
          <div>
            <strong>{t("review.newCompanies", { count: result.newCompanies.length })}</strong>
            <div className="small">
              {result.newCompanies
                .slice(0, 10)
                .map((c) => c.name)
                .join(", ")}
              {result.newCompanies.length > 10 ? " …" : ""}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

function Stat({ value, label, tone }: { value: number; label: string; tone?: "success" | "danger" | "warning" }) {
  return (
    <div className="stat">
      <span className="value" style={tone ? { color: `var(--color-${tone})` } : undefined}>
        {formatNumber(value)}
      </span>
      <span className="label">{label}</span>
    </div>
  );
}
