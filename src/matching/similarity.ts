// How alike two spellings of one word are. Three ideas, each general:
// 1. Romanisation variants are cheap: doubled letters, kh/h, w/v, q/k, ee/i, -iy/-y/-i, -vich/-witz ...
//    (`fold` maps both spellings to one form; a folded match costs a little).
// 2. Other edits cost by kind (vowel for vowel is cheaper than consonant for consonant), and the budget
//    grows with word length: a short word must be spelled exactly, a long one may carry one typo.
// 3. Edits that make a different word are refused outright: another first letter, a plural ending.
// For names in two scripts (Hebrew or Burmese vs Latin) consonant skeletons are compared as a fallback.

import { SPELLING } from "./algorithm.js";

export { SPELLING };

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** A two-generation memo: recent entries survive a flush, so a hot working set is never lost at once. */
class Memo {
  private recent = new Map<string, string>();
  private older = new Map<string, string>();

  constructor(
    private readonly compute: (w: string) => string,
    private readonly size = 100_000,
  ) {}

  /** The memoised value for `word`, computed on a miss. */
  get(word: string): string {
    let v = this.recent.get(word);
    if (v !== undefined) return v;
    v = this.older.get(word) ?? this.compute(word);
    if (this.recent.size >= this.size) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(word, v);
    return v;
  }
}

const foldMemo = new Memo((w) => foldUncached(w));

/** Maps a Latin word to a spelling-insensitive form (see module comment). Memoised. */
export function fold(word: string): string {
  return foldMemo.get(word);
}

function foldUncached(word: string): string {
  // German umlauts written out (Mueller, Schroeder, Baecker) read as the plain vowel.
  let s = word
    .replace(/([^aeiou])(u|o|a)e/g, "$1$2")
    .replace(/ee/g, "i")
    .replace(/oo/g, "u");
  s = s.replace(/(.)\1+/g, "$1");
  s = s.replace(/[oe]?(?:w|v)(?:itch|itz|icz|ich|ych|ic|its|itsch)$/, "ovich");
  s = s.replace(/sch/g, "sh").replace(/tsch/g, "ch").replace(/sz/g, "sh").replace(/cz/g, "ch");
  s = s.replace(/dzh|dj|zh/g, "j");
  s = s
    .replace(/([^s])ch/g, "$1h")
    .replace(/^ch/, "h")
    .replace(/kh/g, "h")
    .replace(/gh/g, "g");
  s = s.replace(/ph/g, "f").replace(/ck/g, "k").replace(/q/g, "k").replace(/x/g, "ks").replace(/w/g, "v");
  s = s.replace(/ts|tz/g, "c");
  // Medial "ja/ju/je" is the German and Polish spelling of Cyrillic я/ю/е; an initial J is too ambiguous (Ж, Й, pinyin j).
  s = s.replace(/([a-z])j(?=[aeou])/g, "$1y");
  s = s
    .replace(/ee/g, "i")
    .replace(/ou|oo/g, "u")
    .replace(/ai|ay|ei|ey/g, "e");
  s = s.replace(/y(?![aeiou])/g, "i");
  s = s.replace(/(?:ii|iy|yi|ij)$/, "i").replace(/([aeiou])h$/, "$1");
  s = s.replace(/(.)\1+/g, "$1");
  return s;
}

const skeletonMemo = new Memo((w) => skeletonUncached(w));

/** Consonant skeleton used only across scripts: vowels and glides dropped, related consonants merged. */
export function skeleton(word: string): string {
  return skeletonMemo.get(word);
}

function skeletonUncached(word: string): string {
  let s = word.replace(/([aeiou])w(?![aeiou])/g, "$1");
  s = fold(s);
  // h joins k and g: Ukrainian and Belarusian г is h where Russian writes g, Hebrew ח is kh or h.
  s = s
    .replace(/[aeiouy]/g, "")
    .replace(/[bpfv]/g, "b")
    .replace(/[kgch]/g, "k")
    .replace(/[sz]/g, "s")
    .replace(/[td]/g, "t");
  return s.replace(/(.)\1+/g, "$1");
}

const looseSkeletonMemo = new Memo((w) => looseSkeletonUncached(w));

