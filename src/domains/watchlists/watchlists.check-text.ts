import type { WatchlistCheck } from "./watchlists.schema.js";

// Kept apart from watchlists.check.ts (database queries) so that the command line can say what was checked
// without loading the database layer.

/** One line for people: "ofac-sdn v3 (8,976 entries), un v1 (1,003 entries) · engine … · threshold 0.8". */
export function describeCheck(c: WatchlistCheck): string {
  if (c.noLists) return `No watchlist is loaded: nothing was checked (engine ${c.engine}).`;
  const lists = c.lists.map((l) => `${l.name} v${l.version} (${l.entityCount.toLocaleString("en")} entries)`).join(", ");
  return `Checked: ${lists} · engine ${c.engine} · threshold ${c.threshold}`;
}
