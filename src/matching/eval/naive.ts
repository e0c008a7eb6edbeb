// The naive yardstick of the variant benchmark: a token-set fuzzy ratio, the few lines any team would write
// first. Lower-case, strip accents and punctuation, split into a set of words, then (as in RapidFuzz's
// token_set_ratio) compare "shared words" with "shared + the rest of each side" by normalised Levenshtein
// similarity, 1 when one side's words are all in the other. One change to RapidFuzz: a single shared word is
// not enough for that 1 (lists carry one-word aliases such as "Hassan" or "Abdul", which would otherwise flag
// every query holding that word); then the whole strings are compared. No transliteration, no vocabulary, no weights.
// Its threshold is chosen on the development split at ≈3% false positives on swapped-surname negatives.

import { distance } from "fastest-levenshtein";

/** Lower case, accents and punctuation stripped, words sorted and unique. */
export function naiveTokens(name: string): string[] {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return [...new Set(plain.split(" ").filter(Boolean))].sort();
}

function ratio(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 0 : 1 - distance(a, b) / len;
}

/** Token-set ratio of two word lists (each sorted and unique, from naiveTokens) in 0..1. */
export function tokenSetRatio(a: string[], b: string[]): number {
  const bs = new Set(b);
  const inter = a.filter((t) => bs.has(t));
  const as = new Set(a);
  const onlyA = a.filter((t) => !bs.has(t));
  const onlyB = b.filter((t) => !as.has(t));
  if (!onlyA.length || !onlyB.length) {
    if (inter.length >= 2) return 1;
    return ratio(a.join(" "), b.join(" "));
  }
  const t0 = inter.join(" ");
  const t1 = [t0, onlyA.join(" ")].filter(Boolean).join(" ");
  const t2 = [t0, onlyB.join(" ")].filter(Boolean).join(" ");
  return Math.max(inter.length ? ratio(t0, t1) : 0, inter.length ? ratio(t0, t2) : 0, ratio(t1, t2));
}

/** Best token-set ratio of a query against every name of a list (the naive screening). */
export class NaiveScreener {
  private readonly names: Array<{ key: string; tokens: string[]; length: number }> = [];
  private readonly byKey = new Map<string, string[][]>();

  /** `key` identifies the list entity a name belongs to. */
  add(key: string, name: string): void {
    const tokens = naiveTokens(name);
    if (!tokens.length) return;
    this.names.push({ key, tokens, length: tokens.join(" ").length });
    const own = this.byKey.get(key) ?? [];
    own.push(tokens);
    this.byKey.set(key, own);
  }

  /** Best score of the query against the names of one entity. */
  scoreAgainst(query: string, key: string): number {
    const q = naiveTokens(query);
    let best = 0;
    for (const tokens of this.byKey.get(key) ?? []) best = Math.max(best, tokenSetRatio(q, tokens));
    return best;
  }

  /** Best score against every name, with the entity it came from. Names that cannot reach `floor` are skipped. */
  best(query: string, floor = 0): { score: number; key: string | undefined } {
    const q = naiveTokens(query);
    const qs = new Set(q);
    const qLen = q.join(" ").length;
    let best = { score: 0, key: undefined as string | undefined };
    for (const n of this.names) {
      // Without a shared word the ratio is at most 1 - |length difference| / longer length.
      if (!n.tokens.some((t) => qs.has(t)) && 1 - Math.abs(n.length - qLen) / Math.max(n.length, qLen) < Math.max(floor, best.score))
        continue;
      const s = tokenSetRatio(q, n.tokens);
      if (s > best.score) best = { score: s, key: n.key };
    }
    return best;
  }
}
