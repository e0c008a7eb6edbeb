import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCompanySearch } from "../companies/api";
import { useDebounced } from "../lib/use-debounced";
import { ComboboxList, useCombobox } from "./combobox";

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
  const cb = useCombobox();
  const q = useDebounced(text, 200);
  const results = useCompanySearch(q, cb.open);
  const options = (results.data?.items ?? []).filter((c) => !exclude.includes(c.id));

  const choose = (c: { id: string; name: string }) => {
    onChange({ id: c.id, name: c.name });
    setText(c.name);
    cb.setOpen(false);
  };

  return (
    <div className="popover-anchor" style={{ display: "block" }}>
      <input
        id={id}
        className="input"
        {...cb.inputProps(options, choose)}
        value={text}
        placeholder={t("companyPicker.placeholder")}
        onChange={(e) => {
          setText(e.target.value);
          cb.setOpen(true);
          cb.setActive(0);
          if (value) onChange(null);
        }}
        onFocus={() => cb.setOpen(true)}
        data-testid={testId}
        {...aria}
      />
      <ComboboxList
        combobox={cb}
        items={options}
        choose={choose}
        itemKey={(c) => c.id}
        empty={results.data && options.length === 0 ? t("companyPicker.none") : null}
        label={t("companyPicker.results")}
        maxHeight={260}
      >
        {(c) => (
          <>
            <span className="cc" aria-hidden>
              {c.country}
            </span>{" "}
            {c.name}
          </>
        )}
      </ComboboxList>
    </div>
  );
}
