// Finding index words close to a query word without comparing it to every word.
// - DeletionIndex: every folded word and each of its one-letter deletions, hashed into buckets of a typed
//   array (symmetric-delete lookup). Two words one edit apart share a deletion; folding makes romanisation
//   variants (kh/h, w/v, doubled letters) zero edits apart.
// - Long words (10+ letters) may carry two typos; character trigrams catch those.
// - Consonant skeletons catch the same word written from another script.
// All hits are candidates only: the caller verifies them with the scorer's own spelling rule.

import { fold, looseSkeleton, skeleton } from "./similarity.js";
import { Csr, IntVec } from "./store.js";

const LONG_WORD = 10;
const MAX_GRAM_POSTINGS = 1_000;
const SKELETON_MARK = "\u0001";
const LOOSE_MARK = "\u0002";

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The word with each letter deleted in turn, the word itself and its folded form. */
function deletionVariants(word: string): Set<string> {
  const out = new Set<string>([word, fold(word)]);
  if (word.length < 4) return out;
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function trigrams(word: string): string[] {
  const s = `$${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** Lookup structures over a fixed list of words; results are word ids (positions in the list). */
export class FuzzyLookup {
  private bits: number;
  private deletions: Csr;
  private grams = new Map<string, number>();
  private gramPostings: Csr;
  private gramCounts: Uint16Array;
  /** Each word's consonant skeleton and loose skeleton ("" when too short), kept to verify bucket hits. */
  private skeletons: string[];
  private looseSkeletons: string[];

  /** `words[i]` is the text of word id i; ids with an empty text are skipped. */
  constructor(private readonly words: readonly string[]) {
    const n = words.length;
    let variants = 0;
    for (const w of words) variants += w ? w.length + 3 : 0;
    this.bits = Math.max(10, Math.min(23, Math.ceil(Math.log2(Math.max(variants, 1))) - 1));
    const mask = (1 << this.bits) - 1;
    const rows = new IntVec(variants + 16);
    const vals = new IntVec(variants + 16);
    const gRows = new IntVec();
    const gVals = new IntVec();
    this.skeletons = new Array<string>(n).fill("");
    this.looseSkeletons = new Array<string>(n).fill("");
    for (let id = 0; id < n; id++) {
      const w = words[id];
      if (!w || w.length < 2) continue;
      for (const v of deletionVariants(w)) {
        rows.push(fnv1a(v) & mask);
        vals.push(id);
      }
      if (w.length >= LONG_WORD) {
        for (const g of trigrams(w)) {
          let gid = this.grams.get(g);
          if (gid === undefined) {
            gid = this.grams.size;
            this.grams.set(g, gid);
          }
          gRows.push(gid);
          gVals.push(id);
        }
      }
      if (w.length >= 3) {
        const sk = skeleton(w);
        this.skeletons[id] = sk;
        if (sk.length >= 2) {
          rows.push(fnv1a(SKELETON_MARK + sk) & mask);
          vals.push(id);
        }
        const loose = looseSkeleton(w);
        this.looseSkeletons[id] = loose;
        if (loose.length >= 3) {
          rows.push(fnv1a(LOOSE_MARK + loose) & mask);
          vals.push(id);
        }
      }
    }
    this.deletions = new Csr(1 << this.bits, rows.data, vals.data, rows.length);
    this.gramPostings = new Csr(this.grams.size, gRows.data, gVals.data, gRows.length);
    this.gramCounts = new Uint16Array(n);
  }

  /** Word ids one folded edit away from `word` (plus two edits for long words); unverified. */
  near(word: string): Set<number> {
    const out = new Set<number>();
    const mask = (1 << this.bits) - 1;
    const d = this.deletions;
    for (const v of deletionVariants(word)) {
      const b = fnv1a(v) & mask;
      for (let i = d.offsets[b]; i < d.offsets[b + 1]; i++) out.add(d.values[i]);
    }
    if (word.length >= LONG_WORD) {
      const grams = trigrams(word);
      const g = this.gramPostings;
      const seen: number[] = [];
      let used = 0;
      for (const gram of grams) {
        const gid = this.grams.get(gram);
        // Frequent trigrams cost much and tell little; the rare ones decide.
        if (gid === undefined || g.count(gid) > MAX_GRAM_POSTINGS) continue;
        used++;
        for (let i = g.offsets[gid]; i < g.offsets[gid + 1]; i++) {
          const id = g.values[i];
          if (this.gramCounts[id] === 0) seen.push(id);
          this.gramCounts[id]++;
        }
      }
      // Two edits destroy at most six trigrams.
      const need = Math.max(3, used - 6);
      for (const id of seen) {
        if (this.gramCounts[id] >= need) out.add(id);
        this.gramCounts[id] = 0;
      }
    }
    return out;
  }

  /** Word ids spelled exactly `word`. */
  exact(word: string): number[] {
    const out: number[] = [];
    const d = this.deletions;
    const b = fnv1a(word) & ((1 << this.bits) - 1);
    for (let i = d.offsets[b]; i < d.offsets[b + 1]; i++) if (this.words[d.values[i]] === word) out.push(d.values[i]);
    return out;
  }

  /** Word ids with the same consonant skeleton (for names written in another script). */
  sameSkeleton(word: string): number[] {
    const out: number[] = [];
    const sk = skeleton(word);
    const d = this.deletions;
    // Two consonants are shared by too many words to be a lead; the loose skeleton below may still be one
    // (haqqani and hqani share only "kn" here, but "hkn" there).
    if (sk.length >= 3) {
      const b = fnv1a(SKELETON_MARK + sk) & ((1 << this.bits) - 1);
      for (let i = d.offsets[b]; i < d.offsets[b + 1]; i++) {
        const id = d.values[i];
        if (this.skeletons[id] === sk) out.push(id);
      }
    }
    const loose = looseSkeleton(word);
    if (loose.length < 3) return out;
    const lb = fnv1a(LOOSE_MARK + loose) & ((1 << this.bits) - 1);
    for (let i = d.offsets[lb]; i < d.offsets[lb + 1]; i++) {
      const id = d.values[i];
      if (this.looseSkeletons[id] === loose && !out.includes(id)) out.push(id);
    }
    return out;
  }

  /** Bytes held in typed arrays. */
  bytes(): number {
    return this.deletions.bytes() + this.gramPostings.bytes() + this.gramCounts.byteLength;
  }
}
