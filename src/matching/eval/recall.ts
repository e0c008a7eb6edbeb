// Runs disguised list entries and off-list names through an index and counts what was found.

import type { MatchIndex } from "../index.js";
import { normaliseName } from "../normalise.js";
import type { Entity } from "../types.js";
import type { DisguiseKind, DisguisedQuery, NegativeQuery } from "./disguise.js";

export interface RecallRow {
  kind: DisguiseKind | "all";
  queries: number;
  found: number;
  recall: number;
}

/** Share of disguised queries whose entry comes back with match=true, per disguise kind and overall. */
export function evaluateDisguises(
  index: MatchIndex,
  queries: DisguisedQuery[],
  threshold?: number,
): { rows: RecallRow[]; misses: DisguisedQuery[] } {
  const byKind = new Map<DisguiseKind | "all", { q: number; f: number }>();
  const misses: DisguisedQuery[] = [];
  for (const q of queries) {
    const results = index.search({ name: q.name }, { limit: 10, threshold });
    const found = results.some((r) => r.match && r.list === q.list && r.sourceId === q.sourceId);
    if (!found) misses.push(q);
    for (const k of [q.kind, "all"] as const) {
      const row = byKind.get(k) ?? { q: 0, f: 0 };
      row.q++;
      if (found) row.f++;
      byKind.set(k, row);
    }
  }
  const rows = [...byKind].map(([kind, { q, f }]) => ({ kind, queries: q, found: f, recall: q ? f / q : 0 }));
  return { rows, misses };
}

/** Token-key signature of a name, to recognise a generated "negative" that is in fact a listed name. */
export function nameSignature(name: string): string {
  return normaliseName(name)
    .forms[0].tokens.filter((t) => t.kind !== "stop")
    .map((t) => t.key)
    .sort()
    .join(" ");
}

/** Signatures of every name of the given entities. */
export function listSignatures(entities: Iterable<Entity>): Set<string> {
  const out = new Set<string>();
  for (const e of entities) for (const n of e.names) out.add(nameSignature(n));
  return out;
}

export interface FalsePositiveRow {
  kind: NegativeQuery["kind"] | "all";
  queries: number;
  flagged: number;
  fpr: number;
}

/** Share of off-list names that match anything (negatives that are listed names are skipped). */
export function evaluateNegatives(
  index: MatchIndex,
  negatives: NegativeQuery[],
  onList: Set<string>,
  threshold?: number,
): { rows: FalsePositiveRow[]; hits: Array<{ query: string; matched: string; score: number }> } {
  const by = new Map<NegativeQuery["kind"] | "all", { q: number; f: number }>();
  const hits: Array<{ query: string; matched: string; score: number }> = [];
  for (const n of negatives) {
    if (onList.has(nameSignature(n.name))) continue;
    const results = index.search({ name: n.name }, { limit: 1, threshold });
    const flagged = results.length > 0 && results[0].match;
    if (flagged) hits.push({ query: n.name, matched: results[0].name, score: results[0].score });
    for (const k of [n.kind, "all"] as const) {
      const row = by.get(k) ?? { q: 0, f: 0 };
      row.q++;
      if (flagged) row.f++;
      by.set(k, row);
    }
  }
  const rows = [...by].map(([kind, { q, f }]) => ({ kind, queries: q, flagged: f, fpr: q ? f / q : 0 }));
  return { rows, hits };
}
