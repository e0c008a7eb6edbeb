import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = [
  "common",
  "auth",
  "companies",
  "contacts",
  "imports",
  "settings",
  "audit",
  "engagements",
  "tasks",
  "stories",
] as const;

const STORAGE_KEY = "partnerwise.lang";

// Each namespace of each language is its own small chunk, loaded when a page first needs it.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>("../locales/*/*.json");

const backend: BackendModule = {
  type: "backend",
  init() {},
  read(lng, ns, callback) {
    const load = loaders[`../locales/${lng}/${ns}.json`];
    if (!load) return callback(null, {});
    load().then(
      (m) => callback(null, m.default),
      (e: Error) => callback(e, null),
    );
  },
};

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === "en" || stored === "de") return stored;
  for (const l of navigator.languages ?? [navigator.language]) {
    const short = l.slice(0, 2).toLowerCase();
    if (short === "de" || short === "en") return short;
  }
  return "en";
}

export function isLanguage(l: unknown): l is Language {
  return l === "en" || l === "de";
}

/** The language a generated document is asked for in: the interface's own. */
export const docLang = (language: string): Language => (language.startsWith("de") ? "de" : "en");

/** Switches the interface language (and remembers it in this browser). */
export async function setLanguage(lng: Language) {
  localStorage.setItem(STORAGE_KEY, lng);
  if (i18n.language !== lng) await i18n.changeLanguage(lng);
}

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});

/** Settles when the first language's common words are loaded (or failed to load). */
export const i18nReady: Promise<unknown> = i18n
  .use(backend)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    ns: ["common"],
    defaultNS: "common",
    fallbackNS: "common",
    // In development, say so when a key is missing (production shows the English text or the key).
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (lngs, ns, key) => console.warn(`[i18n] missing ${lngs.join(",")}/${ns}:${key}`),
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: true },
  });
document.documentElement.lang = i18n.language;

export default i18n;
