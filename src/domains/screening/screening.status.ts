import type { Db } from "../../platform/db.js";
import { watchlistChanges, watchlistState } from "../watchlists/watchlists.check.js";
import type { WatchlistChange } from "../watchlists/watchlists.schema.js";
import { latestDecidedOf } from "./screening.repo.js";
import type { ScreeningDecision } from "./screening.schema.js";

export { screeningFilter } from "./screening.repo.js";

export interface CurrentScreening {
  screeningId: string;
  decision: ScreeningDecision;
  decidedAt: string;
  rescreenOn: string | null;
  /** True when the re-screening date has passed. */
  overdue: boolean;
  /** What changed in the watchlists or the matching engine since that screening ([] = still current). */
  watchlistChanges: WatchlistChange[];
}

/** The company's current screening status: its latest decided screening, or null if never decided. */
export async function currentDecision(db: Db, orgId: string, companyId: string): Promise<CurrentScreening | null> {
  return (await currentDecisions(db, orgId, [companyId])).get(companyId) ?? null;
}

/** Current screening status of many companies at once (for lists), keyed by company id. */
export async function currentDecisions(db: Db, orgId: string, companyIds: string[]): Promise<Map<string, CurrentScreening>> {
  const out = new Map<string, CurrentScreening>();
  if (!companyIds.length) return out;
  const rows = await latestDecidedOf(db, orgId, companyIds);
  const today = new Date().toISOString().slice(0, 10);
  const lists = rows.length ? await watchlistState(db, orgId) : undefined;
  for (const r of rows) {
    if (!r.decision || !r.decidedAt) continue;
    out.set(r.companyId, {
      screeningId: r.id,
      decision: r.decision,
      decidedAt: r.decidedAt.toISOString(),
      rescreenOn: r.rescreenOn,
      overdue: !!r.rescreenOn && r.rescreenOn < today,
      watchlistChanges: watchlistChanges(r.watchlistCheck, lists!),
    });
  }
  return out;
}
