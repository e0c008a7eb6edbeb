import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { NACE_DIVISIONS, naceDivisionLabel, naceSection } from "../lib/nace";

interface NacePickerProps {
  id: string;
  /** The NACE code ("49", "49.41") or "". */
  value: string;
  onChange: (code: string) => void;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  testId?: string;
}

/** Lower case without accents ("Lebensmittel" finds "lebensmittel", "energie" finds "Énergie"). */
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** A NACE division as the picker shows and searches it: code, name, and the name of its section. */
export function useNaceOptions() {
  const { t } = useTranslation("companies");
  return useMemo(
    () =>
      NACE_DIVISIONS.map((code) => {
        const section = naceSection(code) ?? "";
        const label = naceDivisionLabel(code) ?? "";
        const sectionLabel = section ? t(`nace.${section}`) : "";
        return { code, label, section, sectionLabel, key: fold(`${code} ${label} ${sectionLabel}`) };
      }),
    [t],
  );
}

const CLASS_CODE = /^\d{2}(\.\d{1,2})?$/;

/**
 * The sector of a company, searchable by name or code (ARIA 1.2 combobox with a listbox popup): typing "transport"
 * or "49" lists the NACE divisions with their code; a full class code ("49.41") is taken as typed.
 */
export function NacePicker({ id, value, onChange, testId, ...aria }: NacePickerProps) {
  const { t } = useTranslation("companies");
  const options = useNaceOptions();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const current = value ? options.find((o) => o.code === value.slice(0, 2)) : undefined;
  const shown = useMemo(() => {
    const q = fold(text.trim());
    if (!q) return options;
    const words = q.split(/\s+/);
    return options
      .filter((o) => words.every((w) => o.key.includes(w)))
      .sort((a, b) => Number(!a.code.startsWith(q)) - Number(!b.code.startsWith(q)));
  }, [options, text]);
  const typedCode = CLASS_CODE.test(text.trim()) && text.trim().length > 2 ? text.trim() : null;
  const items: Array<{ code: string; label: string; sub: string }> = [
    ...(typedCode ? [{ code: typedCode, label: t("nacePicker.useCode", { code: typedCode }), sub: "" }] : []),
    ...shown.map((o) => ({ code: o.code, label: o.label, sub: o.sectionLabel })),
  ];

  const choose = (code: string) => {
    onChange(code);
    setText("");
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && items[active]) {
      e.preventDefault();
      choose(items[active].code);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setText("");
    }
  };
  const display = open ? text : value ? `${value} · ${current?.label ?? ""}` : "";

  return (
    <div className="popover-anchor nace-picker" style={{ display: "block" }}>
      <div className="row" style={{ gap: 6, flexWrap: "nowrap" }}>
        <input
          id={id}
          className="input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
          value={display}
          placeholder={t("nacePicker.placeholder")}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => {
            setText("");
            setOpen(true);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKey}
          data-testid={testId}
          {...aria}
        />
        {value && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange("")} data-testid={testId && `${testId}-clear`}>
            {t("nacePicker.clear")}
          </button>
        )}
      </div>
      <ul
        id={listId}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern gives the list the listbox role
        role="listbox"
        className="popover menu"
        hidden={!open}
        style={{ width: "100%", maxWidth: "none", maxHeight: 280, overflow: "auto" }}
        aria-label={t("nacePicker.results")}
      >
        {items.map((o, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: combobox options are not focused; the input keeps focus and points at the active one (aria-activedescendant)
          <li
            key={`${o.code}-${i}`}
            id={`${listId}-${i}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's option
            role="option"
            aria-selected={i === active}
            className="menu-item nace-option"
            style={i === active ? { background: "var(--color-surface-hover)" } : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o.code);
            }}
            data-testid="nace-option"
          >
            <span className="mono nace-code">{o.code}</span>
            <span>
              {o.label}
              {o.sub && <span className="cell-sub"> {o.sub}</span>}
            </span>
          </li>
        ))}
        {items.length === 0 && (
          // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/noNoninteractiveElementToInteractiveRole: as above, the combobox input keeps focus
          <li role="option" aria-selected={false} aria-disabled className="menu-item muted">
            {t("nacePicker.none")}
          </li>
        )}
      </ul>
    </div>
  );
}
