// MatchIndex: watchlist names normalised once and stored compactly (RecordStore), with inverted postings
// (Int32Array, CSR) so a query is scored against about a hundred candidates, not the whole list.
// Candidates come from exact token keys, words one edit away (FuzzyLookup, verified with the scorer's own
// spelling rule), consonant skeletons (cross-script) and split/joined words. Token weights are IDF-style:
// words common across the indexed list count less, in candidate ranking and in the final score.

import type { Entity, EntityType, Explanation, SearchOptions, SearchQuery, SearchResult } from "./types.js";
import {
  acronymFactor,
  compareForms,
  DEFAULT_KIND_WEIGHTS,
  DEFAULT_THRESHOLD,
  isCrossScript,
  PERSON_EXTRA_NAME_PENALTY,
  romanisationFactor,
  type KnownWord,
  type TokenWeigher,
} from "./compare.js";
import { EVIDENCE, parseBirthDate, parseIdentifier, weighEvidence, type EntryFacts, type Identifier, type QueryFacts } from "./evidence.js";
import { FuzzyLookup } from "./fuzzy-lookup.js";
import { isRomanisationForm, normaliseName, ROMANISATION_KEY_MARK, type NormalisedName, type Token } from "./normalise.js";
import { RecordStore } from "./record-store.js";
import { spellingSimilarity } from "./similarity.js";
import { Csr, IntVec } from "./store.js";
import { countryCode } from "./vocabulary.js";

/** Multipliers for features outside the name (kept for callers; the full set is EVIDENCE in evidence.ts). */
import { COMMON_KEY_MIN, COMMON_KEY_SHARE } from "./algorithm.js";

export const SEARCH_FACTORS = { typeMismatch: EVIDENCE.typeMismatch, countryMismatch: EVIDENCE.countryMismatch };

export interface IndexStats {
  entities: number;
  names: number;
  records: number;
  keys: number;
  postings: number;
  approxBytes: number;
}

type Expansion = Map<number, number>;

/** A searchable, compact index of watchlist entities (see module comment). */
export class MatchIndex {
  private store = new RecordStore();
  private built = false;
  private postings = new Csr(0, new Int32Array(0), new Int32Array(0), 0);
  private keyFactor = new Float32Array(0);
  private recWeight = new Float32Array(0);
  /** Full names (words and given names, not initials, particles or titles) in each record, up to 255. */
  private recNames = new Uint8Array(0);
  private fuzzy = new FuzzyLookup([]);
  /** Identifier value → entities that carry it. */
  private idLookup = new Map<string, number[]>();
  private acc = new Float32Array(0);
  private stamp = new Int32Array(0);
  private stampCounter = 0;

  /** Adds an entity (normalising its names now) and returns its internal id. */
  add(entity: Entity): number {
    this.built = false;
    return this.store.add(entity);
  }

