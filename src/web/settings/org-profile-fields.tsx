import { useTranslation } from "react-i18next";
import { CountrySelect } from "../components/country-select";
import { Field, fieldError } from "../components/field";
import { MultiSelectFilter } from "../components/multi-select";
import { languageOptions } from "../lib/languages";

export const ORG_SIZES = ["1-5", "6-20", "21-50", "51-250", "250+"] as const;
export const ORG_SCOPES = ["national", "international"] as const;

export interface OrgProfileValues {
  country: string;
  languages: string[];
  size: string;
  scope: string;
  mission: string;
}

export const emptyOrgProfile: OrgProfileValues = { country: "", languages: [], size: "", scope: "", mission: "" };

/** The body of PATCH /api/v1/organization from the form's values. */
export function orgProfilePatch(v: OrgProfileValues) {
  return {
    country: v.country || null,
    languages: v.languages,
    size: v.size || null,
    scope: v.scope || null,
    mission: v.mission.trim() || null,
  };
}

/** The NGO profile fields, shared by onboarding and settings. */
export function OrgProfileFields({
  value,
  onChange,
  error,
  disabled,
}: {
  value: OrgProfileValues;
  onChange: (v: OrgProfileValues) => void;
  error: unknown;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation("settings");
  const set = <K extends keyof OrgProfileValues>(k: K, v: OrgProfileValues[K]) => onChange({ ...value, [k]: v });
  return (
    <>
      <Field label={t("org.country")} error={fieldError(error, "country")}>
        {(p) => <CountrySelect {...p} value={value.country} onChange={(c) => set("country", c)} testId="org-country" />}
      </Field>
      <Field label={t("org.languages")} error={fieldError(error, "languages")} hint={t("org.languagesHint")}>
        {(p) => (
          <MultiSelectFilter
            asField
            id={p.id}
            label={t("org.languages")}
            placeholder={t("org.languagesPlaceholder")}
            searchable
            options={languageOptions(i18n.language)}
            value={value.languages}
            onChange={(v) => set("languages", v)}
          />
        )}
      </Field>
      <Field label={t("org.size")} error={fieldError(error, "size")}>
        {(p) => (
          <select {...p} className="select" value={value.size} onChange={(e) => set("size", e.target.value)} disabled={disabled}>
            <option value="">{t("common:notSet")}</option>
            {ORG_SIZES.map((s) => (
              <option key={s} value={s}>
                {t("org.sizeOption", { size: s })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="field">
        <legend>{t("org.scope")}</legend>
        <div className="radio-row" style={{ minHeight: 36, alignItems: "center" }}>
          {ORG_SCOPES.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="radio"
                name="org-scope"
                value={s}
                checked={value.scope === s}
                onChange={() => set("scope", s)}
                disabled={disabled}
              />
              {t(`org.scopes.${s}`)}
            </label>
          ))}
        </div>
        {fieldError(error, "scope") && <span className="error">{fieldError(error, "scope")}</span>}
      </fieldset>
      <Field label={t("org.mission")} className="span-2" error={fieldError(error, "mission")} hint={t("org.missionHint")}>
        {(p) => (
          <textarea
            {...p}
            className="textarea"
            rows={3}
            maxLength={2000}
            value={value.mission}
            onChange={(e) => set("mission", e.target.value)}
            disabled={disabled}
          />
        )}
      </Field>
    </>
  );
}
