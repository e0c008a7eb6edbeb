import { DEFAULT_MODES } from "../../domains/engagements/engagements.rules";
import { DEFAULT_RISK_CATALOGUE } from "../../domains/risks/data/catalogue";
import { DEFAULT_CATALOGUE } from "../../domains/screening/data/criteria";
import { DEFAULT_SECTOR_RISKS } from "../../domains/screening/data/sector-risks";

// Engagement modes, risk catalogue items and the screening catalogue's criteria and excluded sectors are seeded from built-in English data and stay editable per
// organisation. A built-in key whose text is still exactly the built-in English text is shown in the
// interface language (engagements:modes.<key>, engagements:riskCatalogue.<key>.*, screening:builtIn.*); once the organisation
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
export function riskCatalogueText(
  t: Translate,
  key: string | null | undefined,
  field: "title" | "suggestedMitigation",
  value: string,
): string {
  const seed = key ? DEFAULT_RISK_CATALOGUE.find((r) => r.key === key) : undefined;
  return seed && seed[field] === value ? t(`riskCatalogue.${key}.${field}`, { defaultValue: value }) : value;
}

/** A screening criterion's title (namespace screening), translated while it is the built-in catalogue's own. */
export function criterionTitle(t: Translate, key: string, title: string): string {
  const seed = DEFAULT_CATALOGUE.criteria.find((c) => c.key === key);
  return seed && seed.title === title ? t(`builtIn.criteria.${key}`, { defaultValue: title }) : title;
}

/** An excluded sector's label (namespace screening), translated while it is the built-in catalogue's own. */
export function excludedSectorLabel(t: Translate, key: string | undefined, label: string): string {
  const seed = key ? DEFAULT_CATALOGUE.excludedSectors.find((s) => s.key === key) : undefined;
  return seed && seed.label === label ? t(`builtIn.excludedSectors.${key}`, { defaultValue: label }) : label;
}

/** The title of the task the renewal reminders create (RENEWAL_TASK_TITLE of health.reminders.ts, server-only). */
export const RENEWAL_TASK_TITLE = "Prepare renewal";

/** A task's title (namespace engagements): the renewal reminders' task in the interface language, others as written. */
export function taskTitle(t: Translate, title: string): string {
  return title === RENEWAL_TASK_TITLE ? t("tasks.builtIn.prepareRenewal", { defaultValue: title }) : title;
}

/**
 * A built-in sector-risk entry's label or reason (namespace screening), translated while it is the built-in list's own
 * (DEFAULT_SECTOR_RISKS); an entry the organisation added or reworded is shown as written.
 */
export function sectorRiskText(t: Translate, naceCode: string | undefined, field: "label" | "reason", value: string): string {
  const seed = naceCode ? DEFAULT_SECTOR_RISKS.find((s) => s.naceCode === naceCode) : undefined;
  return seed && seed[field] === value
    ? t(`builtIn.sectorRisks.${naceCode!.replace(/\./g, "_")}.${field}`, { defaultValue: value })
    : value;
}