function looseSkeletonUncached(word: string): string {
  const s = word
    .replace(/['`]/g, "")
    .replace(/kh|gh|ck|q|g|c(?!h)/g, "k")
    .replace(/th|dh|d/g, "t")
    .replace(/sh|ch|z/g, "s")
    .replace(/ph|v/g, "f")
    .replace(/p/g, "b")
    .replace(/[aeiouyw]/g, "");
  return s.replace(/(.)\1+/g, "$1");
}

/**
 * A second consonant skeleton for names from scripts that write few vowels (Arabic, Persian, Hebrew). Unlike
 * `skeleton` it keeps h apart from k (ح is not ك) and b apart from f, but reads the Latin digraphs of one
 * letter there as that letter (kh, gh, q, g → k; th, dh, d → t; sh, z → s) and drops w and y (vowel letters in
 * Arabic). Used only across scripts, as a second way to meet.
 */
export function looseSkeleton(word: string): string {
  return looseSkeletonMemo.get(word);
}

const VOWEL_CODES = new Uint8Array(128);
for (const v of VOWELS) VOWEL_CODES[v.charCodeAt(0)] = 1;
const Y = "y".charCodeAt(0);
const I = "i".charCodeAt(0);
const V = "v".charCodeAt(0);
const W = "w".charCodeAt(0);

function subCost(a: number, b: number): number {
  if (a === b) return 0;
  if ((a === Y && b === I) || (a === I && b === Y)) return 0.2;
  if ((a === V && b === W) || (a === W && b === V)) return 0.2;
  if (a < 128 && b < 128 && VOWEL_CODES[a] && VOWEL_CODES[b]) return 0.6;
  return 1;
}

/** Inserting or deleting a letter next to the same letter (a doubled letter) is cheap. */
function indel(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return (i > 0 && s.charCodeAt(i - 1) === c) || (i + 1 < s.length && s.charCodeAt(i + 1) === c) ? 0.2 : 1;
}

let rowsA = new Float64Array(64);
let rowsB = new Float64Array(64);
let rowsC = new Float64Array(64);

/** Weighted edit distance (Damerau-Levenshtein, costs by letter kind); stops early above `limit`. */
export function editCost(a: string, b: string, limit = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return Infinity;
  if (rowsA.length < m + 1) {
    rowsA = new Float64Array(m + 1);
    rowsB = new Float64Array(m + 1);
    rowsC = new Float64Array(m + 1);
  }
  let prev2 = rowsA;
  let prev = rowsB;
  let cur = rowsC;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indel(b, j - 1);
  let prevRowMin = 0;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    const delA = indel(a, i - 1);
    cur[0] = prev[0] + delA;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j] + delA;
      const ins = cur[j - 1] + indel(b, j - 1);
      if (ins < v) v = ins;
      const sub = prev[j - 1] + subCost(ai, bj);
      if (sub < v) v = sub;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 0.7 < v) v = prev2[j - 2] + 0.7;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A transposition reaches back two rows, so stop only when two rows in a row are over the limit.
    if (rowMin > limit && prevRowMin > limit) return Infinity;
    prevRowMin = rowMin;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/**
 * Edit budget for a word of this length: the most typos may cost. One ordinary edit (1) in any word of three
 * letters or more, one and a cheap one in six or seven letters, two in words of eight or more.
 */
export function budgetFor(length: number): number {
  if (length <= 2) return 0.2;
  if (length <= 5) return 1;
  if (length <= 7) return 1.4;
  if (length <= 10) return 2;
  return 2.6;
}

/**
 * Similarity left after an edit of `cost` in a word of `length` letters: an edit in a short word changes more
 * of it. One typo leaves 0.67 of a three-letter word, 0.75 of a four-letter one, 0.83 of a six-letter one.
 */
export function typoSimilarity(cost: number, length: number): number {
  return Math.max(0, 1 - (SPELLING.perEdit * cost) / Math.max(length, 3));
}

/**
 * One word is the other plus an ending that makes another word: a plural `s` (`Espoirs`), a pinyin final `g`
 * (`Lixing`), or two letters or more (`Lixin`/`Lixinda`). One other dropped last letter is an ordinary typo.
 */
function endingOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || long.length <= short.length || long.length - short.length > 4 || !long.startsWith(short)) return false;
  if (undoubled(a) === undoubled(b)) return false;
  const ending = long.slice(short.length);
  return ending.length >= 2 || ending === "s" || (ending === "g" && short.endsWith("n"));
}

function undoubled(w: string): string {
  return w.replace(/(.)\1+/g, "$1");
}

export type SpellingMatch = { sim: number; how: "exact" | "variant" | "spelling" | "skeleton" };

// First letters that folding can make equal (kh/h, ch/h, ph/f, q/k, w/v, zh/j, dj/j, ts/c, x/k, y/i).
const FOLDABLE_FIRST = new Set(["kh", "ch", "pf", "qk", "wv", "zj", "dj", "tc", "xk", "yi", "sc"]);

function firstLettersMayMatch(a: string, b: string): boolean {
  const x = a[0];
  const y = b[0];
  return x === y || FOLDABLE_FIRST.has(x + y) || FOLDABLE_FIRST.has(y + x);
}

const EXACT: SpellingMatch = Object.freeze({ sim: 1, how: "exact" }) as SpellingMatch;
/**
 * Memo of `spellingSimilarity` by pair: a search compares the same query word with the same listed words again
 * and again (each candidate record, each form, each join). Nested maps keyed by the two words (no key strings to
 * build and hash); cleared when it holds PAIR_MEMO_SIZE pairs. Values are frozen.
 */