  /** Builds postings, IDF weights and the fuzzy-lookup structures. Call after the last add(). */
  build(): void {
    const s = this.store;
    const nRec = s.recordCount;
    const nKeys = s.keys.length;
    const rows = new IntVec(s.recTokens.length + 16);
    const vals = new IntVec(s.recTokens.length + 16);
    const lastRec = new Int32Array(nKeys).fill(-1);
    const df = new Int32Array(nKeys);
    // A romanisation form repeats its name: it posts and counts only its romanisation keys, so that word
    // frequencies (and the scores built on them) stay those of the names as written.
    const romanKey = new Uint8Array(nKeys);
    for (const [k, key] of s.keys.entries()) romanKey[k] = key.startsWith(ROMANISATION_KEY_MARK) ? 1 : 0;
    let nNames = 0;
    for (let r = 0; r < nRec; r++) {
      const end = s.recTokOff.get(r + 1);
      let romanised = false;
      for (let i = s.recTokOff.get(r); i < end && !romanised; i++) romanised = romanKey[s.tokKey.get(s.recTokens.get(i))] === 1;
      if (!romanised) nNames++;
      for (let i = s.recTokOff.get(r); i < end; i++) {
        const k = s.tokKey.get(s.recTokens.get(i));
        if (lastRec[k] === r || (romanised && !romanKey[k])) continue;
        lastRec[k] = r;
        df[k]++;
        rows.push(k);
        vals.push(r);
      }
    }
    this.postings = new Csr(nKeys, rows.data, vals.data, rows.length);
    // IDF factor in [0.3, 1]: 1 for words on at most ~0.1% of names (or in small lists), lower when common.
    this.keyFactor = new Float32Array(nKeys);
    const ref = Math.log(Math.min(Math.max(nNames, 2), 1000));
    for (let k = 0; k < nKeys; k++) {
      this.keyFactor[k] = nNames < 50 || df[k] === 0 ? 1 : Math.min(1, Math.max(0.3, Math.log(nNames / df[k]) / ref));
    }
    this.recWeight = new Float32Array(nRec);
    this.recNames = new Uint8Array(nRec);
    for (let r = 0; r < nRec; r++) {
      let w = 0;
      let names = 0;
      for (let i = s.recTokOff.get(r); i < s.recTokOff.get(r + 1); i++) {
        const tok = s.recTokens.get(i);
        const kind = s.kindOf(tok);
        w += DEFAULT_KIND_WEIGHTS[kind] * this.keyFactor[s.tokKey.get(tok)];
        if (kind === "word" || kind === "given" || kind === "romanised") names++;
      }
      this.recWeight[r] = w;
      this.recNames[r] = Math.min(255, names);
    }
    this.fuzzy = new FuzzyLookup(
      s.tokText.map((t, id) => (/\d/.test(t) || s.kindOf(id) === "initial" || s.kindOf(id) === "romanised" ? "" : t)),
    );
    this.idLookup = new Map();
    for (const [entity, ids] of s.entitiesWithIds()) {
      for (const raw of ids) {
        const id = parseIdentifier(raw);
        if (!id) continue;
        const list = this.idLookup.get(id.value);
        if (list) list.push(entity);
        else this.idLookup.set(id.value, [entity]);
      }
    }
    this.acc = new Float32Array(nRec);
    this.stamp = new Int32Array(nRec);
    s.compact();
    this.built = true;
  }

  /** IDF-style weight of a token: its kind's default weight, lowered for keys common in this list. */
  readonly weigh: TokenWeigher = (t) => {
    const k = this.store.keyIds.get(t.key);
    return DEFAULT_KIND_WEIGHTS[t.kind] * (k === undefined || k >= this.keyFactor.length ? 1 : this.keyFactor[k]);
  };

  /** A query word spelled exactly like a word of some listed name (so not read as a typo of another). */
  private readonly listedWord: KnownWord = (t) => this.store.keyIds.has(t.text);

  private ensureBuilt(): void {
    if (!this.built) this.build();
  }

  /** Keys a query token can meet, with the similarity of each. */
  private expand(t: Token, cross: boolean): Expansion {
    const s = this.store;
    const out: Expansion = new Map();
    // A romanisation form counts its key only: its spelling is the name form's, which counts it already.
    for (const key of t.kind === "romanised" ? [t.key] : [t.key, t.text]) {
      const k = s.keyIds.get(key);
      if (k !== undefined) out.set(k, 1);
    }
    // A romanisation key meets only itself: its spelling is searched through the name's own form.
    if (t.kind === "stop" || t.kind === "title" || t.kind === "initial" || t.kind === "romanised" || t.text.length < 3 || /\d/.test(t.text))
      return out;
    for (const id of this.fuzzy.near(t.text)) {
      const k = s.tokKey.get(id);
      const text = s.tokText[id];
      if (out.has(k) || Math.abs(text.length - t.text.length) > 3) continue;
      const sim = spellingSimilarity(t.text, text, cross);
      if (sim) out.set(k, sim.sim);
    }
    if (cross || s.nonLatin) {
      // Same consonant skeleton: a Latin query meeting a name written in Hebrew or Arabic, or the reverse.
      for (const id of this.fuzzy.sameSkeleton(t.text)) {
        const k = s.tokKey.get(id);
        if (out.has(k)) continue;
        const sim = spellingSimilarity(t.text, s.tokText[id], true);
        if (sim) out.set(k, sim.sim);
      }
    }
    return out;
  }

