// Scoring two normalised names: align their tokens, weigh what matched against what did not, then apply
// the multipliers for numbers and legal forms. Every step leaves an explanation whose `weight` is its
// signed contribution to the score.

import type { CompareResult, EntityType, Explanation } from "./types.js";
import { compareLegalForms } from "./legal-form.js";
import { isRomanisationForm, normaliseName, type NameForm, type NormalisedName, type Token, type TokenKind } from "./normalise.js";
import { romanisedAlike } from "./romanisation.js";
import { editCost, fold, spellingSimilarity } from "./similarity.js";
import { LOSSY_SCRIPTS, type Script } from "./transliterate.js";
import {
  DEFAULT_KIND_WEIGHTS,
  DEFAULT_THRESHOLD,
  FACTORS,
  KNOWN_WORD_TYPO_FACTOR,
  KNOWN_WORD_TYPO_FACTOR_NON_PERSON,
  NON_WORD_SLIP,
  PERSON_EXTRA_NAME_PENALTY,
  PERSON_EXTRA_NAMES_CAP,
} from "./algorithm.js";

export { DEFAULT_KIND_WEIGHTS, DEFAULT_THRESHOLD, FACTORS, KNOWN_WORD_TYPO_FACTOR, PERSON_EXTRA_NAME_PENALTY, PERSON_EXTRA_NAMES_CAP };

/** How much more an unmatched token counts than a matched one, by the type of the compared names. */
export function unmatchedPenalty(type: EntityType): number {
  return type === "person" ? 1.5 : 3;
}

function isFiller(t: Token): boolean {
  return t.kind === "stop" || t.kind === "title";
}

/**
 * Every name of `tokens` (unaligned titles and particles aside) is aligned: at least two tokens, one of them a
 * name that is neither an initial nor a particle.
 */
function wholeNameAligned(tokens: Token[], used: boolean[]): boolean {
  let aligned = 0;
  let full = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!used[i]) {
      if (isFiller(tokens[i])) continue;
      return false;
    }
    aligned++;
    if (tokens[i].kind !== "initial" && !isFiller(tokens[i])) full = true;
  }
  return aligned >= 2 && full;
}

/** A word left over on one side that is a misspelling of a legal form the other side has ("Ltc" for "Ltd"). */
function misspeltLegalForm(t: Token, legal: NameForm["legal"]): string | undefined {
  if (t.kind === "initial" || t.text.length < 2) return undefined;
  for (const l of legal) {
    const words = l.surface.split(" ");
    for (const w of [words.join(""), ...words]) {
      if (w.length < 2) continue;
      const limit = w.length <= 3 ? 1 : 1.4;
      if (Math.abs(w.length - t.text.length) <= 1 && editCost(t.text, w, limit) <= limit) return l.surface;
    }
  }
  return undefined;
}

export type TokenWeigher = (t: Token) => number;

export const defaultWeigher: TokenWeigher = (t) => DEFAULT_KIND_WEIGHTS[t.kind];

interface Edge {
  a: number[];
  b: number[];
  sim: number;
  how: string;
}