const pairMemo = [new Map<string, Map<string, SpellingMatch | null>>(), new Map<string, Map<string, SpellingMatch | null>>()];
let pairCount = 0;
const PAIR_MEMO_SIZE = 300_000;

/** Similarity of two single words, or undefined when they are different words. Memoised by pair. */
export function spellingSimilarity(a: string, b: string, crossScript: boolean): SpellingMatch | undefined {
  if (a === b) return EXACT;
  const outer = pairMemo[crossScript ? 1 : 0];
  let inner = outer.get(a);
  if (inner === undefined) {
    inner = new Map();
    outer.set(a, inner);
  } else {
    const v = inner.get(b);
    if (v !== undefined) return v ?? undefined;
  }
  const r = spellingSimilarityUncached(a, b, crossScript);
  const v = r ? (Object.freeze(r) as SpellingMatch) : null;
  if (++pairCount > PAIR_MEMO_SIZE) {
    pairMemo[0].clear();
    pairMemo[1].clear();
    pairCount = 0;
  } else inner.set(b, v);
  return r;
}

function spellingSimilarityUncached(a: string, b: string, crossScript: boolean): SpellingMatch | undefined {
  if (Math.abs(a.length - b.length) > 4 && !crossScript) return undefined;
  if (/\d/.test(a) || /\d/.test(b)) return undefined;
  const fa = fold(a);
  const fb = fold(b);
  const cross = crossScript ? 0.5 : 0;
  const shorter = Math.min(a.length, b.length);
  if (fa === fb && (shorter >= 4 || crossScript)) return { sim: SPELLING.variant, how: "variant" };
  if (!crossScript && endingOf(a, b)) return undefined;
  // The budget follows the longer word: a dropped letter leaves the shorter one.
  const longer = Math.max(a.length, b.length);
  const budget = budgetFor(longer) + cross;
  // A typo in the first letter leaves the second (or shifts it by one); two wrong first letters are another word.
  const startMayMatch = a[0] === b[0] || fa[0] === fb[0] || firstLettersMayMatch(a, b) || a[1] === b[1] || a[0] === b[1] || a[1] === b[0];
  if ((shorter >= 3 && startMayMatch) || crossScript) {
    const cost = Math.min(editCost(a, b, budget), 0.3 + editCost(fa, fb, budget - 0.3));
    const first = firstLettersMayMatch(a, b) || fa[0] === fb[0] ? 0 : SPELLING.firstLetter;
    if (cost <= budget) {
      const typo: SpellingMatch = { sim: typoSimilarity(cost + first, longer), how: "spelling" };
      // Across scripts a lost vowel is no typo: the consonants may say more.
      const sk = crossScript ? skeletonSimilarity(a, b) : undefined;
      return sk && sk.sim > typo.sim ? sk : typo;
    }
  }
  return crossScript ? skeletonSimilarity(a, b) : undefined;
}

const consonantsMemo = new Memo((w) => w.replace(/[aeiouyw'`]/g, "").replace(/(.)\1+/g, "$1"));

function consonants(w: string): string {
  return consonantsMemo.get(w);
}

/** Words from two scripts compared by their consonants (see `skeleton` and `looseSkeleton`). */
function skeletonSimilarity(a: string, b: string): SpellingMatch | undefined {
  // The same consonants in the same order, only vowels (and w, y: vowel letters in Arabic) differing: the
  // closest two spellings from a script that writes no short vowels can be.
  const ca = consonants(a);
  if (ca.length >= 3 && ca === consonants(b)) return { sim: 0.9, how: "skeleton" };
  if (Math.min(a.length, b.length) >= 3) {
    // Scripts that write few vowels (Hebrew, Arabic) make words of very different lengths: compare consonants.
    const sa = skeleton(a);
    const sb = skeleton(b);
    if (sa === sb && sa.length >= 3) return { sim: 0.85, how: "skeleton" };
    const close = Math.abs(a.length - b.length) <= Math.max(2, 0.3 * Math.max(a.length, b.length));
    // Two-consonant skeletons are common: only for words of about the same length.
    if (sa === sb && sa.length === 2 && Math.abs(a.length - b.length) <= 1) return { sim: 0.85, how: "skeleton" };
    // One consonant apart: only for long skeletons, where such a near miss is unlikely to be chance.
    if (close && sa.length >= 5 && sb.length >= 5 && sa[0] === sb[0] && editCost(sa, sb, 1) <= 1) return { sim: 0.8, how: "skeleton" };
    const la = looseSkeleton(a);
    const lb = looseSkeleton(b);
    if (la === lb && la.length >= 2) return { sim: 0.8, how: "skeleton" };
    if (la.length >= 4 && lb.length >= 4 && la[0] === lb[0] && editCost(la, lb, 1) <= 1) return { sim: 0.8, how: "skeleton" };
  }
  return undefined;
}