  /** Expansions of every token of a query form, plus split ("etsdiallo") and joined ("wirra long") words. */
  private expansions(q: NormalisedName, memo: Map<string, Expansion>): Array<{ keys: Expansion; w: number }> {
    const s = this.store;
    const cross = q.scripts.some((x) => x !== "latin");
    const out: Array<{ keys: Expansion; w: number }> = [];
    for (const form of q.forms) {
      const romanised = isRomanisationForm(form);
      form.tokens.forEach((t, i) => {
        // A romanisation form repeats the name's other tokens (initials, particles): they count once.
        if (romanised && t.kind !== "romanised") return;
        const memoKey = `${t.kind}\u0001${t.key}\u0001${t.text}`;
        let base = memo.get(memoKey);
        if (!base) {
          base = this.expand(t, cross);
          memo.set(memoKey, base);
        }
        const keys = new Map(base);
        // A word the list does not have may be two listed words run together ("siamnice", "zhanglei").
        if (t.kind !== "romanised" && t.text.length >= 5 && this.keysOfText(t.text).length === 0) {
          for (let cut = 2; cut <= t.text.length - 2; cut++) {
            const l = this.keysOfText(t.text.slice(0, cut));
            if (!l.length) continue;
            const r = this.keysOfText(t.text.slice(cut));
            if (!r.length) continue;
            for (const k of [...l, ...r]) if (!keys.has(k)) keys.set(k, 0.9);
          }
        }
        const next = form.tokens[i + 1];
        if (next && t.kind !== "romanised") {
          for (const k of this.keysOfText(t.text + next.text)) keys.set(k, 0.95);
          // Across scripts a compound written in two words (مطيع الله) meets its romanisation run together
          // (Matiullah) only by consonants: look the joined word up as any other cross-script word.
          if (cross && t.kind !== "stop") {
            const after = form.tokens[i + 2];
            // With the article between (عزیز الرحمان): the compound as lists run it together, article written
            // (Azizalrahman) or assimilated and dropped (Azizirahman, Abdurrahman).
            const texts =
              next.kind !== "stop"
                ? [t.text + next.text]
                : after && after.kind !== "stop" && after.kind !== "romanised"
                  ? [t.text + next.text + after.text, t.text + after.text]
                  : [];
            for (const text of texts) {
              const memoKey = `joined\u0001${text}`;
              let joined = memo.get(memoKey);
              if (!joined) {
                joined = this.expand({ text, key: text, kind: "word", abbrev: false }, cross);
                memo.set(memoKey, joined);
              }
              for (const [k, sim] of joined) if (!keys.has(k)) keys.set(k, sim * 0.97);
            }
          }
        }
        out.push({ keys, w: this.weigh(t) });
      });
    }
    return out;
  }

  /** Keys of the listed tokens spelled exactly `text` (a word, a concept's or a given name's spelling). */
  private keysOfText(text: string): number[] {
    return this.fuzzy.exact(text).map((id) => this.store.tokKey.get(id));
  }

  /** Adds postings of `keys` to the accumulator, once per record per call. */
  private accumulate(keys: Expansion, weight: number, touched: IntVec, maxPostings: number, byListed = false): void {
    const stamp = ++this.stampCounter;
    const p = this.postings;
    for (const [k, sim] of keys) {
      if (p.count(k) > maxPostings) continue;
      // A word new to the list weighs as the listed word it meets (see candidates()).
      const add = weight * sim * (byListed ? this.keyFactor[k] : 1);
      for (let i = p.offsets[k]; i < p.offsets[k + 1]; i++) {
        const r = p.values[i];
        if (this.stamp[r] === stamp) continue;
        this.stamp[r] = stamp;
        if (this.acc[r] === 0) touched.push(r);
        this.acc[r] += add;
      }
    }
  }