function isAbbreviationOf(short: string, long: string): boolean {
  if (short.length < 2 || long.length <= short.length || short[0] !== long[0]) return false;
  if (long.startsWith(short)) return true;
  if (short.length < 3) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/**
 * Whether a query word is itself a known word (in the index: a word of some listed name). Reading such a word
 * as a typo of another is weak evidence: "Amin" is another listed name than "Amir", not a slip.
 */
export type KnownWord = (t: Token) => boolean;

const nothingKnown: KnownWord = () => false;

function tokenMatch(
  a: Token,
  b: Token,
  cross: boolean,
  known?: KnownWord,
  knownFactor = KNOWN_WORD_TYPO_FACTOR,
): { sim: number; how: string } | undefined {
  if (a.key === b.key) {
    if (a.text === b.text) return { sim: 1, how: "exact" };
    if (a.kind === "romanised" && !romanisedAlike(a.text, b.text)) return undefined;
    return {
      sim: 0.95,
      how: a.kind === "concept" ? "same word" : a.kind === "given" ? "name variant" : a.kind === "romanised" ? "romanisation" : "exact",
    };
  }
  // A word keyed by its romanisation meets only its key; its spelling is compared in the name's own form.
  if (a.kind === "romanised" || b.kind === "romanised") return a.text === b.text ? { sim: 1, how: "exact" } : undefined;
  const conceptA = a.key[0] === "#";
  const conceptB = b.key[0] === "#";
  // Two known words with different meanings are different words, however alike they look.
  if (conceptA && conceptB) return undefined;
  // An initial stands for a name, a particle or a title ("B." for "bin", "H." for "Hajj").
  if (a.kind === "initial" || b.kind === "initial") {
    const [ini, full] = a.kind === "initial" ? [a, b] : [b, a];
    return full.kind !== "initial" && full.text.startsWith(ini.text) ? { sim: 0.75, how: "initial" } : undefined;
  }
  // Across scripts a particle meets its other romanisation (بن: bin, ben, ibn; ابو: abu, abou), also where a list
  // writes it as a word.
  if (cross && ((a.kind === "stop" && !conceptA) || (b.kind === "stop" && !conceptB))) {
    const other = a.kind === "stop" ? b : a;
    if ((other.kind === "stop" || other.kind === "word") && sameParticle(a.text, b.text)) return { sim: 0.9, how: "particle variant" };
  }
  // A query word on no listed name one edit from a listed particle or title ("Qnd", "Tthe", "Iimam") is that word
  // misspelt, and weighs as it does (see compareForms).
  if ((b.kind === "stop" || b.kind === "title") && !conceptB && a.kind === "word" && known && known !== nothingKnown && !cross)
    return misspeltFiller(a, b, known);
  // Function words and titles match only themselves; generic concepts ("company") may still be misspelt.
  if ((a.kind === "stop" && !conceptA) || (b.kind === "stop" && !conceptB) || a.kind === "title" || b.kind === "title") return undefined;
  if (a.abbrev && isAbbreviationOf(a.text, b.text)) return { sim: 0.9, how: "abbreviation" };
  if (b.abbrev && isAbbreviationOf(b.text, a.text)) return { sim: 0.9, how: "abbreviation" };
  const s = spellingSimilarity(a.text, b.text, cross);
  if (!s) return known && known !== nothingKnown && !cross ? nonWordSlip(a, b, known) : undefined;
  // Two known given names (of different groups, or the keys would be equal) are two names.
  if (s.how === "spelling" && a.kind === "given" && b.kind === "given") return undefined;
  if (s.how === "spelling" && known?.(a)) {
    const sim = 1 - knownFactor * (1 - s.sim);
    return sim > 0 ? { sim, how: "typo of a known name" } : undefined;
  }
  return {
    sim: s.sim,
    how: s.how === "skeleton" ? "transliteration" : s.how === "variant" ? "spelling variant" : s.how === "exact" ? "exact" : "typo",
  };
}

/** Two romanisations of one particle: equal after folding, or the same two consonants or more, lengths within one. */
function sameParticle(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true;
  const ca = a.replace(/[aeiouyw]/g, "");
  return ca.length >= 2 && ca === b.replace(/[aeiouyw]/g, "") && Math.abs(a.length - b.length) <= 1;
}

/** A query word on no listed name, one ordinary edit from a listed particle or title of two letters or more. */
function misspeltFiller(a: Token, b: Token, known: KnownWord): { sim: number; how: string } | undefined {
  if (b.text.length < 2 || a.text.length < 3 || known(a) || editCost(a.text, b.text, 1) > 1) return undefined;
  return { sim: NON_WORD_SLIP.sim, how: MISSPELT_FILLER };
}

const MISSPELT_FILLER = "misspelt particle or title";

/**
 * A query word that is no word of any listed name ("Onmd", "Marrk", "Sereuy") is a slip, not another name: it
 * may carry two typos where the spelling rule allows one, and is then read as a slip of the listed word, counted
 * like an initial (NON_WORD_SLIP.sim). Only with an index (it knows the listed words) and within one script; a
 * real word of some listed name, a known given name or a business word is never read this way.
 */
function nonWordSlip(a: Token, b: Token, known: KnownWord): { sim: number; how: string } | undefined {
  if (a.kind !== "word" || (b.kind !== "word" && b.kind !== "given")) return undefined;
  const longer = Math.max(a.text.length, b.text.length);
  if (Math.min(a.text.length, b.text.length) < NON_WORD_SLIP.minShorter || longer < NON_WORD_SLIP.minLength || known(a)) return undefined;
  if (a.text[0] !== b.text[0] && a.text[1] !== b.text[1] && a.text[0] !== b.text[1] && a.text[1] !== b.text[0]) return undefined;
  const budget = NON_WORD_SLIP.budget;
  return editCost(a.text, b.text, budget) <= budget ? { sim: NON_WORD_SLIP.sim, how: "slip (query word on no list)" } : undefined;
}

const JOINABLE: ReadonlySet<TokenKind> = new Set(["word", "concept", "stop", "initial", "given"]);

/** Edges where one token equals several adjacent tokens run together ("EtsDiallo", "Wirra-long"). */
function joinEdges(one: Token[], many: Token[], cross: boolean, flip: boolean, out: Edge[]): void {
  for (let i = 0; i < one.length; i++) {
    const t = one[i];
    if (t.kind !== "word" && t.kind !== "concept" && t.kind !== "given") continue;
    for (let j = 0; j < many.length; j++) {
      if (!JOINABLE.has(many[j].kind) || many[j].text[0] !== t.text[0]) continue;
      let joined = many[j].text;
      for (let k = j + 1; k < Math.min(many.length, j + 5); k++) {
        if (!JOINABLE.has(many[k].kind)) break;
        joined += many[k].text;
        if (joined.length > t.text.length + 3) break;
        if (joined.length < t.text.length - 3) continue;
        const s = spellingSimilarity(t.text, joined, cross);
        if (!s) continue;
        const span = Array.from({ length: k - j + 1 }, (_, x) => j + x);
        out.push(flip ? { a: span, b: [i], sim: s.sim * 0.97, how: "joined" } : { a: [i], b: span, sim: s.sim * 0.97, how: "joined" });
      }
    }
  }
}

export interface FormScore {
  score: number;
  explanations: Explanation[];
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Scores two forms (token lists with legal forms and numbers) of two names. */
function sumWeights(idx: number[], w: number[]): number {
  let s = 0;
  for (const i of idx) s += w[i];
  return s;
}

/** Greedy one-to-one alignment, best similarity first (heavier tokens first on ties). */
function align(edges: Edge[], nA: number, nB: number, wa: number[], wb: number[]): { chosen: Edge[]; usedA: boolean[]; usedB: boolean[] } {
  edges.sort((x, y) => y.sim - x.sim || sumWeights(y.a, wa) + sumWeights(y.b, wb) - sumWeights(x.a, wa) - sumWeights(x.b, wb));
  const usedA = new Array<boolean>(nA).fill(false);
  const usedB = new Array<boolean>(nB).fill(false);
  const chosen: Edge[] = [];
  for (const e of edges) {
    let free = true;
    for (const i of e.a) if (usedA[i]) free = false;
    for (const j of e.b) if (usedB[j]) free = false;
    if (!free) continue;
    for (const i of e.a) usedA[i] = true;
    for (const j of e.b) usedB[j] = true;
    chosen.push(e);
  }
  return { chosen, usedA, usedB };
}

interface Scored {
  score: number;
  explanations: Explanation[];
}

function applyFactor(state: Scored, feature: Explanation["feature"], factor: number, detail: string): void {
  const before = state.score;
  state.score *= factor;
  state.explanations.push({ feature, detail, value: factor, weight: round(state.score - before) });
}

/** Scores two forms (token lists with legal forms and numbers) of two names. */
export function compareForms(
  a: NameForm,
  b: NameForm,
  type: EntityType,
  cross: boolean,
  weigh: TokenWeigher,
  explain = true,
  known: KnownWord = nothingKnown,
): FormScore {
  const A = a.tokens;
  const B = b.tokens;
  const edges: Edge[] = [];
  // A known word one edit from a listed one is mostly another name among persons (Amin, Amir), as often a slip in
  // a company's or vessel's name (Rian Air, Argo Aircraft Leasing).
  const knownFactor = type === "person" ? KNOWN_WORD_TYPO_FACTOR : KNOWN_WORD_TYPO_FACTOR_NON_PERSON;
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < B.length; j++) {
      const m = tokenMatch(A[i], B[j], cross, known, knownFactor);
      if (m) edges.push({ a: [i], b: [j], sim: m.sim, how: m.how });
    }
  }
  joinEdges(A, B, cross, false, edges);
  joinEdges(B, A, cross, true, edges);
  const wa = A.map(weigh);
  const wb = B.map(weigh);
  const { chosen, usedA, usedB } = align(edges, A.length, B.length, wa, wb);
  // A misspelt particle or title weighs as the particle or title it stands for.
  for (const e of chosen) if (e.how === MISSPELT_FILLER) wa[e.a[0]] = wb[e.b[0]];
  // A misspelt legal form ("Gmbg", "Ompany") is the other side's legal form, not a distinctive word.
  const legalTypos: string[] = [];
  const readAsLegal = (tokens: Token[], used: boolean[], legal: NameForm["legal"], side: string) => {
    if (!legal.length) return;
    for (let i = 0; i < tokens.length; i++) {
      if (used[i]) continue;
      const surface = misspeltLegalForm(tokens[i], legal);
      // Or split in two: "Com pany".
      const next = tokens[i + 1];
      const split =
        surface === undefined && next && !used[i + 1]
          ? misspeltLegalForm({ ...tokens[i], text: tokens[i].text + next.text }, legal)
          : undefined;
      if (surface === undefined && split === undefined) continue;
      used[i] = true;
      if (split !== undefined) used[i + 1] = true;
      const text = split !== undefined ? `${tokens[i].text} ${next.text}` : tokens[i].text;
      legalTypos.push(`'${text}' in ${side} read as the legal form '${surface ?? split}'`);
    }
  };
  readAsLegal(A, usedA, b.legal, "A");
  readAsLegal(B, usedB, a.legal, "B");
  let num = 0;
  let den = 0;
  for (const e of chosen) {
    const w = sumWeights(e.a, wa) + sumWeights(e.b, wb);
    num += e.sim * w;
    den += w;
  }
  const lambda = unmatchedPenalty(type);
  let lambdaA = lambda;
  let lambdaB = lambda;
  if (type === "person") {
    // A full name of one side aligned with an initial of the other is not that name found whole.
    const byInitialA = new Array<boolean>(A.length).fill(false);
    const byInitialB = new Array<boolean>(B.length).fill(false);
    for (const e of chosen) {
      if (e.a.length === 1 && e.b.length === 1 && A[e.a[0]].kind !== "initial" && B[e.b[0]].kind === "initial") byInitialA[e.a[0]] = true;
      if (e.a.length === 1 && e.b.length === 1 && B[e.b[0]].kind !== "initial" && A[e.a[0]].kind === "initial") byInitialB[e.b[0]] = true;
    }
    const wholeA = wholeNameAligned(A, usedA) && !byInitialA.includes(true);
    const wholeB = wholeNameAligned(B, usedB) && !byInitialB.includes(true);
    if (wholeA && !wholeB) lambdaB = PERSON_EXTRA_NAME_PENALTY;
    if (wholeB && !wholeA) lambdaA = PERSON_EXTRA_NAME_PENALTY;
  }
  let unmatchedA = 0;
  let unmatchedB = 0;
  for (let i = 0; i < A.length; i++) if (!usedA[i]) unmatchedA += Math.min(isFiller(A[i]) ? 1 : lambdaA, lambdaA) * wa[i];
  for (let j = 0; j < B.length; j++) if (!usedB[j]) unmatchedB += Math.min(isFiller(B[j]) ? 1 : lambdaB, lambdaB) * wb[j];
  // A long chain of further names (nasab, several middle names) costs no more than PERSON_EXTRA_NAMES_CAP of them.
  const extraCap = PERSON_EXTRA_NAME_PENALTY * PERSON_EXTRA_NAMES_CAP;
  if (lambdaA === PERSON_EXTRA_NAME_PENALTY) unmatchedA = Math.min(unmatchedA, extraCap);
  if (lambdaB === PERSON_EXTRA_NAME_PENALTY) unmatchedB = Math.min(unmatchedB, extraCap);
  const unmatchedW = unmatchedA + unmatchedB;
  const extraNames = lambdaA < lambda ? "A" : lambdaB < lambda ? "B" : "";
  const coverage = den > 0 ? num / den : 0;
  const state: Scored = { score: num > 0 ? num / (den + unmatchedW) : 0, explanations: [] };
  if (explain) {
    const matched = chosen.map((e) => {
      const left = e.a.map((i) => A[i].text).join(" ");
      const right = e.b.map((j) => B[j].text).join(" ");
      return left === right ? left : `${left}~${right} (${e.how})`;
    });
    state.explanations.push({
      feature: "token_overlap",
      detail: matched.length ? `matched: ${matched.join(", ")}` : "no token in common",
      value: round(coverage),
      weight: round(coverage),
    });
    if (legalTypos.length) state.explanations.push({ feature: "legal_form", detail: legalTypos.join(", "), value: 1, weight: 0 });
    if (unmatchedW > 0) {
      const unmatched = [
        ...A.filter((_, i) => !usedA[i]).map((t) => `'${t.text}' only in A`),
        ...B.filter((_, j) => !usedB[j]).map((t) => `'${t.text}' only in B`),
      ];
      const note = extraNames ? ` (further names of ${extraNames}: the other name is found whole in it)` : "";
      state.explanations.push({
        feature: "unmatched_tokens",
        detail: unmatched.join(", ") + note,
        value: round(unmatchedW),
        weight: round(state.score - coverage),
      });
    }
  }
  // Numbers: "Seif Feeder 12" is not "Seif Feeder 13".
  const na = a.numbers.join(" ");
  const nb = b.numbers.join(" ");
  if (na !== nb) {
    if (na && nb) applyFactor(state, "numbers", FACTORS.numbersDiffer, `numbers differ: ${na} vs ${nb}`);
    else applyFactor(state, "numbers", FACTORS.numberOneSided, `number ${na || nb} on one side only`);
  } else if (na) state.explanations.push({ feature: "numbers", detail: `same number ${na}`, value: 1, weight: 0 });
  // Legal forms.
  if (a.legal.length || b.legal.length) {
    const legal = compareLegalForms(a.legal, b.legal);
    if (legal.verdict === "incompatible") applyFactor(state, "legal_form", FACTORS.legalIncompatible, legal.detail);
    else if (legal.verdict === "one_sided" && type !== "company" && type !== "unknown") {
      applyFactor(state, "legal_form", FACTORS.legalOneSidedNonCompany, `${legal.detail}: a company name, not a ${type} name`);
    } else if (legal.verdict === "compatible") applyFactor(state, "legal_form", FACTORS.legalCompatible, legal.detail);
    else state.explanations.push({ feature: "legal_form", detail: legal.detail, value: 1, weight: 0 });
  }
  if (cross)
    state.explanations.push({
      feature: "script",
      detail: "names in different scripts: transliteration and consonant skeletons allowed",
      value: 1,
      weight: 0,
    });
  return { score: round(Math.max(0, Math.min(1, state.score))), explanations: explain ? state.explanations : [] };
}

