import { useTranslation } from "react-i18next";
import type { Fit, FitFactor } from "./api";

/** The fit score as a badge: green from 60, amber from 35, grey below; red when the company must not be approached. */
export function FitBadge({ fit }: { fit: Fit }) {
  const { t } = useTranslation("prospects");
  if (fit.doNotApproach) return <span className="badge badge-danger">{t("fit.doNotApproach")}</span>;
  const tone = fit.score >= 60 ? "badge-success" : fit.score >= 35 ? "badge-warning" : "";
  return (
    <span className={`badge ${tone}`} title={t("fit.score", { score: fit.score })} data-testid="fit-score">
      {fit.score}
    </span>
  );
}

/** A factor's reason in the user's language, from its code and parameters. */
export function useReason() {
  const { t } = useTranslation("prospects");
  return (f: FitFactor) => t(`reasons.${f.code}`, { ...f.params, defaultValue: f.reason });
}

/** The factors that moved the score most, for a list row. */
export function TopReasons({ fit }: { fit: Fit }) {
  const reason = useReason();
  const top = [...fit.factors]
    .filter((f) => f.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, 2);
  return (
    <ul className="fit-reasons">
      {top.map((f) => (
        <li key={f.key} className={f.points < 0 ? "neg" : "pos"}>
          {reason(f)}
        </li>
      ))}
    </ul>
  );
}

/** Every factor: its points as a bar against its weight, and the reason. */
export function FactorList({ fit }: { fit: Fit }) {
  const { t } = useTranslation("prospects");
  const reason = useReason();
  return (
    <table className="fit-factors" data-testid="fit-factors">
      <caption className="sr-only">{t("fit.factorsTitle")}</caption>
      <tbody>
        {fit.factors.map((f) => (
          <tr key={f.key} data-testid={`fit-factor-${f.key}`}>
            <th scope="row">
              {t(`factors.${f.key}`)}
              <span className="small muted"> · {t("fit.weight", { weight: f.weight })}</span>
            </th>
            <td className="num">
              <span className={f.points < 0 ? "text-danger" : undefined}>{t("fit.points", { count: f.points })}</span>
            </td>
            <td className="fit-bar-cell" aria-hidden>
              <span className="fit-bar">
                <span
                  className={`fit-bar-fill ${f.points < 0 ? "neg" : ""}`}
                  style={{ width: `${f.weight ? Math.min(100, (Math.abs(f.points) / f.weight) * 100) : 0}%` }}
                />
              </span>
            </td>
            <td className="wrap">{reason(f)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
