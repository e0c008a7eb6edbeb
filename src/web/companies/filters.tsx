import { Filter, X } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { MultiSelectFilter } from "../components/multi-select";
import { Popover } from "../components/popover";
import { countryOptions } from "../lib/countries";
import { useMembers } from "../lib/members";
import { NACE_SECTIONS } from "../lib/nace";
import { SIZE_CLASSES, type CompanyFilters } from "./api";
import { ScreeningFilterChip } from "../screening/screening-filter";

/** The filter chips of the companies list. */
export function CompanyFilterBar({ filters, onChange }: { filters: CompanyFilters; onChange: (patch: Partial<CompanyFilters>) => void }) {
  const { t, i18n } = useTranslation("companies");
  const members = useMembers();
  const any =
    filters.country.length ||
    filters.sector.length ||
    filters.size.length ||
    filters.tag.length ||
    filters.owner ||
    filters.noActiveContact ||
    filters.screening;
  return (
    <>
      <MultiSelectFilter
        label={t("fields.country")}
        searchable
        options={countryOptions(i18n.language).map((c) => ({ value: c.code, label: c.name }))}
        value={filters.country}
        onChange={(country) => onChange({ country })}
        testId="filter-country"
      />
      <MultiSelectFilter
        label={t("fields.sector")}
        searchable
        options={NACE_SECTIONS.map((s) => ({ value: s, label: `${s} · ${t(`nace.${s}`)}` }))}
        value={filters.sector}
        onChange={(sector) => onChange({ sector })}
        testId="filter-sector"
      />
      <MultiSelectFilter
        label={t("fields.size")}
        options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`sizes.${s}`) }))}
        value={filters.size}
        onChange={(size) => onChange({ size })}
        testId="filter-size"
      />
      <TagFilter value={filters.tag} onChange={(tag) => onChange({ tag })} />
      <label className={`chip ${filters.owner ? "active" : ""}`}>
        <span>{t("fields.owner")}:</span>
        <select value={filters.owner} onChange={(e) => onChange({ owner: e.target.value })} data-testid="filter-owner">
          <option value="">{t("filters.anyone")}</option>
          <option value="none">{t("filters.noOwner")}</option>
          {members.data?.items.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={`chip ${filters.noActiveContact ? "active" : ""}`}
        aria-pressed={filters.noActiveContact}
        onClick={() => onChange({ noActiveContact: !filters.noActiveContact })}
        data-testid="filter-no-contact"
      >
        {t("filters.noActiveContact")}
      </button>
      <ScreeningFilterChip value={filters.screening ?? ""} onChange={(screening) => onChange({ screening })} />
      {any ? (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => onChange({ country: [], sector: [], size: [], tag: [], owner: "", noActiveContact: false, screening: "" })}
        >
          <X size={14} aria-hidden /> {t("common:filters.clearAll")}
        </button>
      ) : null}
    </>
  );
}

function TagFilter({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation("companies");
  const [text, setText] = useState(value.join(", "));
  useEffect(() => setText(value.join(", ")), [value]);
  const apply = () =>
    onChange(
      text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    );
  return (
    <Popover
      triggerClassName={`chip ${value.length ? "active" : ""}`}
      panelLabel={t("fields.tags")}
      trigger={
        <>
          <Filter size={13} aria-hidden />
          {t("fields.tags")}
          {value.length > 0 && <strong>: {value.join(", ")}</strong>}
        </>
      }
    >
      {(close) => (
        <form
          className="stack"
          style={{ gap: 8 }}
          onSubmit={(e) => {
            e.preventDefault();
            apply();
            close();
          }}
        >
          <label className="field-label" htmlFor="tag-filter">
            {t("filters.tagsLabel")}
          </label>
          <input
            id="tag-filter"
            className="input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t("filters.tagsPlaceholder")}
            autoFocus
          />
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="submit" className="btn btn-primary btn-sm">
              {t("filters.apply")}
            </button>
          </div>
        </form>
      )}
    </Popover>
  );
}