/** A match on a bracketed acronym alone is weaker evidence than a match on a name. */
export function acronymFactor(r: FormScore): void {
  const before = r.score;
  r.score = round(r.score * FACTORS.acronymOnly);
  r.explanations.push({
    feature: "alias",
    detail: "matched on an acronym given in brackets",
    value: FACTORS.acronymOnly,
    weight: round(r.score - before),
  });
}

/** A match on romanisation keys (Khrushchev = Chruschtschow) is a little weaker than one on spellings. */
export function romanisationFactor(r: FormScore): void {
  const before = r.score;
  r.score = round(r.score * FACTORS.romanisationKey);
  r.explanations.push({
    feature: "script",
    detail: "matched on romanisation keys (Khrushchev = Chruschtschow = Chruščov)",
    value: FACTORS.romanisationKey,
    weight: round(r.score - before),
  });
}

/** Whether the two names come from different scripts (one of them non-Latin). */
export function isCrossScript(a: Script[], b: Script[]): boolean {
  const na = a.filter((s) => s !== "latin");
  const nb = b.filter((s) => s !== "latin");
  if (na.length === 0 && nb.length === 0) return false;
  return na.some((s) => !nb.includes(s)) || nb.some((s) => !na.includes(s)) || na.some((s) => LOSSY_SCRIPTS.has(s));
}

