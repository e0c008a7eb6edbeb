import { Building2, Users } from "lucide-react";
import { useTranslation } from "react-i18next";
import { FileDropzone } from "../components/file-dropzone";
import type { Kind } from "./api";

const ACCEPT = ".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Step 1: what the rows are, and the file. */
export function UploadStep({
  kind,
  onKind,
  onFile,
  busy,
}: {
  kind: Kind;
  onKind: (k: Kind) => void;
  onFile: (f: File) => void;
  busy: boolean;
}) {
  const { t } = useTranslation("imports");
  return (
    <div className="stack-lg">
      <fieldset>
        <legend style={{ fontSize: "var(--text-md)", marginBottom: 12 }}>{t("upload.kind")}</legend>
        <div className="kind-cards">
          {(["companies", "contacts"] as const).map((k) => (
            <label key={k} className={`kind-card ${kind === k ? "selected" : ""}`}>
              <input
                type="radio"
                name="import-kind"
                value={k}
                checked={kind === k}
                onChange={() => onKind(k)}
                data-testid={`import-kind-${k}`}
              />
              {k === "companies" ? <Building2 size={20} aria-hidden /> : <Users size={20} aria-hidden />}
              <span>
                <strong>{t(`kinds.${k}`)}</strong>
                <span className="small muted" style={{ display: "block" }}>
                  {t(`upload.${k}Hint`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FileDropzone
        title={t("upload.drop")}
        hint={t("upload.formats")}
        chooseLabel={t("upload.choose")}
        accept={ACCEPT}
        busy={busy}
        onFile={onFile}
        testId="import-file"
      />
    </div>
  );
}
