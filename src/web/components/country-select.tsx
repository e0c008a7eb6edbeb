import { useTranslation } from "react-i18next";
import { countryName, countryOptions } from "../lib/countries";

interface CountrySelectProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  allowEmpty?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  required?: boolean;
  testId?: string;
}

/** A native select of every country, named in the interface language. */
export function CountrySelect({ value, onChange, allowEmpty = true, testId, ...rest }: CountrySelectProps) {
  const { t, i18n } = useTranslation();
  return (
    <select className="select" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} {...rest}>
      {allowEmpty && <option value="">{t("country.choose")}</option>}
      {countryOptions(i18n.language).map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}

/** "[DE] Germany": the ISO code as a small chip (emoji flags do not render everywhere), then the name. */
export function CountryLabel({ code }: { code: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!code) return null;
  return (
    <span className="row" style={{ gap: 6, flexWrap: "nowrap" }}>
      <span className="cc" aria-hidden>
        {code}
      </span>
      <span>{countryName(code, i18n.language)}</span>
    </span>
  );
}
