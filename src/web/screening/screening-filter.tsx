import { useTranslation } from "react-i18next";
import { DECISIONS } from "./api";

const VALUES = ["none", ...DECISIONS, "overdue"] as const;

/** The companies list's screening filter chip: not screened, a current decision, or re-screening overdue. */
export function ScreeningFilterChip({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation("screening");
  return (
    <label className={`chip ${value ? "active" : ""}`}>
      <span>{t("filter.label")}:</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="filter-screening">
        <option value="">{t("filter.any")}</option>
        {VALUES.map((v) => (
          <option key={v} value={v}>
            {v === "none" ? t("status.none") : v === "overdue" ? t("status.overdue") : t(`decision.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
