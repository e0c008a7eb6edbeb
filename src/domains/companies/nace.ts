import nace from "./data/nace-rev2.json" with { type: "json" };
import naceDe from "./data/nace-rev2-de.json" with { type: "json" };

// NACE Rev. 2 sections and divisions with their official labels: English from Eurostat, German from Destatis
// (WZ 2008, the German version of NACE Rev. 2); each data file names its source.

export type NaceLanguage = "en" | "de";

export const NACE_SECTIONS = nace.sections as Record<string, string>;
export const NACE_DIVISIONS = nace.divisions as unknown as Record<string, [string, string]>;
const SECTIONS_DE = naceDe.sections as Record<string, string>;
const DIVISIONS_DE = naceDe.divisions as Record<string, string>;

/** The section letter of a NACE code ("49.41" → "H", "C" → "C"), or null if unknown. */
export function naceSection(code: string): string | null {
  if (/^[A-U]$/.test(code)) return code;
  return NACE_DIVISIONS[code.slice(0, 2)]?.[0] ?? null;
}

/** The official label of a section letter in a language, or null. */
export function naceSectionLabel(section: string, lang: NaceLanguage = "en"): string | null {
  return (lang === "de" ? SECTIONS_DE[section] : NACE_SECTIONS[section]) ?? null;
}

/** The label of a NACE code at the finest level we ship (section or division), in a language (English by default). */
export function naceLabel(code: string, lang: NaceLanguage = "en"): string | null {
  if (/^[A-U]$/.test(code)) return naceSectionLabel(code, lang);
  const division = code.slice(0, 2);
  if (!NACE_DIVISIONS[division]) return null;
  return lang === "de" ? (DIVISIONS_DE[division] ?? null) : NACE_DIVISIONS[division][1];
}
