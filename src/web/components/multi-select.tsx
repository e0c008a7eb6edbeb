import { ChevronDown, Search } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Popover } from "./popover";

interface Option {
  value: string;
  label: string;
}

interface MultiSelectProps {
  label: string;
  options: Option[];
  value: string[];
  onChange: (v: string[]) => void;
  searchable?: boolean;
  testId?: string;
  /** Looks like a form control (for forms) instead of a filter chip. */
  asField?: boolean;
  id?: string;
  placeholder?: string;
}

/** A filter chip that opens a searchable checkbox list. */
export function MultiSelectFilter({ label, options, value, onChange, searchable, testId, asField, id, placeholder }: MultiSelectProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const shown = useMemo(() => {
    const f = q.trim().toLowerCase();
    const list = f ? options.filter((o) => o.label.toLowerCase().includes(f) || o.value.toLowerCase() === f) : options;
    // Selected first, so the user sees what is on.
    return [...list.filter((o) => value.includes(o.value)), ...list.filter((o) => !value.includes(o.value))].slice(0, 300);
  }, [options, q, value]);
  const summary =
    value.length === 0
      ? ""
      : value.length === 1
        ? (options.find((o) => o.value === value[0])?.label ?? value[0])
        : t("filters.nSelected", { count: value.length });
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Popover
      triggerClassName={asField ? "select multi-trigger" : `chip ${value.length ? "active" : ""}`}
      triggerId={id}
      trigger={
        asField ? (
          <>
            <span className={value.length ? "" : "muted"}>
              {value.length ? value.map((v) => options.find((o) => o.value === v)?.label ?? v).join(", ") : (placeholder ?? "")}
            </span>
            <ChevronDown size={14} aria-hidden />
          </>
        ) : (
          <>
            {/* One span, so the flex gap does not put a space before the colon ("Stage : 2 selected"). */}
            <span>
              {label}
              {summary && (
                <>
                  : <strong>{summary}</strong>
                </>
              )}
            </span>
            <ChevronDown size={14} aria-hidden />
          </>
        )
      }
      panelLabel={label}
      testId={testId}
    >
      {() => (
        <>
          {searchable && (
            <div className="input-group">
              <Search size={14} aria-hidden />
              <input
                className="input"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                placeholder={t("filters.searchOptions")}
                aria-label={t("filters.searchIn", { label })}
                autoFocus
              />
            </div>
          )}
          <fieldset>
            <legend className="sr-only">{label}</legend>
            <div className="option-list">
              {shown.map((o) => (
                <label key={o.value} className="checkbox">
                  <input
                    type="checkbox"
                    checked={value.includes(o.value)}
                    onChange={() => toggle(o.value)}
                    autoFocus={!searchable && o === shown[0]}
                  />
                  {o.label}
                </label>
              ))}
              {shown.length === 0 && (
                <p className="muted small" style={{ padding: 8 }}>
                  {t("filters.noOptions")}
                </p>
              )}
            </div>
          </fieldset>
          {value.length > 0 && (
            <div style={{ borderTop: "1px solid var(--color-border)", marginTop: 8, paddingTop: 8 }}>
              <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange([])}>
                {t("filters.clear")}
              </button>
            </div>
          )}
        </>
      )}
    </Popover>
  );
}
