// A name string -> the structure the scorer compares: word tokens with their kind (distinctive word,
// generic business concept, stopword, title, initial, given name), legal forms, numbers, and alias forms.

import type { EntityType, TokenKind } from "./types.js";
import { stripAnnotations } from "./annotations.js";
import { splitLegalForms, type LegalForm } from "./legal-form.js";
import { latinise, rawTokens, type RawToken } from "./tokenize.js";
import { expandDiacritics, hasDigraphLetters, romanisationKey } from "./romanisation.js";
import type { Script } from "./transliterate.js";
import {
  CONCEPTS,
  conceptsOfWord,
  CONJUNCTIONS,
  DESCRIPTIVE,
  GENERIC_CONCEPTS,
  GIVEN_NAME,
  maxConceptTokens,
  NUMBER_MARKER,
  NUMBER_WORD,
  PHRASE_STARTS,
  STOP,
  TITLE,
  VESSEL_PREFIX,
} from "./vocabulary.js";

export type { TokenKind };

export interface Token {
  /** Latin, lower case, as written (after transliteration). */
  text: string;
  /** What two tokens must share to be the same word: the text, "#concept", "~given-name-group" or "≈romanisation-key". */
  key: string;
  kind: TokenKind;
  /** Written as an abbreviation ("Comm.", "Mfg"). */
  abbrev: boolean;
}

export interface NameForm {
  tokens: Token[];
  legal: LegalForm[];
  numbers: string[];
  /** Tokens and notes dropped from this form (address after a legal form, vessel prefix ...). */
  dropped: string[];
  /** An acronym given in brackets: compared with whole names, never with another acronym. */
  acronym?: boolean;
}

export interface NormalisedName {
  raw: string;
  type: EntityType;
  /** Scripts the raw name was written in. */
  scripts: Script[];
  /** forms[0] is the name proper; further forms are names embedded in it ("ex-" names). */
  forms: NameForm[];
  /** Annotations removed from the raw string. */
  removed: string[];
  /** The name proper as one canonical string: tokens, then numbers, then legal-form codes. */
  text: string;
}

const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Number value of a token, if it is one in this position. */
function numberOf(tok: RawToken, index: number, all: RawToken[], type: EntityType): string | undefined {
  const t = tok.text;
  if (/^\d+$/.test(t)) return String(Number(t.length > 15 ? t.slice(-15) : t));
  const ord = /^(\d+)(st|nd|rd|th|e|er|eme|o|a)$/.exec(t);
  if (ord) return String(Number(ord[1]));
  if (type === "person") {
    // Generational suffixes only: "John Smith III".
    return index === all.length - 1 && index >= 2 && /^(ii|iii|iv)$/.test(t) ? String(romanValue(t)) : undefined;
  }
  const word = NUMBER_WORD.get(t);
  if (word !== undefined && all.length > 1) return String(word);
  if (t.length >= 2 && ROMAN.test(t) && t !== "xi" && t !== "vi" && t !== "ix") return String(romanValue(t));
  // A lone I, V or X counts only as the last word after at least two others ("Sino Iron I").
  if (t.length === 1 && "ivx".includes(t) && index === all.length - 1 && index >= 2) return String(romanValue(t));
  if ((t === "xi" || t === "vi" || t === "ix") && index === all.length - 1 && index >= 2) return String(romanValue(t));
  return undefined;
}

/** Written as an abbreviation: a word followed by a dot ("Comm.", "Ind."). Dotless ones come from the vocabulary. */
function looksAbbreviated(tok: RawToken): boolean {
  return tok.dot && tok.text.length >= 2;
}

function classify(raw: RawToken[], type: EntityType): Token[] {
  const out: Token[] = [];
  const useConcepts = type === "company" || type === "unknown";
  for (let i = 0; i < raw.length; ) {
    const t = raw[i].text;
    if (useConcepts) {
      let took = 0;
      const maxLen = PHRASE_STARTS.has(t) ? Math.min(maxConceptTokens, raw.length - i) : 1;
      for (let len = maxLen; len >= 1 && !took; len--) {
        const phrase = raw
          .slice(i, i + len)
          .map((r) => r.text)
          .join(" ");
        const concepts = len === 1 ? conceptsOfWord(phrase) : CONCEPTS.get(phrase);
        if (!concepts) continue;
        // Stopwords and single letters are never concepts on their own ("de", "e").
        if (len === 1 && (STOP.has(t) || t.length < 2)) continue;
        for (const c of concepts) {
          const text = concepts.length > 1 ? c : phrase;
          const kind: TokenKind = DESCRIPTIVE.has(c) ? "word" : GENERIC_CONCEPTS.has(c) ? "stop" : "concept";
          out.push({ text, key: `#${c}`, kind, abbrev: looksAbbreviated(raw[i]) });
        }
        took = len;
      }
      if (took) {
        i += took;
        continue;
      }
    }
    const tok = raw[i];
    i++;
    // Arabic article: "al", "el", "ul" are one word.
    // "I. Petrov", "A Yekatom": a single letter in a person's name is an initial, not the conjunction i/e/y.
    // A particle belongs to the name after it ("Abu Bakr", "del Rio"): last in a person's name, with nothing to
    // belong to, it is that person's name ("Kamal Abu").
    const trailing = type === "person" && i === raw.length && out.length > 0 && !CONJUNCTIONS.has(t);
    if (STOP.has(t) && !(type === "person" && t.length === 1) && !trailing)
      out.push({ text: t, key: t === "el" || t === "ul" ? "al" : CONJUNCTIONS.has(t) ? "and" : t, kind: "stop", abbrev: false });
    else if (TITLE.has(t) && type !== "vessel" && type !== "aircraft" && !(type === "person" && t.length === 1))
      out.push({ text: t, key: t, kind: "title", abbrev: false });
    else if (t.length === 1 && /[a-z]/.test(t)) out.push({ text: t, key: t, kind: "initial", abbrev: true });
    else if (type !== "vessel" && type !== "aircraft" && GIVEN_NAME.has(t))
      out.push({ text: t, key: `~${GIVEN_NAME.get(t)}`, kind: "given", abbrev: false });
    else out.push({ text: t, key: t, kind: "word", abbrev: looksAbbreviated(tok) });
  }
  return out;
}

