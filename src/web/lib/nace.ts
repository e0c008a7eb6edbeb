import nace from "../../domains/companies/data/nace-rev2.json";
import naceDe from "../../domains/companies/data/nace-rev2-de.json";

// NACE Rev. 2 sections and divisions with their official labels — English (Eurostat) and German (Destatis, WZ 2008);
// the data files name their sources. Shown in the interface's language.

/** NACE Rev. 2 section letters (A–U), and each division's section. */
export const NACE_SECTIONS = Object.keys(nace.sections);
const DIVISIONS = nace.divisions as unknown as Record<string, [string, string]>;
export const NACE_DIVISIONS = Object.keys(DIVISIONS);
const LABELS = {
  en: {
    sections: nace.sections as Record<string, string>,
    divisions: Object.fromEntries(NACE_DIVISIONS.map((d) => [d, DIVISIONS[d]![1]])),
  },
  de: { sections: naceDe.sections as Record<string, string>, divisions: naceDe.divisions as Record<string, string> },
};
const lang = (language: string) => (language.startsWith("de") ? LABELS.de : LABELS.en);

/** The section letter of a code ("49.41" → "H"). */
export function naceSection(code: string | null | undefined): string | null {
  if (!code) return null;
  if (/^[A-U]$/.test(code)) return code;
  return DIVISIONS[code.slice(0, 2)]?.[0] ?? null;
}

/** The English label of a NACE division ("49" or "49.41" → "Land transport and transport via pipelines"), or null. */
export function naceDivisionLabel(code: string | null | undefined): string | null {
  return code ? (DIVISIONS[code.slice(0, 2)]?.[1] ?? null) : null;
}

/** The official label of a section letter in the interface's language ("Q" → "Gesundheits- und Sozialwesen"). */
export function naceSectionName(section: string, language: string): string {
  return lang(language).sections[section] ?? section;
}

/** The label of a code at the finest level shipped (division, else section) in the interface's language, or null. */
export function naceName(code: string | null | undefined, language: string): string | null {
  if (!code) return null;
  if (/^[A-U]$/.test(code)) return lang(language).sections[code] ?? null;
  return lang(language).divisions[code.slice(0, 2)] ?? null;
}

/**
 * A company's sector label: a stored label that is still the built-in English one of its code (set from the code
 * when the company was saved) is shown in the interface's language; a label the organisation wrote (or imported)
 * is shown as written.
 */
export function companySectorLabel(code: string | null | undefined, stored: string | null | undefined, language: string): string | null {
  const builtIn = code ? (/^[A-U]$/.test(code) ? LABELS.en.sections[code] : LABELS.en.divisions[code.slice(0, 2)]) : undefined;
  if (!stored || stored === builtIn) return naceName(code, language) ?? stored ?? null;
  return stored;
}
