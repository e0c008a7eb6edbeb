import { DEFAULT_MODES } from "../../domains/engagements/engagements.rules";
import { DEFAULT_RISK_CATALOGUE } from "../../domains/risks/data/catalogue";

// Engagement modes and risk catalogue items are seeded from built-in English data and stay editable per
// organisation. A built-in key whose text is still exactly the built-in English text is shown in the
// interface language (engagements:modes.<key>, engagements:riskCatalogue.<key>.*); once the organisation
// renamed it, its own wording wins. Comparing with the seed needs no extra column and follows the
// organisation's later edits automatically (renaming back to the seed text shows the translation again).

type Translate = (key: string, opts: { defaultValue: string }) => string;

/** The mode's label: the translation of a built-in mode the organisation did not rename, else its own label. */
export function modeLabel(t: Translate, key: string, label: string | undefined): string {
  if (label === undefined) return t(`modes.${key}`, { defaultValue: key });
  const seed = DEFAULT_MODES.find((m) => m.key === key);
  return seed && seed.label === label ? t(`modes.${key}`, { defaultValue: label }) : label;
}

/** A risk catalogue text (title or suggested mitigation) of a built-in item, translated while unchanged. */
export function riskCatalogueText(t: Translate, key: string | null | undefined, field: "title" | "suggestedMitigation", value: string): string {
  const seed = key ? DEFAULT_RISK_CATALOGUE.find((r) => r.key === key) : undefined;
  return seed && seed[field] === value ? t(`riskCatalogue.${key}.${field}`, { defaultValue: value }) : value;
}
