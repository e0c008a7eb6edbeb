import { Building2, FileSpreadsheet, Users } from "lucide-react";
import { useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Kind } from "./api";

const ACCEPT = ".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Step 1: what the rows are, and the file. */
export function UploadStep({ kind, onKind, onFile, busy }: { kind: Kind; onKind: (k: Kind) => void; onFile: (f: File) => void; busy: boolean }) {
  const { t } = useTranslation("imports");
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
  return (
    <div className="stack-lg">
      <fieldset>
        <legend style={{ fontSize: "var(--text-md)", marginBottom: 12 }}>{t("upload.kind")}</legend>
        <div className="kind-cards">
          {(["companies", "contacts"] as const).map((k) => (
            <label key={k} className={`kind-card ${kind === k ? "selected" : ""}`}>
              <input type="radio" name="import-kind" value={k} checked={kind === k} onChange={() => onKind(k)} data-testid={`import-kind-${k}`} />
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
      <div
        className={`dropzone ${over ? "over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <div className="empty-icon" aria-hidden>
          <FileSpreadsheet size={22} />
        </div>
        <strong>{t("upload.drop")}</strong>
        <span className="muted small">{t("upload.formats")}</span>
        <label className="btn btn-primary" style={{ marginTop: 8 }} aria-disabled={busy}>
          {busy && <span className="spinner" aria-hidden />}
          {t("upload.choose")}
          <input
            type="file"
            accept={ACCEPT}
            className="sr-only"
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onFile(f);
              e.target.value = "";
            }}
            data-testid="import-file"
          />
        </label>
      </div>
    </div>
  );
}
