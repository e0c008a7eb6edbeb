import { ShieldAlert, ShieldCheck, ShieldQuestion } from "lucide-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../lib/format";
import type { CompanyScreening } from "./api";

/** The company's screening status: its current decision, "not screened" or "re-screening overdue". */
export function ScreeningStatusBadge({ screening }: { screening: CompanyScreening | undefined }) {
  const { t } = useTranslation("screening");
  if (!screening)
    return (
      <span className="badge" data-testid="screening-status">
        <ShieldQuestion size={12} aria-hidden /> {t("status.none")}
      </span>
    );
  if (screening.overdue)
    return (
      <span className="badge badge-warning" data-testid="screening-status" title={t(`decision.${screening.decision}`)}>
        <ShieldAlert size={12} aria-hidden /> {t("status.overdue")}
      </span>
    );
  const cls =
    screening.decision === "rejected" ? "badge-danger" : screening.decision === "engage_to_reform" ? "badge-warning" : "badge-success";
  const Icon = screening.decision === "rejected" ? ShieldAlert : ShieldCheck;
  return (
    <span
      className={`badge ${cls}`}
      data-testid="screening-status"
      title={t("status.decidedOn", { date: formatDate(screening.decidedAt) })}
    >
      <Icon size={12} aria-hidden /> {t(`decision.${screening.decision}`)}
    </span>
  );
}
