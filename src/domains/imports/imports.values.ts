import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { NACE_DIVISIONS, NACE_SECTIONS } from "../companies/nace.js";
import { headerKey } from "./imports.fields.js";

// Reading the cells of messy spreadsheets: country names in two languages, size words, NACE codes as
// people write them, lists in one cell, and the placeholders people type for "unknown".

countries.registerLocale(en);
countries.registerLocale(de);

/** Cells meaning "nothing here" in optional fields. */
const PLACEHOLDERS = new Set(["-", "–", "—", "n/a", "n.a.", "n. a.", "k.a.", "k. a.", "none", "null", "?", "unknown", "unbekannt"]);

/** A trimmed cell, or null when it is empty or a placeholder. */
export function optional(v: string | undefined): string | null {
  const t = (v ?? "").trim();
  if (!t || PLACEHOLDERS.has(t.toLowerCase())) return null;
  return t;
}

/** Splits a cell holding several values ("a; b | c"); trims, drops empties and repeats. */
export function splitList(v: string | undefined, separators: RegExp): string[] {
  const out: string[] = [];
  for (const part of (v ?? "").split(separators)) {
    const t = part.trim();
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

const plainKey = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "");

const COUNTRY_EXTRAS: Record<string, string> = {
  UK: "GB",
  EL: "GR",
  England: "GB",
  Scotland: "GB",
  Wales: "GB",
  "Northern Ireland": "GB",
  Britain: "GB",
  Schottland: "GB",
  Nordirland: "GB",
  Holland: "NL",
  America: "US",
  Amerika: "US",
  Macedonia: "MK",
  Mazedonien: "MK",
  Bosnia: "BA",
  Bosnien: "BA",
  Moldova: "MD",
  Moldawien: "MD",
  Turkei: "TR",
  Russland: "RU",
  "Czech Rep": "CZ",
  "Slovak Republic": "SK",
  "Slowakische Republik": "SK",
  Kosova: "XK",
};

let countryIndex: Map<string, string> | undefined;
function countryNames(): Map<string, string> {
  if (countryIndex) return countryIndex;
  const index = new Map<string, string>();
  const add = (name: string, code: string) => {
    for (const k of [plainKey(name), headerKey(name)]) if (k && !index.has(k)) index.set(k, code);
  };
  for (const lang of ["en", "de"]) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }) as Record<string, string[]>)) {
      for (const n of names) add(n, code);
    }
  }
  for (const [n, code] of Object.entries(COUNTRY_EXTRAS)) add(n, code);
  countryIndex = index;
  return index;
}

/** An ISO 3166-1 alpha-2 code from a code (de, DEU) or an English or German name (Germany, Deutschland). */
export function resolveCountry(v: string | undefined): string | null {
  const t = (v ?? "").trim();
  if (!t) return null;
  if (/^[A-Za-z]{2}$/.test(t)) {
    const up = t.toUpperCase();
    if (countries.isValid(up)) return up;
    return COUNTRY_EXTRAS[up] ?? null;
  }
  if (/^[A-Za-z]{3}$/.test(t)) {
    const code = countries.alpha3ToAlpha2(t.toUpperCase());
    if (code) return code;
  }
  const index = countryNames();
  return index.get(plainKey(t)) ?? index.get(headerKey(t)) ?? null;
}

const SIZE_WORDS: Record<"local" | "sme" | "large", string[]> = {
  local: [
    "local",
    "lokal",
    "micro",
    "microenterprise",
    "micro enterprise",
    "local business",
    "lokales unternehmen",
    "kleinst",
    "kleinstunternehmen",
    "oertlich",
  ],
  sme: [
    "sme",
    "smes",
    "kmu",
    "small",
    "medium",
    "small medium",
    "small and medium",
    "small or medium",
    "small medium sized",
    "smb",
    "pme",
    "mkb",
    "klein",
    "mittel",
    "klein mittel",
    "kleines unternehmen",
    "kleinunternehmen",
    "mittleres unternehmen",
    "mittelgross",
    "mittelstand",
    "mittelstaendisch",
  ],
  large: [
    "large",
    "big",
    "large enterprise",
    "gross",
    "grosses unternehmen",
    "grossunternehmen",
    "konzern",
    "multinational",
    "mnc",
    "corporate",
    "corporation",
    "enterprise",
    "international",
  ],
};
const SIZE_INDEX = new Map(
  Object.entries(SIZE_WORDS).flatMap(([size, words]) => words.map((w) => [headerKey(w), size as "local" | "sme" | "large"])),
);

