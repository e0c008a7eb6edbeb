import { MatchIndex } from "../../matching/index.js";
import type { EntityType, Explanation, SearchOptions, SearchQuery } from "../../matching/types.js";
import type { Database } from "../../platform/db.js";
import { log } from "../../platform/logger.js";
import { checkOf } from "./watchlists.check.js";
import type { WatchlistCheck } from "./watchlists.schema.js";
import { liveEntityPage, listsOfScope } from "./watchlists.repo.js";

// A process-wide cache of match indexes built from the database: one for the instance-wide lists and one
// per organisation with private lists. Built lazily on the first screening, entities loaded page by page;
// a list's version going up (an import that changed something, in this process or another) is noticed by
// a cheap stamp query and the index is rebuilt on the next screening.

const PAGE = 5000;
const ENTITY_TYPES: EntityType[] = ["person", "company", "vessel", "aircraft", "unknown"];

/** One hit, with the database ids needed to judge it. */
export interface IndexedMatch {
  entityId: number;
  watchlistId: string;
  list: string;
  sourceId: string;
  type: EntityType;
  name: string;
  score: number;
  match: boolean;
  explanations: Explanation[];
}

interface ListInfo {
  id: string;
  name: string;
  organizationId: string | null;
  currentVersion: number;
  entityCount: number;
}

interface Built {
  stamp: string;
  lists: Map<string, ListInfo>;
  index: MatchIndex | null;
  /** Database id of each index entity, by the index's own id. */
  entityIds: number[];
}

const caches = new WeakMap<Database, Map<string, Promise<Built>>>();

const stampOf = (lists: ListInfo[]) => lists.map((l) => `${l.id}:${l.currentVersion}`).join(",");

async function listsIn(database: Database, orgId: string | null): Promise<ListInfo[]> {
  return listsOfScope(database.db, orgId);
}

async function build(database: Database, lists: ListInfo[]): Promise<Built> {
  const started = Date.now();
  const live = lists.filter((l) => l.currentVersion > 0);
  if (!live.length) return { stamp: stampOf(lists), lists: new Map(), index: null, entityIds: [] };
  const index = new MatchIndex();
  const entityIds: number[] = [];
  for (const l of live) {
    let last = 0;
    for (;;) {
      const page = await liveEntityPage(database.db, l.id, last, PAGE);
      for (const e of page) {
        const type = ENTITY_TYPES.includes(e.type as EntityType) ? (e.type as EntityType) : "unknown";
        entityIds[
          index.add({
            list: l.id,
            sourceId: e.sourceId,
            type,
            names: e.names,
            countries: e.countries,
            ...(e.birthDates.length ? { birthDates: e.birthDates } : {}),
            ...(e.identifiers.length ? { ids: e.identifiers } : {}),
          })
        ] = e.id;
      }
      if (page.length < PAGE) break;
      last = page[page.length - 1].id;
    }
  }
  index.build();
  log.debug(`watchlist index built: ${entityIds.length} entities from ${live.length} list(s) in ${Date.now() - started} ms`);
  return { stamp: stampOf(lists), lists: new Map(live.map((l) => [l.id, l])), index, entityIds };
}

/** The current index of one scope (null = instance-wide lists), rebuilding it when a list's version moved. */
async function current(database: Database, orgId: string | null): Promise<Built> {
  let byScope = caches.get(database);
  if (!byScope) {
    byScope = new Map();
    caches.set(database, byScope);
  }
  const key = orgId ?? "";
  const lists = await listsIn(database, orgId);
  const stamp = stampOf(lists);
  const cached = byScope.get(key);
  if (cached) {
    const built = await cached.catch(() => undefined);
    if (built && built.stamp === stamp) return built;
    // Another caller may have started the rebuild while we waited.
    const now = byScope.get(key);
    if (now && now !== cached) return current(database, orgId);
  }
  const promise = build(database, lists);
  byScope.set(key, promise);
  promise.catch(() => byScope.get(key) === promise && byScope.delete(key));
  return promise;
}

/** Searches a set of indexes as one: matches of all lists the caller may see, best first. */
export class Screener {
  constructor(private readonly parts: Built[]) {}

  /** Whether any list is loaded. */
  get empty(): boolean {
    return this.parts.every((p) => !p.index);
  }

  /** The lists (with the versions) and the engine this screener screens with. */
  checked(threshold?: number): WatchlistCheck {
    return checkOf(
      this.parts.flatMap((p) => [...p.lists.values()]),
      threshold,
    );
  }

  /** Entities loaded, over all lists. */
  get size(): number {
    return this.parts.reduce((s, p) => s + p.entityIds.length, 0);
  }

  search(query: SearchQuery, options: SearchOptions = {}): IndexedMatch[] {
    const out: IndexedMatch[] = [];
    for (const p of this.parts) {
      if (!p.index) continue;
      for (const r of p.index.search(query, options)) {
        out.push({
          entityId: p.entityIds[r.entityId],
          watchlistId: r.list,
          list: p.lists.get(r.list)?.name ?? r.list,
          sourceId: r.sourceId,
          type: r.type,
          name: r.name,
          score: r.score,
          match: r.match,
          explanations: r.explanations,
        });
      }
    }
    return out.sort((a, b) => b.score - a.score || a.entityId - b.entityId).slice(0, options.limit ?? 10);
  }
}

/** A screener over the instance-wide lists plus, when `orgId` is given, that organisation's own lists. */
export async function screenerFor(database: Database, orgId: string | null): Promise<Screener> {
  const parts = [await current(database, null)];
  if (orgId) parts.push(await current(database, orgId));
  return new Screener(parts);
}
