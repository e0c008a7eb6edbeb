import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { NACE_DIVISIONS, naceDivisionLabel, naceName, naceSection } from "../lib/nace";
import { ComboboxList, useCombobox } from "./combobox";

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

/**
 * A NACE division as the picker shows and searches it: code, official name and the name of its section in the
 * interface's language; the English name is searched too ("transport" finds "Landverkehr …" for a German reader).
 */
export function useNaceOptions() {
  const { t, i18n } = useTranslation("companies");
  return useMemo(
    () =>
      NACE_DIVISIONS.map((code) => {
        const section = naceSection(code) ?? "";
        const label = naceName(code, i18n.language) ?? "";
        const sectionLabel = section ? t(`nace.${section}`) : "";
        return { code, label, section, sectionLabel, key: fold(`${code} ${label} ${sectionLabel} ${naceDivisionLabel(code) ?? ""}`) };
      }),
    [t, i18n.language],
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
  const cb = useCombobox();
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

  const choose = (item: { code: string }) => {
    onChange(item.code);
    setText("");
    cb.setOpen(false);
  };
  const display = cb.open ? text : value ? `${value} · ${current?.label ?? ""}` : "";

  return (
    <div className="popover-anchor nace-picker" style={{ display: "block" }}>
      <div className="row" style={{ gap: 6, flexWrap: "nowrap" }}>
        <input
          id={id}
          className="input"
          {...cb.inputProps(items, choose, () => setText(""))}
          value={display}
          placeholder={t("nacePicker.placeholder")}
          onChange={(e) => {
            setText(e.target.value);
            cb.setOpen(true);
            cb.setActive(0);
          }}
          onFocus={() => {
            setText("");
            cb.setOpen(true);
          }}
          data-testid={testId}
          {...aria}
        />
        {value && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange("")} data-testid={testId && `${testId}-clear`}>
            {t("nacePicker.clear")}
          </button>
        )}
      </div>
      <ComboboxList
        combobox={cb}
        items={items}
        choose={choose}
        itemKey={(o, i) => `${o.code}-${i}`}
        empty={items.length === 0 ? t("nacePicker.none") : null}
        label={t("nacePicker.results")}
        maxHeight={280}
        optionClassName="menu-item nace-option"
        optionTestId="nace-option"
      >
        {(o) => (
          <>
            <span className="mono nace-code">{o.code}</span>
            <span>
              {o.label}
              {o.sub && <span className="cell-sub"> {o.sub}</span>}
            </span>
          </>
        )}
      </ComboboxList>
    </div>
  );
}