  /** Adds a common key's weight to records already found (binary search in its sorted postings). */
  private boostExisting(k: number, add: number, touched: IntVec): void {
    const p = this.postings;
    for (let t = 0; t < touched.length; t++) {
      const r = touched.get(t);
      let lo = p.offsets[k];
      let hi = p.offsets[k + 1] - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = p.values[mid];
        if (v === r) {
          this.acc[r] += add;
          break;
        }
        if (v < r) lo = mid + 1;
        else hi = mid - 1;
      }
    }
  }

  /** Adds `weight` to a found record for each of `initials` that begins one of its names. */
  private boostInitials(initials: string[], touched: IntVec, weight: number): void {
    const s = this.store;
    for (let t = 0; t < touched.length; t++) {
      const r = touched.get(t);
      const end = s.recTokOff.get(r + 1);
      for (const ini of initials) {
        for (let i = s.recTokOff.get(r); i < end; i++) {
          if (s.tokText[s.recTokens.get(i)][0] === ini) {
            this.acc[r] += weight;
            break;
          }
        }
      }
    }
  }

  /** Record ids worth scoring for a query form, best first. */
  private candidates(q: NormalisedName, cap: number, memo: Map<string, Expansion>): number[] {
    const touched = new IntVec(256);
    const exps = this.expansions(q, memo);
    const p = this.postings;
    const common = Math.max(COMMON_KEY_MIN, this.store.recordCount * COMMON_KEY_SHARE);
    // Common keys ("trading", "mohammed") only re-rank records that rarer words found, unless the query
    // has nothing rarer.
    const hasRare = exps.some((x) => [...x.keys.keys()].some((k) => p.count(k) <= common));
    // A query in another script has no word the list spells: each weighs 1 and its namesakes (every
    // "Mohammed" met by محمد) would fill the candidates. Such a query's words weigh as the listed words they meet.
    const byListed = q.scripts.some((x) => x !== "latin");
    for (const x of exps) this.accumulate(x.keys, x.w, touched, hasRare ? common : Infinity, byListed);
    if (hasRare)
      for (const x of exps)
        for (const [k, sim] of x.keys)
          if (p.count(k) > common) this.boostExisting(k, sim * x.w * (byListed ? this.keyFactor[k] : 1), touched);
    // Initials ("M. C. Wong") find nothing themselves; they lift records that have names with those first letters.
    const initials = q.forms[0].tokens.filter((t) => t.kind === "initial").map((t) => t.text);
    if (initials.length) this.boostInitials(initials, touched, DEFAULT_KIND_WEIGHTS.initial);
    let best = 0;
    for (let i = 0; i < touched.length; i++) best = Math.max(best, this.acc[touched.get(i)]);
    // Rank by weighted Jaccard so that records made mostly of the query's words come first.
    const wq = q.forms[0].tokens.reduce((sum, t) => sum + this.weigh(t), 0);
    const kept: number[] = [];
    const ranks: number[] = [];
    for (let i = 0; i < touched.length; i++) {
      const r = touched.get(i);
      const a = this.acc[r];
      const rw = this.recWeight[r];
      // A person's name found whole in the other (extra middle names, patronymics) is kept and ranked by containment.
      const person = this.store.typeOf(this.store.entityOf(r)) === "person";
      // Only a name of two names or more is "whole" (as the scorer's rule for further names asks): a bare
      // "Mohammad" inside a long query is a namesake, and thousands of them must not crowd the cap.
      const whole = a >= 0.85 * rw && person && this.recNames[r] >= 2;
      // A record the query holds whole (every listed word met) is kept however much more weight namesakes
      // gathered from the query's other words (legal-form and business words written as words, typos in them).
      const held = a >= 0.95 * rw && rw >= 1;
      if (a >= best * 0.5 || whole || held) {
        kept.push(r);
        const jaccard = a / Math.max(1e-6, wq + rw - a);
        // A person's record that holds the whole query (given name + surname of a longer listed name) ranks by
        // how much of the query it holds, so that short namesakes cannot crowd it out.
        const holds = person ? (0.9 * a) / Math.max(1e-6, wq + PERSON_EXTRA_NAME_PENALTY * Math.max(0, rw - a)) : 0;
        ranks.push(
          held && !whole
            ? Math.max(jaccard, holds, (0.9 * a) / Math.max(1e-6, wq))
            : whole
              ? Math.max(jaccard, holds, (0.9 * a) / Math.max(1e-6, Math.min(wq, rw) + PERSON_EXTRA_NAME_PENALTY * Math.abs(wq - rw)))
              : Math.max(jaccard, holds),
        );
      }
      this.acc[r] = 0;
    }
    const order = kept.map((_, i) => i).sort((x, y) => ranks[y] - ranks[x]);
    return order.slice(0, cap).map((i) => kept[i]);
  }

  private scoreRecord(query: QueryForms, rec: number, explain: boolean): { score: number; explanations: Explanation[] } {
    const s = this.store;
    const form = s.recordForm(rec);
    const type = s.typeOf(s.entityOf(rec));
    const q = query.as(type);
    const cross = isCrossScript(q.scripts, s.recordScripts(rec));
    let best = { score: -1, explanations: [] as Explanation[] };
    for (const qf of q.forms) {
      if (qf.acronym && form.acronym) continue;
      const romanised = isRomanisationForm(form);
      if (isRomanisationForm(qf) !== romanised) continue;
      const r = compareForms(qf, form, type, cross, this.weigh, explain, this.listedWord);
      if (qf.acronym || form.acronym) acronymFactor(r);
      if (romanised) romanisationFactor(r);
      if (r.score > best.score) best = r;
    }
    return best;
  }

  private finish(q: QueryForms, recs: ArrayLike<number>, options: SearchOptions): SearchResult[] {
    const s = this.store;
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const limit = options.limit ?? 10;
    // First pass: scores only, best record per entity.
    const best = new Map<number, { rec: number; score: number }>();
    for (let i = 0; i < recs.length; i++) {
      const rec = recs[i];
      const entity = s.entityOf(rec);
      const score = weighEvidence(q.facts, this.entryFacts(entity), this.scoreRecord(q, rec, false).score);
      if (score < threshold && !options.includeNonMatches) continue;
      const prev = best.get(entity);
      if (!prev || score > prev.score) best.set(entity, { rec, score });
    }
    const top = [...best.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, limit);
    // Second pass: explanations for what is returned.
    return top.map(([entity, { rec }]) => {
      const r = this.scoreRecord(q, rec, true);
      const explanations = [...r.explanations];
      const score = weighEvidence(q.facts, this.entryFacts(entity), r.score, explanations);
      const type = s.typeOf(entity);
      return {
        entityId: entity,
        list: s.listOf(entity),
        sourceId: s.sourceIdOf(entity),
        type,
        name: s.rawNameOf(rec),
        score,
        match: score >= threshold,
        explanations,
      };
    });
  }

  /** What the list knows about an entity beyond its names. */
  private entryFacts(entity: number): EntryFacts {
    const s = this.store;
    return { type: s.typeOf(entity), countries: s.countriesOf(entity), birthDates: s.birthDatesOf(entity), ids: s.idsOf(entity) };
  }

  /** Records of entities that carry one of the query's identifiers (a renamed vessel keeps its IMO number). */
  private byIdentifier(q: QueryForms): number[] {
    const out: number[] = [];
    for (const id of q.facts.ids) for (const entity of this.idLookup.get(id.value) ?? []) out.push(...this.store.recordsOf(entity));
    return out;
  }

  /** Finds list entries matching a query, best first, scoring only candidates from the index. */
  search(query: SearchQuery, options: SearchOptions = {}): SearchResult[] {
    this.ensureBuilt();
    const q = new QueryForms(query);
    const cap = Math.max(100, (options.limit ?? 10) * 10);
    const memo = new Map<string, Expansion>();
    const cands = this.candidates(q.parsed, cap, memo);
    // A former name ("New Name f/k/a Listed Name") looks for candidates on its own, not against the new name's.
    q.parsed.forms.forEach((f, i) => {
      if (i > 0 && !f.acronym && !isRomanisationForm(f)) cands.push(...this.candidates({ ...q.parsed, forms: [f] }, cap, memo));
    });
    // A name of unknown type is also looked up as a person's or a vessel's name, unless it carries a
    // company legal form.
    if (q.type === "unknown" && q.parsed.forms[0].legal.length === 0) {
      for (const t of ["person", "vessel"] as const) if (q.as(t).text !== q.parsed.text) cands.push(...this.candidates(q.as(t), cap, memo));
    }
    cands.push(...this.byIdentifier(q));
    return this.finish(q, [...new Set(cands)], options);
  }

  /** Scores every record in the index (no candidate selection): the reference search() is measured against. */
  searchAll(query: SearchQuery, options: SearchOptions = {}): SearchResult[] {
    this.ensureBuilt();
    const all = new Int32Array(this.store.recordCount);
    for (let i = 0; i < all.length; i++) all[i] = i;
    return this.finish(new QueryForms(query), all, options);
  }

  /** Counts and approximate memory held by the index's typed arrays and pools. */
  stats(): IndexStats {
    this.ensureBuilt();
    const bytes =
      this.store.bytes() +
      this.postings.bytes() +
      this.fuzzy.bytes() +
      this.keyFactor.byteLength +
      this.recWeight.byteLength +
      this.recNames.byteLength +
      this.acc.byteLength +
      this.stamp.byteLength;
    return {
      entities: this.store.entityCount,
      names: this.store.nameCount,
      records: this.store.recordCount,
      keys: this.store.keys.length,
      postings: this.postings.values.length,
      approxBytes: bytes,
    };
  }

  /** Number of entities added. */
  get size(): number {
    return this.store.entityCount;
  }
}

