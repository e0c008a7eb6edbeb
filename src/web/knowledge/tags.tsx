import { useTranslation } from "react-i18next";
import { tagKind } from "../../domains/knowledge/knowledge.constants";
import { modeLabel } from "../lib/built-in";
import { countryName } from "../lib/countries";
import { naceDivisionLabel } from "../lib/nace";

/** A tag as a reader sees it: a need, an engagement mode or stage, a sector or a country by name; a free tag as written. */
export function useTagLabel() {
  const { t, i18n } = useTranslation(["knowledge", "engagements"]);
  return (tag: string): string => {
    const { kind, value } = tagKind(tag);
    switch (kind) {
      case "need":
        return t(`knowledge:needs.${value}`);
      case "mode":
        return modeLabel((k, o) => t(`engagements:${k}`, o), value, undefined);
      case "stage":
        return t(`engagements:stages.${value}`, { defaultValue: value });
      case "sector":
        return `${value} ${naceDivisionLabel(value.slice(0, 2)) ?? ""}`.trim();
      case "country":
        return countryName(value, i18n.language) || value;
      default:
        return value;
    }
  };
}

export function TagList({ tags }: { tags: string[] }) {
  const { t } = useTranslation("knowledge");
  const label = useTagLabel();
  if (!tags.length) return null;
  return (
    <ul className="kn-tags" aria-label={t("knowledge:fields.tags")}>
      {tags.map((tag) => (
        <li key={tag} className={`badge kn-tag kn-tag-${tagKind(tag).kind}`}>
          {label(tag)}
        </li>
      ))}
    </ul>
  );
}