/** local | sme | large from the words people use for company size, or null when unrecognised. */
export function resolveSize(v: string): "local" | "sme" | "large" | null {
  return SIZE_INDEX.get(headerKey(v)) ?? null;
}

let naceLabels: Map<string, string> | undefined;
/**
 * A NACE Rev.2 code as written in registers and spreadsheets ("H 49.41", "4941", WZ "49.41.0"), or a
 * section/division name; returns the input unchanged when it is neither (validation then explains).
 */
export function normalizeNace(v: string): string {
  const t = v.trim().toUpperCase().replace(/\s+/g, "");
  if (/^[A-U]$/.test(t)) return t;
  const m = /^(?:[A-U][-.]?)?(\d{2})(?:\.?(\d{1,2}))?(?:\.\d)?$/.exec(t);
  if (m) return m[2] ? `${m[1]}.${m[2]}` : m[1];
  if (!naceLabels) {
    naceLabels = new Map();
    for (const [code, label] of Object.entries(NACE_SECTIONS)) naceLabels.set(headerKey(label), code);
    for (const [code, [, label]] of Object.entries(NACE_DIVISIONS)) naceLabels.set(headerKey(label), code);
  }
  return naceLabels.get(headerKey(v)) ?? v.trim();
}

const LANGUAGES: Record<string, string[]> = {
  en: ["english", "englisch"],
  de: ["german", "deutsch"],
  fr: ["french", "franzoesisch", "francais"],
  es: ["spanish", "spanisch", "espanol"],
  it: ["italian", "italienisch", "italiano"],
  pt: ["portuguese", "portugiesisch"],
  nl: ["dutch", "niederlaendisch", "hollaendisch", "nederlands"],
  pl: ["polish", "polnisch", "polski"],
  cs: ["czech", "tschechisch"],
  sk: ["slovak", "slowakisch"],
  sl: ["slovenian", "slovene", "slowenisch"],
  hr: ["croatian", "kroatisch"],
  sr: ["serbian", "serbisch"],
  bs: ["bosnian", "bosnisch"],
  sq: ["albanian", "albanisch"],
  mk: ["macedonian", "mazedonisch"],
  bg: ["bulgarian", "bulgarisch"],
  ro: ["romanian", "rumaenisch"],
  hu: ["hungarian", "ungarisch"],
  el: ["greek", "griechisch"],
  tr: ["turkish", "tuerkisch"],
  sv: ["swedish", "schwedisch"],
  da: ["danish", "daenisch"],
  no: ["norwegian", "norwegisch"],
  fi: ["finnish", "finnisch"],
  et: ["estonian", "estnisch"],
  lv: ["latvian", "lettisch"],
  lt: ["lithuanian", "litauisch"],
  uk: ["ukrainian", "ukrainisch"],
  ru: ["russian", "russisch"],
  ar: ["arabic", "arabisch"],
  zh: ["chinese", "chinesisch"],
};
const LANGUAGE_INDEX = new Map(
  Object.entries(LANGUAGES).flatMap(([code, names]) => [[code, code] as const, ...names.map((n) => [headerKey(n), code] as const)]),
);

/** A language code from a code (de, DE, de-AT) or an English or German language name, or null. */
export function resolveLanguage(v: string): string | null {
  const t = v.trim();
  const tag = /^([a-zA-Z]{2})([-_][a-zA-Z]{2})?$/.exec(t);
  if (tag) return tag[1].toLowerCase();
  return LANGUAGE_INDEX.get(headerKey(t)) ?? null;
}

/** Registration numbers compared without spaces and punctuation ("HRB 12 345" = "hrb12345"). */
export function registrationKey(v: string | null | undefined): string | null {
  const k = (v ?? "").toUpperCase().replace(/[^A-Z0-9]/g, "");
  return k.length >= 3 ? k : null;
}
