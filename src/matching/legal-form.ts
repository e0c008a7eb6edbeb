// Finding legal forms in a token list, and deciding whether two legal forms can name the same company.

import type { LegalFormDef } from "./data/legal-forms.js";
import type { RawToken } from "./tokenize.js";
import { spellingSimilarity } from "./similarity.js";
import {
  CONCEPTS,
  GIVEN_NAME,
  LEGAL_BY_KEY,
  LEGAL_FIRST_TOKENS,
  LEGAL_LAST_TOKENS,
  LEGAL_WORDS,
  maxLegalTokens,
  STOP,
} from "./vocabulary.js";

export interface LegalForm {
  code: string;
  label: string;
  /** As written in the name. */
  surface: string;
}

export interface LegalSplit {
  core: RawToken[];
  forms: LegalForm[];
  /** Tokens after "legal form," that were dropped as an address or registry note. */
  dropped: string[];
}

function keyOf(tokens: RawToken[], from: number, to: number): string {
  let k = "";
  for (let i = from; i < to; i++) k += tokens[i].text;
  return k;
}

function formAt(tokens: RawToken[], from: number, to: number): LegalFormDef | undefined {
  return LEGAL_BY_KEY.get(keyOf(tokens, from, to));
}

function toForm(def: LegalFormDef, tokens: RawToken[], from: number, to: number): LegalForm {
  return {
    code: def.code,
    label: def.label,
    surface: tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(" "),
  };
}

const legalTypoCache = new Map<string, string | null>();

function nearestLegalWord(word: string): string | null {
  let hit = legalTypoCache.get(word);
  if (hit !== undefined) return hit;
  hit = null;
  for (const w of LEGAL_WORDS) {
    if (Math.abs(w.length - word.length) > 2 || w[0] !== word[0]) continue;
    if (spellingSimilarity(word, w, false)) {
      hit = w;
      break;
    }
  }
  if (legalTypoCache.size > 100_000) legalTypoCache.clear();
  legalTypoCache.set(word, hit);
  return hit;
}

/** At the end of a name, a misspelt legal word ("Limitd", "Compnay") is read as the word. */
function correctLegalTypos(tokens: RawToken[]): RawToken[] {
  let out = tokens;
  tokens.forEach((t, i) => {
    if (i === 0 || i < tokens.length - 3 || t.text.length < 5 || LEGAL_WORDS.has(t.text) || CONCEPTS.has(t.text)) return;
    const w = nearestLegalWord(t.text);
    if (w) {
      if (out === tokens) out = tokens.map((x) => ({ ...x }));
      out[i].text = w;
    }
  });
  return out;
}

/**
 * Legal-form keys safe to find run onto the name's last word ("GroupLLC", "ShippingLimited"): keys of the
 * table (ISO 20275 ELF forms and their abbreviations) that no ordinary word ends with — abbreviations of three
 * letters or more without a vowel (ltd, llc, gmbh, srl, kft …) and written-out forms of six letters or more
 * (limited, company, corporation, berhad …). Short keys with vowels (inc: zinc, sa, ag, corp) are never split off.
 */
const JOINABLE_LEGAL_KEYS = [...LEGAL_BY_KEY.keys()]
  .filter((k) => /^[a-z]+$/.test(k) && ((k.length >= 3 && !/[aeiouy]/.test(k)) || k.length >= 6))
  .sort((a, b) => b.length - a.length);

/**
 * The name's last word with a legal form run onto it ("AVIA GROUPLLC", "MERSAD SHIPPING COMPANYLIMITED",
 * "GARMENTCOMPANY LTD.") is read as the word and the form. The word left must have three letters or more and a
 * vowel (not a legal abbreviation itself), and a word the vocabulary knows whole (a business word, a given name,
 * a legal form) is left alone. The last word is the last one before any trailing legal-form words.
 */
