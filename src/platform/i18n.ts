import i18next, { type TFunction } from "i18next";

// Texts the server writes for one person (e-mails) are in that person's language: user.locale, "de" or
// "en", English when unset. Each domain keeps its own small catalogue (e.g. health.mail-text.ts) and gets a
// translator here; i18next gives the same interpolation and plural rules ("key_one"/"key_other") as the web
// app, so a catalogue may reuse the web app's locale files. Texts the API returns are not translated on the
// server: they carry a code and params, and the web app translates them (ARCHITECTURE.md, "Languages").

export const SERVER_LANGUAGES = ["en", "de"] as const;
export type ServerLanguage = (typeof SERVER_LANGUAGES)[number];

/** The language to write to a user in: their locale when it is German, else English. */
export function languageOf(locale: string | null | undefined): ServerLanguage {
  return locale?.slice(0, 2).toLowerCase() === "de" ? "de" : "en";
}

export type Catalogue = Record<ServerLanguage, Record<string, unknown>>;

/**
 * A translator over one catalogue (namespace "translation"), created once and synchronous. Missing German
 * keys fall back to English; values are not HTML-escaped (mails are plain text).
 */
export function translator(catalogue: Catalogue): (lang: ServerLanguage) => TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(SERVER_LANGUAGES.map((l) => [l, { translation: catalogue[l] }])),
    lng: "en",
    fallbackLng: "en",
    supportedLngs: [...SERVER_LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = new Map(SERVER_LANGUAGES.map((l) => [l, instance.getFixedT(l)]));
  return (lang) => fixed.get(lang)!;
}

/** Every key path (a.b.c) of a catalogue language, for tests that both languages have the same texts. */
export function keysOf(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === "object" ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
