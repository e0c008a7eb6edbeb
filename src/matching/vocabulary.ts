// Lookup tables built once from the data files, with every entry normalised exactly like a name is.

import { BUSINESS_WORDS } from "./data/business-words.js";
import { COUNTRY_LINES } from "./data/countries.js";
import { GIVEN_NAME_GROUPS } from "./data/given-names.js";
import { LEGAL_FORMS, type LegalFormDef } from "./data/legal-forms.js";
import { BRANCH_WORDS, MESSAGE_LABELS, NUMBER_MARKERS, NUMBER_WORDS, STOPWORDS, TITLES, VESSEL_PREFIXES } from "./data/lexicon.js";
import { compactKey, phraseKey } from "./tokenize.js";

/** Compact legal-form key ("spzoo") -> form. First definition wins; `legalFormConflicts` lists the rest. */
export const LEGAL_BY_KEY = new Map<string, LegalFormDef>();
/** First and last tokens of any legal-form variant: a cheap test before trying spans. */
export const LEGAL_FIRST_TOKENS = new Set<string>();
export const LEGAL_LAST_TOKENS = new Set<string>();
export const legalFormConflicts: string[] = [];
export let maxLegalTokens = 1;
/** "Joint Stock Company" is also written "Joint Stock Co." and "Public Limited Company" "Public Ltd Co". */
function spellings(variant: string): string[] {
  const out = new Set([variant]);
  const swaps: Array<[RegExp, string]> = [
    [/\bCompany\b/gi, "Co"],
    [/\bLimited\b/gi, "Ltd"],
    [/\bCorporation\b/gi, "Corp"],
  ];
  for (const [re, short] of swaps) for (const v of [...out]) out.add(v.replace(re, short));
  return [...out];
}

for (const form of LEGAL_FORMS) {
  for (const v of form.variants.flatMap(spellings)) {
    const key = compactKey(v);
    if (!key) continue;
    const prev = LEGAL_BY_KEY.get(key);
    if (prev && prev.code !== form.code) legalFormConflicts.push(`${v}: ${prev.code} / ${form.code}`);
    if (!prev) LEGAL_BY_KEY.set(key, form);
    const words = phraseKey(v).split(" ");
    LEGAL_FIRST_TOKENS.add(words[0]);
    LEGAL_LAST_TOKENS.add(words[words.length - 1]);
    // Compact keys can also be met as single letters ("S.A." -> "s", "a") or as one word ("spzoo").
    for (const ch of key) {
      LEGAL_FIRST_TOKENS.add(ch);
      LEGAL_LAST_TOKENS.add(ch);
    }
    LEGAL_FIRST_TOKENS.add(key);
    LEGAL_LAST_TOKENS.add(key);
    maxLegalTokens = Math.max(maxLegalTokens, phraseKey(v).split(" ").length);
  }
}
maxLegalTokens = Math.min(maxLegalTokens + 1, 8);

/** Words of 6+ letters that occur in legal forms ("limited", "company"): typos of them are still legal forms. */
export const LEGAL_WORDS = new Set<string>();
for (const form of LEGAL_FORMS)
  for (const v of form.variants) for (const w of phraseKey(v).split(" ")) if (w.length >= 6 && /^[a-z]+$/.test(w)) LEGAL_WORDS.add(w);

/** First words of multi-word concept phrases. */
export const PHRASE_STARTS = new Set<string>();

