import { useTranslation } from "react-i18next";
import type { Round } from "./api";

/** Counts of responses by status, as badges. */
export function ProgressBadges({ round: r }: { round: Round }) {
  const { t } = useTranslation("assessment");
  return (
    <span className="row" style={{ gap: 6, flexWrap: "wrap" }} data-testid="round-progress">
      {r.coordinator && <span className="badge">{t("status.not_started_n", { count: r.progress.notStarted })}</span>}
      {r.coordinator && <span className="badge badge-warning">{t("status.draft_n", { count: r.progress.draft })}</span>}
      <span className="badge badge-success">{t("status.submitted_n", { count: r.progress.submitted })}</span>
      {r.progress.imported > 0 && <span className="badge badge-primary">{t("status.imported_n", { count: r.progress.imported })}</span>}
    </span>
  );
}

const TONE = { not_started: "badge", draft: "badge badge-warning", submitted: "badge badge-success" } as const;

/** One response's status. */
export function StatusBadge({ status }: { status: keyof typeof TONE }) {
  const { t } = useTranslation("assessment");
  return (
    <span className={TONE[status]} data-testid="response-status">
      {t(`status.${status}`)}
    </span>
  );
}
