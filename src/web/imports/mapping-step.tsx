import { ArrowRight } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { ImportPreview, Mapping } from "./api";

/** Step 2: a column of the file for each field, prefilled with the server's suggestion; and the first rows. */
export function MappingStep({ preview, mapping, onChange }: { preview: ImportPreview; mapping: Mapping; onChange: (m: Mapping) => void }) {
  const { t } = useTranslation("imports");
  const set = (field: string, column: string) => {
    const next = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    onChange(next);
  };
  const sampleCols = preview.columns.slice(0, 8);
  return (
    <div className="stack-lg">
      {preview.warnings.length > 0 && (
        <div className="alert alert-warning" role="status">
          <ul style={{ margin: 0 }}>
            {preview.warnings.map((w, i) => (
              <li key={i}>
                {w.row ? `${t("review.row", { row: w.row })}: ` : ""}
                {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <section className="card" aria-labelledby="mapping-title">
        <div className="card-header">
          <div>
            <h2 id="mapping-title">{t("mapping.title")}</h2>
            <p>{t("mapping.lead", { count: preview.rowCount, columns: preview.columns.length })}</p>
          </div>
        </div>
        <div className="card-body">
          <div className="mapping" data-testid="import-mapping">
            <div className="small muted" style={{ fontWeight: 600 }}>
              {t("mapping.field")}
            </div>
            <span />
            <div className="small muted" style={{ fontWeight: 600 }}>
              {t("mapping.column")}
            </div>
            {preview.fields.map((f) => {
              const id = `map-${f.field}`;
              const hint = f.hint ? t(`fields.${f.field}.hint`, { defaultValue: f.hint }) : null;
              return (
                <div key={f.field} style={{ display: "contents" }}>
                  <div>
                    <label htmlFor={id} style={{ fontWeight: 500 }}>
                      {t(`fields.${f.field}.label`, { defaultValue: f.label })}
                    </label>
                    {f.required && (
                      <span className="badge badge-primary" style={{ marginLeft: 6 }}>
                        {t("mapping.required")}
                      </span>
                    )}
                    {hint && (
                      <div className="small muted" id={`${id}-hint`}>
                        {hint}
                      </div>
                    )}
                  </div>
                  <ArrowRight size={16} className="arrow" aria-hidden />
                  <select
                    id={id}
                    className="select"
                    value={mapping[f.field] ?? ""}
                    onChange={(e) => set(f.field, e.target.value)}
                    aria-describedby={hint ? `${id}-hint` : undefined}
                  >
                    <option value="">{t("mapping.notImported")}</option>
                    {preview.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
        </div>
      </section>
      <section className="card" aria-labelledby="sample-title">
        <div className="card-header">
          <h2 id="sample-title">{t("mapping.sample")}</h2>
        </div>
        <div className="table-wrap flat">
          <table className="table">
            <thead>
              <tr>
                {sampleCols.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sample.slice(0, 5).map((row, i) => (
                <tr key={i}>
                  {sampleCols.map((c) => (
                    <td key={c} className="small">
                      <span className="truncate">{row[c]}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