/** Vessel prefixes: any listed one for vessels; for other non-person names only the unambiguous "M/V", "M.T." forms. */
function stripVesselPrefix(raw: RawToken[], type: EntityType, dropped: string[]): RawToken[] {
  if (type === "person") return raw;
  for (const len of [2, 1]) {
    if (raw.length <= len) continue;
    const key = raw
      .slice(0, len)
      .map((t) => t.text)
      .join("");
    const ok = type === "vessel" ? VESSEL_PREFIX.has(key) : (key === "mv" || key === "mt") && (len === 2 || raw[0].dot);
    if (ok) {
      dropped.push(
        raw
          .slice(0, len)
          .map((t) => t.text)
          .join(" "),
      );
      return raw.slice(len);
    }
  }
  return raw;
}

function buildForm(text: string, type: EntityType, scripts: Set<Script>): NameForm {
  const latin = latinise(text);
  for (const s of latin.scripts) scripts.add(s);
  let raw = rawTokens(latin.text);
  const dropped: string[] = [];
  let legal: LegalForm[] = [];
  if (type !== "person") {
    const split = splitLegalForms(raw, type === "vessel" || type === "aircraft");
    raw = split.core;
    legal = split.forms;
    dropped.push(...split.dropped);
  }
  raw = stripVesselPrefix(raw, type, dropped);
  const numbers: string[] = [];
  const words: RawToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i + 1];
    if (NUMBER_MARKER.has(raw[i].text) && next && /^\d+$/.test(next.text)) continue;
    const n = numberOf(raw[i], i, raw, type);
    if (n !== undefined) numbers.push(n);
    else words.push(raw[i]);
  }
  numbers.sort();
  return { tokens: classify(words, type), legal, numbers, dropped };
}

/** Marks the key of a word in a romanisation form. */
export const ROMANISATION_KEY_MARK = "\u2248";

/** A form whose words are compared by their romanisation key (see romanisation.ts). */
export function isRomanisationForm(form: NameForm): boolean {
  return form.tokens.some((t) => t.key.startsWith(ROMANISATION_KEY_MARK));
}

/** Words written with č š ž … by their folded spelling, read as the BGN/PCGN digraphs ("chruscov" -> "chrushchov"). */
function digraphSpellings(text: string): Map<string, string> | undefined {
  if (!hasDigraphLetters(text)) return undefined;
  const plain = rawTokens(latinise(text).text);
  const expanded = rawTokens(latinise(expandDiacritics(text)).text);
  if (plain.length !== expanded.length) return undefined;
  const out = new Map<string, string>();
  plain.forEach((t, i) => {
    if (t.text !== expanded[i].text) out.set(t.text, expanded[i].text);
  });
  return out;
}

/**
 * The form again with every distinctive word of 5+ letters keyed by its romanisation key, so that
 * Khrushchev, Chruschtschow and Chruščov meet. The words keep their spelling for explanations and match
 * through the shared key, like given-name variants. Undefined when no word qualifies.
 */
function romanisationForm(form: NameForm, spellings: Map<string, string> | undefined, x: "ks" | "h" = "ks"): NameForm | undefined {
  let changed = false;
  const tokens = form.tokens.map((t): Token => {
    if ((t.kind !== "word" && t.kind !== "given") || t.text.length < 5 || !/^[a-z]+$/.test(t.text)) return t;
    changed = true;
    return {
      text: t.text,
      key: ROMANISATION_KEY_MARK + romanisationKey(spellings?.get(t.text) ?? t.text, x),
      kind: "romanised",
      abbrev: t.abbrev,
    };
  });
  return changed ? { ...form, tokens, dropped: [] } : undefined;
}

/** Normalises a name for matching: transliteration, annotations, legal forms, numbers and token kinds. */
export function normaliseName(name: string, type: EntityType = "unknown"): NormalisedName {
  const annotated = stripAnnotations(name.normalize("NFKC"), type);
  const scripts = new Set<Script>();
  const texts = [annotated.name, ...annotated.aliases];
  const forms = texts.map((t) => buildForm(t, type, scripts));
  for (const a of annotated.acronyms) forms.push({ ...buildForm(a, type, scripts), acronym: true });
  // Romanisation forms last. Vessel and aircraft names are not romanised personal names; their words stay as written.
  if (type !== "vessel" && type !== "aircraft") {
    texts.forEach((t, i) => {
      const spellings = digraphSpellings(t);
      const r = romanisationForm(forms[i], spellings);
      if (r) forms.push(r);
      // GOST 7.79 B writes х as x (Axmed): a name with an x also gets that reading.
      if (r && r.tokens.some((tok) => tok.kind === "romanised" && tok.text.includes("x")))
        forms.push(romanisationForm(forms[i], spellings, "h")!);
    });
  }
  const main = forms[0];
  const text = [...main.tokens.map((t) => t.text), ...main.numbers, ...main.legal.map((l) => l.code)].join(" ");
  return { raw: name, type, scripts: [...scripts], forms, removed: annotated.removed, text };
}
