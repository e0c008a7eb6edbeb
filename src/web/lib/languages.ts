/** Languages an NGO or a contact may work in (ISO 639-1), named in the interface language via Intl. */
export const WORK_LANGUAGES = [
  "en",
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "pt",
  "pl",
  "cs",
  "sk",
  "hu",
  "ro",
  "bg",
  "el",
  "hr",
  "sl",
  "sr",
  "bs",
  "sq",
  "mk",
  "uk",
  "ru",
  "be",
  "lt",
  "lv",
  "et",
  "fi",
  "sv",
  "da",
  "no",
  "is",
  "ga",
  "mt",
  "lb",
  "tr",
  "ka",
  "hy",
  "az",
  "ar",
  "fa",
  "zh",
  "vi",
  "th",
  "tl",
  "hi",
  "ur",
  "bn",
  "sw",
  "am",
  "ti",
  "so",
  "ha",
  "yo",
  "ig",
] as const;

/** The name of a language code in the given interface language ("de" → "German" / "Deutsch"). */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageOptions(lang: string) {
  return WORK_LANGUAGES.map((c) => ({ value: c, label: languageName(c, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang));
}
