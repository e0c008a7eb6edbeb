import { AlertCircle, CheckCircle2, Upload } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_LIST_NAMES, WATCHLIST_FORMATS } from "../../domains/watchlists/watchlists.constants";
import { Field, fieldError, FormError } from "../components/field";
import { formatNumber } from "../lib/format";
import { useStartImport, useWatchlistImport, type ImportFiles, type Watchlist, type WatchlistFormat, type WatchlistImport } from "./api";
import { JobProgress } from "./job-progress";

const ACCEPT: Record<WatchlistFormat, string> = {
  "ofac-csv": ".csv,text/csv",
  "un-xml": ".xml,application/xml,text/xml",
  "ftm-json": ".json,.jsonl,.ndjson,application/json,application/x-ndjson",
};
const OFAC_FIELDS = ["sdn", "alt", "add"] as const;

/**
 * Uploads a private list (admins): format, name, the file(s). The import runs as a background job; its
 * progress is polled and then its result shown — what was added, changed and removed, or why it failed
 * (a failed import changes nothing).
 */
export function ImportForm({ lists }: { lists: Watchlist[] }) {
  const { t } = useTranslation("watchlists");
  const start = useStartImport();
  const [format, setFormat] = useState<WatchlistFormat>("ofac-csv");
  const [name, setName] = useState("");
  const [files, setFiles] = useState<Omit<ImportFiles, "format" | "name">>({});
  const [missing, setMissing] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const imp = useWatchlistImport(importId);
  const listName = name.trim() || DEFAULT_LIST_NAMES[format];
  // A re-import of a list whose size we know gets a determinate bar (the file is likely about as long).
  const existing = lists.find((l) => l.scope === "organization" && l.name === (imp.data?.name ?? listName));
  const running = start.isPending || imp.data?.status === "running" || (!!importId && imp.isPending);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const main = format === "ofac-csv" ? files.sdn : files.file;
    setMissing(!main);
    if (!main) return;
    setImportId(null);
    start.mutate({ format, name, ...files }, { onSuccess: (r) => setImportId(r.id) });
  };
  const fileInput = (key: keyof typeof files, label: string, hint?: string) => (
    <Field
      label={label}
      hint={hint}
      error={(missing && (key === "sdn" || key === "file") ? t("import.fileRequired") : undefined) ?? fieldError(start.error, key)}
    >
      {(p) => (
        <input
          {...p}
          type="file"
          className="input"
          accept={ACCEPT[format]}
          disabled={running}
          onChange={(e) => setFiles((f) => ({ ...f, [key]: e.target.files?.[0] }))}
          data-testid={`import-file-${key}`}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="import-title" data-testid="watchlist-import">
      <div className="card-header">
        <h2 id="import-title">{t("import.title")}</h2>
      </div>
      <form className="card-body stack" onSubmit={submit} noValidate key={formKey}>
        <p className="small muted" style={{ margin: 0 }}>
          {t("import.hint")}
        </p>
        <div className="form-grid">
          <Field label={t("import.format")} hint={t(`formatHint.${format}`)}>
            {(p) => (
              <select
                {...p}
                className="select"
                value={format}
                disabled={running}
                onChange={(e) => {
                  setFormat(e.target.value as WatchlistFormat);
                  setFiles({});
                  setMissing(false);
                }}
                data-testid="import-format"
              >
                {WATCHLIST_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`format.${f}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("import.name")} hint={t("import.nameHint")} error={fieldError(start.error, "name")}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={name}
                placeholder={DEFAULT_LIST_NAMES[format]}
                maxLength={100}
                disabled={running}
                onChange={(e) => setName(e.target.value)}
                data-testid="import-name"
              />
            )}
          </Field>
        </div>
        <div className="wl-files" key={format}>
          {format === "ofac-csv"
            ? OFAC_FIELDS.map((k) => fileInput(k, t(`import.ofac.${k}`), t(`import.ofac.${k}Hint`)))
            : fileInput("file", t("import.file"))}
        </div>
        <FormError error={start.error ?? imp.error} />
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={running} data-testid="import-submit">
            {running ? <span className="spinner" aria-hidden /> : <Upload size={15} aria-hidden />} {t("import.submit", { name: listName })}
          </button>
          {imp.data && imp.data.status !== "running" && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                setImportId(null);
                setFiles({});
                setName("");
                setFormKey((k) => k + 1);
                start.reset();
              }}
            >
              {t("import.another")}
            </button>
          )}
        </div>
        {running && (
          <JobProgress
            testId="import-progress"
            label={t("import.progressLabel", { name: imp.data?.name ?? listName })}
            text={
              imp.data && imp.data.processed > 0
                ? t("import.progress", { count: imp.data.processed, n: formatNumber(imp.data.processed) })
                : t("import.uploading")
            }
            done={imp.data?.processed ?? 0}
            total={existing?.entityCount || null}
          />
        )}
        {imp.data && imp.data.status !== "running" && <ImportResult imp={imp.data} />}
      </form>
    </section>
  );
}

/** The outcome of a finished import. */
function ImportResult({ imp }: { imp: WatchlistImport }) {
  const { t } = useTranslation("watchlists");
  if (imp.status === "failed") {
    return (
      <div className="alert alert-danger" role="alert" data-testid="import-failed">
        <AlertCircle size={16} aria-hidden />
        <div>
          <strong>{t("result.failedTitle", { name: imp.name })}</strong>
          <div>{imp.error}</div>
          <div className="small">{t("result.failedUnchanged")}</div>
        </div>
      </div>
    );
  }
  const nothing = imp.added + imp.changed + imp.removed === 0;
  return (
    <div className="stack" data-testid="import-result">
      <div className="alert alert-success" role="status">
        <CheckCircle2 size={16} aria-hidden />
        <div>
          <strong>{t("result.doneTitle", { name: imp.name, version: imp.version })}</strong>
          <div>
            {nothing ? t("result.unchanged", { n: formatNumber(imp.processed) }) : t("result.read", { n: formatNumber(imp.processed) })}
          </div>
        </div>
      </div>
      <div className="stats">
        {(["added", "changed", "removed"] as const).map((k) => (
          <div className="stat" key={k}>
            <span className="value" data-testid={`import-${k}`}>
              {formatNumber(imp[k])}
            </span>
            <span className="label">{t(`result.${k}`)}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
