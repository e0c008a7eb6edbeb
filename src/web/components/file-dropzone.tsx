import { FileSpreadsheet } from "lucide-react";
import { useState, type DragEvent } from "react";

/**
 * A file drop area with a "choose a file" button: dropping a file or picking one calls `onFile` with it.
 * The input is emptied after each pick, so choosing the same file again (after an error) sends it again.
 */
export function FileDropzone({
  title,
  hint,
  chooseLabel,
  accept,
  busy,
  onFile,
  testId,
}: {
  title: string;
  hint?: string;
  chooseLabel: string;
  accept: string;
  busy: boolean;
  onFile: (f: File) => void;
  testId: string;
}) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/noNoninteractiveElementInteractions: the drop target for a mouse drag; keyboard users choose the file with the button inside
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
      <strong>{title}</strong>
      {hint && <span className="muted small">{hint}</span>}
      <label className="btn btn-primary" style={{ marginTop: 8 }} aria-disabled={busy}>
        {busy && <span className="spinner" aria-hidden />}
        {chooseLabel}
        <input
          type="file"
          accept={accept}
          className="sr-only"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) onFile(f);
            e.target.value = "";
          }}
          data-testid={testId}
        />
      </label>
    </div>
  );
}
