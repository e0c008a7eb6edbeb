// How much of what a brute-force scan finds, the candidate index also finds.

import { searchBrute, type MatchIndex } from "../index.js";
import type { SearchQuery } from "../types.js";

export interface IndexRecall {
  queries: number;
  /** Matches (entity, match=true) found by brute force, summed over queries. */
  bruteMatches: number;
  /** Of those, found by the index too. */
  indexFound: number;
  recall: number;
  /** Queries where the index missed at least one brute-force match. */
  missedQueries: string[];
}

/** Compares search() with searchBrute() on the same queries (match=true results, up to `limit` each). */
export function indexRecall(index: MatchIndex, queries: SearchQuery[], limit = 50): IndexRecall {
  let bruteMatches = 0;
  let indexFound = 0;
  const missedQueries: string[] = [];
  for (const q of queries) {
    const brute = searchBrute(index, q, { limit });
    const found = new Set(index.search(q, { limit }).map((r) => r.entityId));
    let missed = false;
    for (const r of brute) {
      bruteMatches++;
      if (found.has(r.entityId)) indexFound++;
      else missed = true;
    }
    if (missed) missedQueries.push(q.name);
  }
  return { queries: queries.length, bruteMatches, indexFound, recall: bruteMatches ? indexFound / bruteMatches : 1, missedQueries };
}