/** Space-joined phrase ("import export") -> concept ids. */
export const CONCEPTS = new Map<string, string[]>();
/** Concepts that describe rather than classify ("Star", "Golden", "North"): distinctive, no plural folding. */
export const DESCRIPTIVE = new Set<string>();
/** Concepts so generic they weigh like a stopword ("company", "société", "شركة"). */
export const GENERIC_CONCEPTS = new Set(["company"]);
export const conceptConflicts: string[] = [];
export let maxConceptTokens = 1;
for (const [rawId, variants] of BUSINESS_WORDS) {
  const id = rawId.replace(/^!/, "");
  const concepts = id.split("+");
  if (rawId.startsWith("!")) for (const c of concepts) DESCRIPTIVE.add(c);
  for (const v of variants.split("|")) {
    // One Han or kana character romanises to a syllable shared by many characters ("gang" = 钢, 港).
    if ([...v.trim()].length === 1 && /[\u3040-\u30ff\u3400-\u9fff]/.test(v)) continue;
    const key = phraseKey(v.trim());
    if (!key) continue;
    const prev = CONCEPTS.get(key);
    if (prev && prev.join("+") !== id) {
      conceptConflicts.push(`${v}: ${prev.join("+")} / ${id}`);
      continue;
    }
    CONCEPTS.set(key, concepts);
    if (key.includes(" ")) PHRASE_STARTS.add(key.split(" ")[0]);
    maxConceptTokens = Math.max(maxConceptTokens, key.split(" ").length);
  }
}

/** Concept ids of a single word, trying English/Romance plural endings when the word itself is unknown. */
export function conceptsOfWord(word: string): string[] | undefined {
  const direct = CONCEPTS.get(word);
  if (direct) return direct;
  if (word.length < 4) return undefined;
  let stem: string[] | undefined;
  if (word.endsWith("ies")) stem = CONCEPTS.get(word.slice(0, -3) + "y");
  else if (word.endsWith("es")) stem = CONCEPTS.get(word.slice(0, -2)) ?? CONCEPTS.get(word.slice(0, -1));
  else if (word.endsWith("s")) stem = CONCEPTS.get(word.slice(0, -1));
  // "Stars" is not "Star": descriptive words keep their number.
  return stem && !stem.some((c) => DESCRIPTIVE.has(c)) ? stem : undefined;
}

/** Conjunctions in many languages share one key: "and", "und", "et", "y", "ve" ... */
export const CONJUNCTIONS = new Set(["and", "und", "et", "e", "y", "i", "ve", "og", "och", "ja", "es", "si", "wa", "en", "in"]);

export const STOP = new Set(STOPWORDS.map(phraseKey));
export const TITLE = new Set(TITLES.map(phraseKey));
export const VESSEL_PREFIX = new Set(VESSEL_PREFIXES.map(compactKey));
export const NUMBER_MARKER = new Set(NUMBER_MARKERS);
export const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS).map(([w, n]) => [phraseKey(w), n]));
export const MESSAGE_LABEL = new Set(MESSAGE_LABELS.map(phraseKey));
export const BRANCH_WORD = BRANCH_WORDS.map(phraseKey);

/** Given-name spelling -> group id (persons only). */
export const GIVEN_NAME = new Map<string, number>();
GIVEN_NAME_GROUPS.forEach((line, group) => {
  for (const n of line.split(/\s+/)) {
    const key = phraseKey(n);
    if (key && !GIVEN_NAME.has(key)) GIVEN_NAME.set(key, group);
  }
});

/** Folded country name or code -> ISO alpha-2 code. */
export const COUNTRY = new Map<string, string>();
for (const line of COUNTRY_LINES) {
  const code = line.slice(0, 2);
  COUNTRY.set(code.toLowerCase(), code);
  for (const name of line.slice(3).split("|")) {
    const key = countryKey(name);
    if (key && !COUNTRY.has(key)) COUNTRY.set(key, code);
  }
}

function countryKey(name: string): string {
  return phraseKey(name)
    .split(" ")
    .filter((w) => w !== "the")
    .join(" ");
}

/** ISO alpha-2 code for a country name or code, or undefined when unknown. */
export function countryCode(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return COUNTRY.get(trimmed.toLowerCase()) ?? trimmed.toUpperCase();
  const key = countryKey(trimmed);
  const direct = COUNTRY.get(key);
  if (direct) return direct;
  // "Korea, North" / "Iran (Islamic Republic of)": try the part before the comma or bracket.
  const head = countryKey(trimmed.split(/[,(]/)[0]);
  return COUNTRY.get(head);
}