function splitJoinedLegalSuffix(tokens: RawToken[]): RawToken[] {
  let i = tokens.length - 1;
  while (i > 0 && tokens.length - i <= 3 && LEGAL_LAST_TOKENS.has(tokens[i].text)) i--;
  const last = tokens[i];
  if (!last || last.text.length < 6 || !/^[a-z]+$/.test(last.text)) return tokens;
  if (LEGAL_BY_KEY.has(last.text) || CONCEPTS.has(last.text) || GIVEN_NAME.has(last.text)) return tokens;
  for (const key of JOINABLE_LEGAL_KEYS) {
    if (key.length > last.text.length - 3 || !last.text.endsWith(key)) continue;
    const head = last.text.slice(0, last.text.length - key.length);
    if (!/[aeiouy]/.test(head)) continue;
    return [...tokens.slice(0, i), { text: head, dot: false, comma: false }, { ...last, text: key }, ...tokens.slice(i + 1)];
  }
  return tokens;
}

/** A form safe to recognise in the middle of a name: dotted initials ("S.a.s.") or a long distinctive word. */
function distinctiveSpan(tokens: RawToken[], from: number, to: number, def: LegalFormDef): boolean {
  if (def.kind === "generic" || def.jurisdictions[0] === "*") return false;
  const span = tokens.slice(from, to);
  if (span.length >= 2 && span.every((t) => t.text.length === 1 && t.dot)) return true;
  return keyOf(tokens, from, to).length >= 4 && span.length === 1;
}

/** Splits legal forms off the start, end and (when unambiguous) middle of a token list. */
export function splitLegalForms(input: RawToken[], suffixOnly = false): LegalSplit {
  const tokens = correctLegalTypos(splitJoinedLegalSuffix(input));
  const forms: LegalForm[] = [];
  const dropped: string[] = [];
  let toks = tokens;
  // "X Inc, 12250 Brevard Ln, Pasadena": a comma right after a legal form ends the name.
  for (let end = 1; end < toks.length; end++) {
    if (!toks[end - 1].comma || !LEGAL_LAST_TOKENS.has(toks[end - 1].text)) continue;
    let found = false;
    for (let start = Math.max(1, end - maxLegalTokens); start < end && !found; start++) {
      if (formAt(toks, start, end)) found = true;
    }
    if (!found) continue;
    // Keep "Co., Ltd." together: stop only if what follows is not itself a legal form.
    let followedByForm = false;
    for (let to = end + 1; to <= Math.min(toks.length, end + maxLegalTokens); to++) if (formAt(toks, end, to)) followedByForm = true;
    if (followedByForm) continue;
    dropped.push(...toks.slice(end).map((t) => t.text));
    toks = toks.slice(0, end);
    break;
  }
  let start = 0;
  let end = toks.length;
  // Prefix counts of non-stop tokens, so each check below is O(1) and a name made of nothing but forms
  // ("ab ab ab …") stays linear.
  const words = [0];
  for (const t of toks) words.push(words[words.length - 1] + (STOP.has(t.text) ? 0 : 1));
  const remaining = () => words[end] - words[start];
  // Suffixes, repeatedly ("Sp. z o.o. Sp. k.").
  for (;;) {
    if (end === 0 || !LEGAL_LAST_TOKENS.has(toks[end - 1].text)) break;
    let best = -1;
    for (let from = Math.max(start + 1, end - maxLegalTokens); from < end; from++) {
      if (formAt(toks, from, end)) {
        best = from;
        break;
      }
    }
    if (best < 0) break;
    const before = end;
    end = best;
    if (remaining() === 0) {
      end = before;
      break;
    }
    forms.push(toForm(formAt(toks, best, before)!, toks, best, before));
  }
  // Found from the end inwards; kept in reading order (reversed once: unshift per form is quadratic).
  forms.reverse();
  // Prefixes ("SARL X", "PT X", "ТОВ X").
  for (; !suffixOnly; ) {
    if (start >= end || !LEGAL_FIRST_TOKENS.has(toks[start].text)) break;
    let best = -1;
    for (let to = Math.min(end - 1, start + maxLegalTokens); to > start; to--) {
      if (formAt(toks, start, to)?.prefix) {
        best = to;
        break;
      }
    }
    if (best < 0) break;
    const before = start;
    start = best;
    if (remaining() === 0) {
      start = before;
      break;
    }
    forms.push(toForm(formAt(toks, before, best)!, toks, before, best));
  }
  // Middle ("Alpina Trasporti S.a.s. di Qualizza Renzo").
  const core: RawToken[] = [];
  for (let i = start; i < end; ) {
    let taken = 0;
    for (let to = Math.min(end, i + maxLegalTokens); to > i && !suffixOnly && LEGAL_FIRST_TOKENS.has(toks[i].text); to--) {
      const def = formAt(toks, i, to);
      if (def && !suffixOnly && distinctiveSpan(toks, i, to, def)) {
        forms.push(toForm(def, toks, i, to));
        taken = to - i;
        break;
      }
    }
    if (taken) i += taken;
    else core.push(toks[i++]);
  }
  if (core.filter((t) => !STOP.has(t.text)).length === 0) return { core: tokens, forms: [], dropped: [] };
  return { core, forms, dropped };
}