/** A query parsed for its own type and, when that is unknown, lazily as each type it is compared with. */
class QueryForms {
  readonly type: EntityType;
  readonly parsed: NormalisedName;
  private byType = new Map<EntityType, NormalisedName>();

  /** What the query says beyond the name. */
  readonly facts: QueryFacts;

  constructor(private readonly query: SearchQuery) {
    this.type = query.type ?? "unknown";
    this.parsed = normaliseName(query.name, this.type);
    const birthDate = query.birthDate ? parseBirthDate(query.birthDate) : undefined;
    this.facts = {
      type: this.type,
      country: query.country ? countryCode(query.country) : undefined,
      ...(birthDate ? { birthDate } : {}),
      ids: (query.ids ?? []).map(parseIdentifier).filter((x): x is Identifier => !!x),
    };
  }

  /** The query read as a name of `type` (a person's name has no legal form, a vessel's no company words). */
  as(type: EntityType): NormalisedName {
    if (this.type !== "unknown" || type === "unknown" || type === "company") return this.parsed;
    // "SURNAME, Given" is not a vessel name followed by its port.
    if (type === "vessel" && this.query.name.includes(",")) return this.parsed;
    let n = this.byType.get(type);
    if (!n) {
      n = normaliseName(this.query.name, type);
      this.byType.set(type, n);
    }
    return n;
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Brute-force search: scores the query against every name in the index. Slow; for measuring recall. */
export function searchBrute(index: MatchIndex, query: SearchQuery, options: SearchOptions = {}): SearchResult[] {
  return index.searchAll(query, options);
}
