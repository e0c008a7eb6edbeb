import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface TableData {
  caption: string;
  columns: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
}

/**
 * A dashboard card with a chart: the heading names the chart, an empty state replaces it when there is
 * nothing to draw, and "Show as table" reveals the same numbers as a table (the chart's text alternative
 * for anyone who cannot see or click the chart).
 */
export function ChartCard({
  title,
  hint,
  actions,
  empty,
  emptyText,
  table,
  children,
  testId,
  className,
}: {
  title: string;
  hint?: ReactNode;
  actions?: ReactNode;
  empty: boolean;
  emptyText: string;
  table: TableData;
  children: ReactNode;
  testId: string;
  className?: string;
}) {
  const { t } = useTranslation("dashboard");
  const id = useId();
  return (
    <section className={`card dash-card ${className ?? ""}`} aria-labelledby={`${id}-h`} data-testid={testId}>
      <div className="card-header">
        <div>
          <h2 id={`${id}-h`}>{title}</h2>
          {hint && <p>{hint}</p>}
        </div>
        {actions}
      </div>
      <div className="card-body dash-card-body">
        {empty ? (
          <p className="dash-empty" data-testid={`${testId}-empty`}>
            {emptyText}
          </p>
        ) : (
          <>
            {children}
            <details className="dash-table">
              <summary className="small">{t("asTable")}</summary>
              <table className="table">
                <caption className="sr-only">{table.caption}</caption>
                <thead>
                  <tr>
                    {table.columns.map((c, i) => (
                      <th key={c} scope="col" className={i > 0 ? "num" : undefined}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr key={r.key}>
                      {r.cells.map((c, i) =>
                        i === 0 ? (
                          <th key={i} scope="row">
                            {c}
                          </th>
                        ) : (
                          <td key={i} className="num">
                            {c}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </div>
    </section>
  );
}