export type LegalVerdict = "same" | "compatible" | "one_sided" | "incompatible" | "none";

export interface LegalComparison {
  verdict: LegalVerdict;
  detail: string;
}

const FORM_BY_CODE = new Map<string, LegalFormDef>();
for (const def of LEGAL_BY_KEY.values()) FORM_BY_CODE.set(def.code, def);

/** The most specific form of a name: a native form beats an English one, anything beats "Co.". */
function primary(forms: LegalForm[]): LegalFormDef | undefined {
  const defs = forms.map((f) => FORM_BY_CODE.get(f.code)).filter((d): d is LegalFormDef => !!d);
  return defs.find((d) => d.jurisdictions[0] !== "*") ?? defs.find((d) => d.kind !== "generic") ?? defs[0];
}

const ENGLISH_COVERS: Record<string, Set<string>> = {
  limited: new Set(["limited", "stock"]),
  stock: new Set(["stock"]),
  partnership: new Set(["partnership"]),
};

function describe(def: LegalFormDef): string {
  return def.jurisdictions[0] === "*" ? def.label : `${def.label} (${def.jurisdictions.slice(0, 3).join("/")})`;
}

/** Whether two sets of legal forms can belong to one company (translation allowed, other country not). */
export function compareLegalForms(a: LegalForm[], b: LegalForm[]): LegalComparison {
  if (a.length === 0 && b.length === 0) return { verdict: "none", detail: "no legal form on either side" };
  const pa = primary(a);
  const pb = primary(b);
  if (!pa || !pb) {
    const only = pa ?? pb;
    return { verdict: "one_sided", detail: `${only ? describe(only) : "legal form"} on one side only` };
  }
  if (pa.code === pb.code) return { verdict: "same", detail: `same legal form (${pa.label})` };
  if (pa.kind === "generic" || pb.kind === "generic") return { verdict: "compatible", detail: `${describe(pa)} ~ ${describe(pb)}` };
  const englishA = pa.jurisdictions[0] === "*";
  const englishB = pb.jurisdictions[0] === "*";
  if (englishA && englishB) return { verdict: "compatible", detail: `${pa.label} ~ ${pb.label}` };
  if (englishA || englishB) {
    const [eng, native] = englishA ? [pa, pb] : [pb, pa];
    const ok = ENGLISH_COVERS[eng.kind]?.has(native.kind) ?? false;
    return ok
      ? { verdict: "compatible", detail: `${describe(native)} translated as ${eng.label}` }
      : { verdict: "incompatible", detail: `${describe(native)} is not a ${eng.label}` };
  }
  // Two different native forms: a company has one legal form, so these are two registrations (another
  // country, or another form in the same country). Language variants of one form share a code in the data.
  return { verdict: "incompatible", detail: `${describe(pa)} vs ${describe(pb)}: different registrations` };
}
