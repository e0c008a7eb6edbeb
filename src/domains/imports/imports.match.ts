import type { Db } from "../../platform/db.js";
import { companyNamePages, contactsAtCompanies, similarities } from "./imports.repo.js";
import { nameKeys } from "./imports.rows.js";

// Finding the existing record a spreadsheet row probably means, for a whole file at once.
//
// Asking the trigram index once per row costs tens of milliseconds a row on a register of 20,000 (legal
// forms and common words make long posting lists), minutes for a large file. Instead the register is
// read once, page by page, and joined against the file's names in memory with prefix filtering (a
// standard set-similarity join: two trigram sets with Jaccard similarity ≥ t must share one of their
// rarest |x| − ⌈t·|x|⌉ + 1 trigrams). The candidates it finds are then scored by pg_trgm itself, so the
// similarity shown and the 0.8 threshold are PostgreSQL's.

/** Folded names at least this similar (pg_trgm similarity, 0–1) count as near-identical. */
export const NAME_THRESHOLD = 0.8;
/** Candidate search uses the same threshold (a hair lower, against rounding): the trigrams below are pg_trgm's. */
const CANDIDATE_THRESHOLD = NAME_THRESHOLD - 1e-9;
const MAX_MATCHES = 5;

/** The trigrams pg_trgm extracts from folded text: each word padded with two spaces before and one after. */
export function trigrams(folded: string): string[] {
  const out = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const chars = [" ", " ", ...word.toLowerCase(), " "];
    for (let i = 0; i + 2 < chars.length; i++) out.add(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return [...out];
}

/** How many of a set's rarest elements another set this similar must share one of (prefix filtering). */
const prefixLength = (size: number) => size - Math.ceil(CANDIDATE_THRESHOLD * size) + 1;

/** The file's names, indexed by exact folded form and by their rarest trigrams (as integers). */
class ProbeIndex {
  private probes: Array<{ probe: number; key: string; grams: Int32Array }> = [];
  private exact = new Map<string, number[]>();
  private gramIds = new Map<string, number>();
  private freq: number[] = [];
  private byGram = new Map<number, number[]>();
  private mark: Int32Array = new Int32Array(0);
  private stamp = 0;

  constructor(names: Array<{ probe: number; name: string }>) {
    for (const { probe, name } of names) {
      for (const key of nameKeys(name)) {
        const ids = trigrams(key).map((g) => {
          let id = this.gramIds.get(g);
          if (id === undefined) {
            id = this.freq.push(0) - 1;
            this.gramIds.set(g, id);
          }
          this.freq[id]++;
          return id;
        });
        if (ids.length) this.probes.push({ probe, key, grams: Int32Array.from(ids) });
      }
    }
    this.mark = new Int32Array(this.freq.length);
    this.probes.forEach((p, idx) => {
      this.exact.set(p.key, [...(this.exact.get(p.key) ?? []), idx]);
      for (const id of this.rarest([...p.grams], p.grams.length)) this.byGram.set(id, [...(this.byGram.get(id) ?? []), idx]);
    });
  }

  /** The rarest known trigrams of a set of `size` (grams the file lacks count as rarest and take prefix places first). */
  private rarest(known: number[], size: number): number[] {
    const n = prefixLength(size) - (size - known.length);
    if (n <= 0) return [];
    return known.sort((a, b) => this.freq[a] - this.freq[b] || a - b).slice(0, n);
  }

  /** File names that may be near-identical to `name`. */
  lookup(name: string): Pair[] {
    const out: Pair[] = [];
    for (const key of nameKeys(name)) {
      const seen = new Set<number>();
      for (const idx of this.exact.get(key) ?? []) {
        seen.add(idx);
        out.push({ probe: this.probes[idx].probe, probeKey: key, key, exact: true });
      }
      const grams = trigrams(key);
      const known: number[] = [];
      for (const g of grams) {
        const id = this.gramIds.get(g);
        if (id !== undefined) known.push(id);
      }
      const stamp = ++this.stamp;
      for (const id of known) this.mark[id] = stamp;
      // Sets this similar differ in size by at most the threshold's ratio.
      const min = CANDIDATE_THRESHOLD * grams.length;
      const max = grams.length / CANDIDATE_THRESHOLD;
      for (const id of this.rarest(known.slice(), grams.length)) {
        for (const idx of this.byGram.get(id) ?? []) {
          if (seen.has(idx)) continue;
          seen.add(idx);
          const p = this.probes[idx];
          if (p.grams.length < min || p.grams.length > max) continue;
          let common = 0;
          for (const x of p.grams) if (this.mark[x] === stamp) common++;
          if (common / (grams.length + p.grams.length - common) >= CANDIDATE_THRESHOLD)
            out.push({ probe: p.probe, probeKey: p.key, key, exact: false });
        }
      }
    }
    return out;
  }
}

type Pair = { probe: number; probeKey: string; key: string; exact: boolean };

/** pg_trgm scores for candidate pairs: the best per (probe, record), those ≥ the threshold, best first. */
async function score<T>(
  db: Db,
  found: Array<{ pair: Pair; record: T; id: string }>,
): Promise<Map<number, Array<T & { similarity: number }>>> {
  const inexact = found.filter((f) => !f.pair.exact);
  const sims = await similarities(
    db,
    inexact.map((f) => [f.pair.probeKey, f.pair.key]),
  );
  const simOf = new Map(inexact.map((f, n) => [f, sims[n]]));
  const best = new Map<string, { probe: number; record: T; similarity: number }>();
  for (const f of found) {
    const s = f.pair.exact ? 1 : (simOf.get(f) ?? 0);
    const k = `${f.pair.probe}|${f.id}`;
    if (s >= NAME_THRESHOLD && s > (best.get(k)?.similarity ?? -1))
      best.set(k, { probe: f.pair.probe, record: f.record, similarity: Math.round(s * 1000) / 1000 });
  }
  const out = new Map<number, Array<T & { similarity: number }>>();
  for (const b of best.values()) out.set(b.probe, [...(out.get(b.probe) ?? []), { ...b.record, similarity: b.similarity }]);
  for (const [probe, list] of out) out.set(probe, list.sort((a, b) => b.similarity - a.similarity).slice(0, MAX_MATCHES));
  return out;
}

export interface CompanyMatch {
  id: string;
  name: string;
  country: string;
  registrationId: string | null;
  similarity: number;
}

/** Companies of the organisation with a near-identical name (in the probe's country when it has one), best first. */
export async function matchCompanies(
  db: Db,
  orgId: string,
  probes: Array<{ i: number; name: string; country: string | null }>,
): Promise<Map<number, CompanyMatch[]>> {
  if (!probes.length) return new Map();
  const byI = new Map(probes.map((p) => [p.i, p]));
  const index = new ProbeIndex(probes.map((p) => ({ probe: p.i, name: p.name })));
  const countries = probes.some((p) => !p.country) ? null : [...new Set(probes.map((p) => p.country!))];
  const found: Array<{ pair: Pair; record: Omit<CompanyMatch, "similarity">; id: string }> = [];
  for await (const page of companyNamePages(db, orgId, countries)) {
    for (const c of page) {
      const record = { id: c.id, name: c.name, country: c.country, registrationId: c.registration_id };
      for (const name of [c.name, ...(c.other_names ?? [])]) {
        for (const pair of index.lookup(name)) {
          const probeCountry = byI.get(pair.probe)!.country;
          if (!probeCountry || probeCountry === c.country) found.push({ pair, record, id: c.id });
        }
      }
    }
  }
  return score(db, found);
}

export interface ContactMatch {
  id: string;
  name: string;
  email: string | null;
  similarity: number;
}

/** Contacts currently working at the probe's company with a near-identical name, best first. */
export async function matchContactsAt(
  db: Db,
  orgId: string,
  probes: Array<{ i: number; name: string; companyId: string }>,
): Promise<Map<number, ContactMatch[]>> {
  if (!probes.length) return new Map();
  const people = await contactsAtCompanies(db, orgId, [...new Set(probes.map((p) => p.companyId))]);
  const atCompany = new Map<string, typeof people>();
  for (const p of people) atCompany.set(p.company_id, [...(atCompany.get(p.company_id) ?? []), p]);
  const found: Array<{ pair: Pair; record: Omit<ContactMatch, "similarity">; id: string }> = [];
  for (const probe of probes) {
    const probeKeys = nameKeys(probe.name);
    for (const person of atCompany.get(probe.companyId) ?? []) {
      const record = { id: person.id, name: person.name, email: person.email };
      for (const key of nameKeys(person.name)) {
        for (const probeKey of probeKeys)
          found.push({ pair: { probe: probe.i, probeKey, key, exact: key === probeKey }, record, id: person.id });
      }
    }
  }
  return score(db, found);
}
