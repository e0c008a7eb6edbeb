import { useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useCompanySearch } from "../companies/api";
import { useDebounced } from "../lib/use-debounced";

export interface CompanyRef {
  id: string;
  name: string;
}

interface PickerProps {
  id: string;
  value: CompanyRef | null;
  onChange: (c: CompanyRef | null) => void;
  exclude?: string[];
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  testId?: string;
}

/** A combobox that searches the register as you type (ARIA 1.2 combobox with a listbox popup). */
export function CompanyPicker({ id, value, onChange, exclude = [], testId, ...aria }: PickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebounced(text, 200);
  const results = useCompanySearch(q, open);
  const options = (results.data?.items ?? []).filter((c) => !exclude.includes(c.id));
  const listId = useId();

  const choose = (c: { id: string; name: string }) => {
    onChange({ id: c.id, name: c.name });
    setText(c.name);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="popover-anchor" style={{ display: "block" }}>
      <input
        id={id}
        className="input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        value={text}
        placeholder={t("companyPicker.placeholder")}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
        data-testid={testId}
        {...aria}
      />
      <ul
        id={listId}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern gives the list the listbox role
        role="listbox"
        className="popover menu"
        hidden={!open}
        style={{ width: "100%", maxWidth: "none", maxHeight: 260, overflow: "auto" }}
        aria-label={t("companyPicker.results")}
      >
        {options.map((c, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: combobox options are not focused; the input keeps focus and points at the active one (aria-activedescendant)
          <li
            key={c.id}
            id={`${listId}-${i}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's option
            role="option"
            aria-selected={i === active}
            className="menu-item"
            style={i === active ? { background: "var(--color-surface-hover)" } : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(c);
            }}
          >
            <span className="cc" aria-hidden>
              {c.country}
            </span>{" "}
            {c.name}
          </li>
        ))}
        {results.data && options.length === 0 && (
          // biome-ignore lint/a11y/useFocusableInteractive: as above, the combobox input keeps focus
          <li
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's option
            role="option"
            aria-selected={false}
            aria-disabled
            className="menu-item muted"
          >
            {t("companyPicker.none")}
          </li>
        )}
      </ul>
    </div>
  );
}
