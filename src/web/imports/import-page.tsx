import { CheckCircle2, FileSpreadsheet, Undo2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { FormError } from "../components/field";
import { PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { formatNumber } from "../lib/format";
import {
  dryRun,
  preview,
  useCommitImport,
  useUndoImport,
  type CommitResult,
  type Decision,
  type DryRunResult,
  type ImportPreview,
  type Kind,
  type Mapping,
} from "./api";
import { ImportHistory } from "./import-history";
import { MappingStep } from "./mapping-step";
import { ReviewStep } from "./review-step";
import { UploadStep } from "./upload-step";

type Step = "upload" | "mapping" | "review" | "done";
const STEPS: Step[] = ["upload", "mapping", "review", "done"];

/** The import wizard: upload → map columns → dry run → import (with undo), and the past imports. */
export default function ImportPage() {
  const { t } = useTranslation("imports");
  const { canWrite } = useActiveOrg();
  const toast = useToast();
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>("upload");
  const [kind, setKind] = useState<Kind>(params.get("kind") === "contacts" ? "contacts" : "companies");
  const [file, setFile] = useState<File | null>(null);
  const [prev, setPrev] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [check, setCheck] = useState<DryRunResult | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [allowInvalid, setAllowInvalid] = useState(false);
  const [result, setResult] = useState<CommitResult | null>(null);
  const [undone, setUndone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const commit = useCommitImport();
  const undo = useUndoImport();

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const onFile = (f: File) =>
    run(async () => {
      const p = await preview(f, kind);
      setFile(f);
      setPrev(p);
      setMapping(p.suggestedMapping as Mapping);
      setStep("mapping");
    });

  const onCheck = (f = file) =>
    run(async () => {
      if (!f) return;
      const r = await dryRun(f, kind, mapping);
      setFile(f);
      setCheck(r);
      setDecisions(Object.fromEntries(r.duplicates.map((d) => [String(d.row), "skip" as Decision])));
      setAllowInvalid(false);
      setStep("review");
    });

  const onImport = () => {
    if (!file) return;
    setError(null);
    commit.mutate(
      { file, kind, mapping, decisions, allowInvalid },
      {
        onSuccess: (r) => {
          setResult(r);
          setUndone(false);
          setStep("done");
          toast.success(t("done.toast", { count: r.created + r.merged }));
        },
        onError: setError,
      },
    );
  };

  const restart = () => {
    setStep("upload");
    setFile(null);
    setPrev(null);
    setCheck(null);
    setResult(null);
    setError(null);
  };

  const missingRequired = prev?.fields.filter((f) => f.required && !mapping[f.field]) ?? [];
  const blocked = !!check && check.invalid.length > 0 && !allowInvalid;
  const listLink = kind === "companies" ? "/companies?sort=-createdAt" : "/contacts?sort=-updatedAt";

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {!canWrite ? (
        <div className="alert alert-info">{t("readOnly")}</div>
      ) : (
        <section className="card" aria-labelledby="wizard-title" style={{ marginBottom: 32 }}>
          <div className="card-header">
            <h2 id="wizard-title" className="sr-only">
              {t("wizard")}
            </h2>
            <ol className="stepper" style={{ margin: 0 }}>
              {STEPS.map((s, i) => (
                <li key={s} aria-current={s === step ? "step" : undefined} className={STEPS.indexOf(step) > i ? "done" : ""}>
                  {t(`steps.${s}`)}
                </li>
              ))}
            </ol>
            {file && step !== "upload" && (
              <span className="row small muted">
                <FileSpreadsheet size={15} aria-hidden /> {file.name}
              </span>
            )}
          </div>
          <div className="card-body stack-lg">
            <FormError error={error} />
            {step === "upload" && <UploadStep kind={kind} onKind={setKind} onFile={(f) => void onFile(f)} busy={busy} />}
            {step === "mapping" && prev && <MappingStep preview={prev} mapping={mapping} onChange={setMapping} />}
            {step === "review" && check && (
              <ReviewStep
                result={check}
                decisions={decisions}
                onDecisions={setDecisions}
                allowInvalid={allowInvalid}
                onAllowInvalid={setAllowInvalid}
                onReupload={(f) => void onCheck(f)}
                busy={busy}
              />
            )}
            {step === "review" && commit.isPending && (
              <div role="status" className="stack" style={{ gap: 8 }} data-testid="import-progress">
                <span className="small">{t("review.running", { count: check?.valid ?? 0 })}</span>
                <div className="progress indeterminate">
                  <div />
                </div>
              </div>
            )}
            {step === "done" && result && (
              <div className="stack-lg" data-testid="import-result">
                <div className="alert alert-success" role="status">
                  <CheckCircle2 size={16} aria-hidden />
                  <div>
                    <strong>{undone ? t("done.undoneTitle") : t("done.title")}</strong>
                    <div>{undone ? t("done.undoneBody") : t(`done.body.${kind}`)}</div>
                  </div>
                </div>
                <div className="stats">
                  <div className="stat">
                    <span className="value">{formatNumber(result.created)}</span>
                    <span className="label">{t("done.created")}</span>
                  </div>
                  <div className="stat">
                    <span className="value">{formatNumber(result.merged)}</span>
                    <span className="label">{t("done.merged")}</span>
                  </div>
                  <div className="stat">
                    <span className="value">{formatNumber(result.skipped)}</span>
                    <span className="label">{t("done.skipped")}</span>
                  </div>
                  {result.companiesCreated > 0 && (
                    <div className="stat">
                      <span className="value">{formatNumber(result.companiesCreated)}</span>
                      <span className="label">{t("done.companiesCreated")}</span>
                    </div>
                  )}
                </div>
              </div>
            )}
          </div>
          {step !== "upload" && (
            <div className="dialog-footer" style={{ justifyContent: "space-between" }}>
              {step === "done" ? (
                <>
                  <button
                    type="button"
                    className="btn"
                    disabled={undone || undo.isPending}
                    onClick={() =>
                      result &&
                      undo.mutate(result.batchId, {
                        onSuccess: () => {
                          setUndone(true);
                          toast.success(t("history.undone"));
                        },
                      })
                    }
                    data-testid="import-undo"
                  >
                    <Undo2 size={15} aria-hidden /> {t("done.undo")}
                  </button>
                  <span className="row">
                    <button type="button" className="btn" onClick={restart}>
                      {t("done.another")}
                    </button>
                    {!undone && (
                      <Link className="btn btn-primary" to={listLink} data-testid="import-view-list">
                        {t(`done.view.${kind}`)}
                      </Link>
                    )}
                  </span>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => setStep(step === "review" ? "mapping" : "upload")}
                    disabled={busy || commit.isPending}
                  >
                    {t("common:actions.back")}
                  </button>
                  <span className="row">
                    {step === "mapping" && missingRequired.length > 0 && (
                      <span className="small" style={{ color: "var(--color-danger)" }}>
                        {t("mapping.missing", {
                          fields: missingRequired.map((f) => t(`fields.${f.field}.label`, { defaultValue: f.label })).join(", "),
                        })}
                      </span>
                    )}
                    {step === "mapping" && (
                      <button
                        type="button"
                        className="btn btn-primary"
                        disabled={busy || missingRequired.length > 0}
                        onClick={() => void onCheck()}
                        data-testid="import-dry-run"
                      >
                        {busy && <span className="spinner" aria-hidden />}
                        {t("mapping.check")}
                      </button>
                    )}
                    {step === "review" && (
                      <>
                        {blocked && <span className="small muted">{t("review.blocked")}</span>}
                        <button
                          type="button"
                          className="btn btn-primary"
                          disabled={blocked || commit.isPending || busy || (check?.valid ?? 0) === 0}
                          onClick={onImport}
                          data-testid="import-run"
                        >
                          {commit.isPending && <span className="spinner" aria-hidden />}
                          {t("review.import", { count: check?.valid ?? 0 })}
                        </button>
                      </>
                    )}
                  </span>
                </>
              )}
            </div>
          )}
        </section>
      )}
      <ImportHistory />
    </>
  );
}