/** Best score over all forms (name proper and embedded former names) of two normalised names. */
export function compareNormalised(a: NormalisedName, b: NormalisedName, type: EntityType, weigh: TokenWeigher = defaultWeigher): FormScore {
  const cross = isCrossScript(a.scripts, b.scripts);
  let best: FormScore = { score: -1, explanations: [] };
  let bestPair = [0, 0];
  for (const [i, fa] of a.forms.entries())
    for (const [j, fb] of b.forms.entries()) {
      if (fa.acronym && fb.acronym) continue;
      // Romanisation keys are compared with romanisation keys only.
      const romanised = isRomanisationForm(fa);
      if (romanised !== isRomanisationForm(fb)) continue;
      const r = compareForms(fa, fb, type, cross, weigh);
      if (fa.acronym || fb.acronym) acronymFactor(r);
      if (romanised) romanisationFactor(r);
      if (r.score > best.score) {
        best = r;
        bestPair = [i, j];
      }
    }
  const notes: Explanation[] = [];
  if (!isRomanisationForm(a.forms[bestPair[0]]) && (bestPair[0] > 0 || bestPair[1] > 0)) {
    const which =
      bestPair[0] > 0
        ? `A's former name "${a.forms[bestPair[0]].tokens.map((t) => t.text).join(" ")}"`
        : `B's former name "${b.forms[bestPair[1]].tokens.map((t) => t.text).join(" ")}"`;
    notes.push({ feature: "alias", detail: `matched on ${which}`, value: 1, weight: 0 });
  }
  const removed = [...a.removed.map((r) => `A: ${r}`), ...b.removed.map((r) => `B: ${r}`)];
  if (removed.length) notes.push({ feature: "annotation", detail: `ignored ${removed.join("; ")}`, value: 1, weight: 0 });
  return { score: best.score, explanations: [...best.explanations, ...notes] };
}

export interface CompareOptions {
  type?: EntityType;
  threshold?: number;
}

/** No legal form and no generic business word: the name may be a person's. */
export function looksPersonal(n: NormalisedName): boolean {
  return n.forms.every((f) => f.legal.length === 0 && f.tokens.every((t) => t.key[0] !== "#"));
}

/** Compares two names pairwise with default (non-index) weights and returns score, decision and explanations. */
export function compareNames(a: string, b: string, options: CompareOptions = {}): CompareResult {
  const type = options.type ?? "unknown";
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const na = normaliseName(a, type);
  const nb = normaliseName(b, type);
  let r = compareNormalised(na, nb, type);
  // Two names of unknown type that carry no company word or legal form may be two people's names.
  if (type === "unknown" && looksPersonal(na) && looksPersonal(nb)) {
    const p = compareNormalised(normaliseName(a, "person"), normaliseName(b, "person"), "person");
    if (p.score > r.score)
      r = {
        score: p.score,
        explanations: [
          ...p.explanations,
          { feature: "entity_type", detail: "read as persons' names (no company word or legal form)", value: 1, weight: 0 },
        ],
      };
  }
  return { score: r.score, match: r.score >= threshold, threshold, explanations: r.explanations };
}
