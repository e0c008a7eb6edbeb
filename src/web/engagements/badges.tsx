import { AlertTriangle, Flag, ShieldAlert, ShieldCheck, ShieldQuestion, UserX } from "lucide-react";
import { useTranslation } from "react-i18next";
import { modeLabel } from "../lib/built-in";
import { formatDate } from "../lib/format";
import { useModes, type EngagementStage, type ScreeningStatus } from "./api";

/** The label of a mode key: our translation of a built-in mode the organisation did not rename, else its own label. */
export function useModeLabel() {
  const { t } = useTranslation("engagements");
  const modes = useModes();
  return (key: string) => modeLabel(t, key, modes.data?.items.find((m) => m.key === key)?.label);
}

export function StageBadge({ stage }: { stage: EngagementStage }) {
  const { t } = useTranslation("engagements");
  return (
    <span className={`badge stage-badge stage-${stage}`} data-testid="stage-badge">
      {t(`stages.${stage}`)}
    </span>
  );
}

export function ModeBadges({ modes, max = 3 }: { modes: string[]; max?: number }) {
  const label = useModeLabel();
  if (!modes.length) return null;
  return (
    <span className="tag-list">
      {modes.slice(0, max).map((m) => (
        <span key={m} className="badge badge-primary">
          {label(m)}
        </span>
      ))}
      {modes.length > max && (
        <span className="badge" title={modes.slice(max).map(label).join(", ")}>
          +{modes.length - max}
        </span>
      )}
    </span>
  );
}

/** The company's current screening decision (or that it has none, or that re-screening is overdue). */
export function ScreeningBadge({ screening }: { screening: ScreeningStatus }) {
  const { t } = useTranslation("engagements");
  if (!screening)
    return (
      <span className="badge" data-testid="screening-badge" title={t("screening.noneHint")}>
        <ShieldQuestion size={12} aria-hidden /> {t("screening.none")}
      </span>
    );
  const cls =
    screening.decision === "rejected"
      ? "badge-danger"
      : screening.decision === "engage_to_reform" || screening.overdue
        ? "badge-warning"
        : "badge-success";
  const Icon = screening.decision === "rejected" ? ShieldAlert : ShieldCheck;
  const title =
    t("screening.decidedOn", { date: formatDate(screening.decidedAt) }) +
    (screening.rescreenOn ? ` · ${t("screening.rescreenOn", { date: formatDate(screening.rescreenOn) })}` : "");
  return (
    <span className={`badge ${cls}`} data-testid="screening-badge" title={title}>
      <Icon size={12} aria-hidden /> {t(`screening.${screening.decision}`)}
      {screening.overdue && <> · {t("screening.overdueShort")}</>}
    </span>
  );
}

const WARNING_ICON = { single_company_contact: AlertTriangle, no_company_contact: UserX, screening_overdue: ShieldAlert } as const;

/** The engagement's warnings as badges with words (never colour alone). */
export function WarningBadges({ warnings, flagCount = 0 }: { warnings: string[]; flagCount?: number }) {
  const { t } = useTranslation("engagements");
  if (!warnings.length && !flagCount) return null;
  return (
    <span className="tag-list">
      {warnings.map((w) => {
        const Icon = WARNING_ICON[w as keyof typeof WARNING_ICON] ?? AlertTriangle;
        return (
          <span key={w} className="badge badge-warning" title={t(`warnings.${w}Hint`)} data-testid={`warning-${w}`}>
            <Icon size={12} aria-hidden /> {t(`warnings.${w}`)}
            <span className="sr-only">: {t(`warnings.${w}Hint`)}</span>
          </span>
        );
      })}
      {flagCount > 0 && (
        <span className="badge badge-danger" data-testid="flag-badge">
          <Flag size={12} aria-hidden /> {t("flags.count", { count: flagCount })}
        </span>
      )}
    </span>
  );
}
