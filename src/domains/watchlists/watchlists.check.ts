import { DEFAULT_THRESHOLD } from "../../matching/compare.js";
import { MATCHING_ENGINE_ID } from "../../matching/version.js";
import type { Db } from "../../platform/db.js";
import type { CheckedList, WatchlistChange, WatchlistCheck } from "./watchlists.schema.js";
import { loadedLists } from "./watchlists.repo.js";

// What a screening checked: the lists (with the version screened against), the matching engine and the
// threshold. Every screening result carries it, so "no match" is never confused with "nothing checked", and a
// stored result can be compared with today's lists and engine to tell whether it is out of date.

export interface LoadedList {
  id: string;
  name: string;
  organizationId: string | null;
  currentVersion: number;
  entityCount: number;
}

/** The check of a set of loaded lists (those with a version, i.e. imported at least once). */
export function checkOf(lists: LoadedList[], threshold = DEFAULT_THRESHOLD): WatchlistCheck {
  const live: CheckedList[] = lists
    .filter((l) => l.currentVersion > 0)
    .map(
      (l): CheckedList => ({
        id: l.id,
        name: l.name,
        scope: l.organizationId ? "organization" : "instance",
        version: l.currentVersion,
        entityCount: l.entityCount,
      }),
    )
    // One order whoever builds the check (the database or an index cache): instance lists first, then by name.
    .sort((a, b) => (a.scope === b.scope ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.scope === "instance" ? -1 : 1));
  return {
    engine: MATCHING_ENGINE_ID,
    threshold,
    lists: live,
    entityCount: live.reduce((n, l) => n + l.entityCount, 0),
    noLists: live.length === 0,
  };
}

/** The lists an organisation screens against right now (instance-wide and its own), without building an index. */
export async function watchlistState(db: Db, orgId: string | null): Promise<WatchlistCheck> {
  const rows = await loadedLists(db, orgId);
  return checkOf(rows);
}

/** What changed between the check a result was made with and now; [] when it is still current. */
export function watchlistChanges(then: WatchlistCheck | null | undefined, now: WatchlistCheck): WatchlistChange[] {
  if (!then) return [{ kind: "unrecorded", name: null, from: null, to: null }];
  const out: WatchlistChange[] = [];
  if (then.engine !== now.engine) out.push({ kind: "engine", name: null, from: then.engine, to: now.engine });
  const before = new Map(then.lists.map((l) => [l.id, l]));
  for (const l of now.lists) {
    const b = before.get(l.id);
    if (!b) out.push({ kind: "list_added", name: l.name, from: null, to: String(l.version) });
    else if (b.version !== l.version) out.push({ kind: "list_updated", name: l.name, from: String(b.version), to: String(l.version) });
  }
  const current = new Set(now.lists.map((l) => l.id));
  for (const l of then.lists) if (!current.has(l.id)) out.push({ kind: "list_removed", name: l.name, from: String(l.version), to: null });
  return out;
}

export { describeCheck } from "./watchlists.check-text.js";
