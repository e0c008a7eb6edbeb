import { CheckCircle2, FileWarning } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { DataTable } from "../components/data-table";
import { FormDialog, FormField } from "../components/form-dialog";
import { useToast } from "../components/toast";
import { formatNumber } from "../lib/format";
import { type AssessmentImportResult, useImportResponses } from "./api";

/**
 * Imports a year's responses collected elsewhere (CSV or XLSX, one row per organisation, one column per question id)
 * in two steps: *Check the file* runs the whole import and writes nothing, listing every problem by row and column;
 * only a file without problems can then be imported, into a new round.
 */
export function ImportResponsesDialog({ networkId, onClose }: { networkId: string; onClose: () => void }) {
  const { t } = useTranslation("assessment");
  const toast = useToast();
  const navigate = useNavigate();
  const run = useImportResponses(networkId);
  const [file, setFile] = useState<File | null>(null);
  const [round, setRound] = useState(String(new Date().getFullYear()));
  const [preview, setPreview] = useState<AssessmentImportResult | null>(null);
  const [missing, setMissing] = useState(false);
  const ready = !!preview && preview.problems.length === 0 && (preview.valid ?? 0) > 0;

  const submit = () => {
    if (!file || !round.trim()) {
      setMissing(true);
      return;
    }
    if (!ready) {
      run.mutate({ file, round: round.trim(), dryRun: true }, { onSuccess: setPreview });
      return;
    }
    run.mutate(
      { file, round: round.trim(), dryRun: false },
      {
        onSuccess: (res) => {
          toast.success(t("import.done", { count: res.imported, round: res.round.name }));
          onClose();
          navigate(`/assessment/${res.round.id}`);
        },
      },
    );
  };

  return (
    <FormDialog
      open
      wide
      onClose={onClose}
      title={t("import.title")}
      description={t("import.hint")}
      onSubmit={submit}
      submitLabel={ready ? t("import.commit", { count: preview.valid ?? 0 }) : t("import.check")}
      pending={run.isPending}
      error={run.error}
      formTestId="assessment-import-form"
      submitTestId="assessment-import-submit"
    >
      <FormField
        label={t("import.file")}
        name="file"
        hint={t("import.fileHint")}
        error={missing && !file ? t("import.required") : undefined}
      >
        {(p) => (
          <input
            {...p}
            className="input"
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
            }}
            data-testid="assessment-import-file"
          />
        )}
      </FormField>
      <FormField label={t("rounds.name")} name="round" error={missing && !round.trim() ? t("import.required") : undefined}>
        {(p) => (
          <input
            {...p}
            className="input"
            value={round}
            onChange={(e) => {
              setRound(e.target.value);
              setPreview(null);
            }}
            data-testid="assessment-import-round"
          />
        )}
      </FormField>
      {preview && <Preview result={preview} />}
    </FormDialog>
  );
}

function Preview({ result: r }: { result: AssessmentImportResult }) {
  const { t } = useTranslation("assessment");
  if (!r.problems.length)
    return (
      <div className="alert alert-success" role="status" data-testid="assessment-import-ready">
        <CheckCircle2 size={16} aria-hidden />
        <div>
          {t(r.round.created ? "import.readyNew" : "import.readyExisting", {
            count: r.valid ?? 0,
            countText: formatNumber(r.valid ?? 0),
            round: r.round.name,
            version: r.questionnaire.version,
          })}
        </div>
      </div>
    );
  return (
    <div className="stack" data-testid="assessment-import-problems">
      <div className="alert alert-danger" role="alert">
        <FileWarning size={16} aria-hidden />
        <div>{t("import.problems", { count: r.problems.length })}</div>
      </div>
      <DataTable
        rows={r.problems}
        label={t("import.problemsLabel")}
        rowKey={(p) => `${p.row}-${p.column}-${p.code}-${p.message}`}
        testId="assessment-import-problems-table"
        rowTestId="assessment-import-problem"
        empty={null}
        columns={[
          { id: "row", header: t("import.row"), cell: (p) => p.row },
          { id: "column", header: t("import.column"), cell: (p) => <code>{p.column}</code> },
          { id: "code", header: t("import.problem"), cell: (p) => t(`import.code.${p.code}`) },
          { id: "message", header: t("import.details"), className: "wrap", cell: (p) => p.message },
        ]}
      />
    </div>
  );
}
