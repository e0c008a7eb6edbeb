import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { watchlistChanges, watchlistState } from "../watchlists/watchlists.check.js";
import type { WatchlistChange } from "../watchlists/watchlists.schema.js";
import type { ScreeningFilter } from "./decisions.js";
import { screening, type ScreeningDecision } from "./screening.table.js";

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
  const rows = await db
    .selectDistinctOn([screening.companyId], {
      id: screening.id,
      companyId: screening.companyId,
      decision: screening.decision,
      decidedAt: screening.decidedAt,
      rescreenOn: screening.rescreenOn,
      watchlistCheck: screening.watchlistCheck,
    })
    .from(screening)
    .where(and(eq(screening.organizationId, orgId), eq(screening.status, "decided"), inArray(screening.companyId, companyIds)))
    .orderBy(screening.companyId, desc(screening.decidedAt));
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

/**
 * SQL condition on the `company` table for the companies list filter `screening`: no decided screening, the
 * latest decision, or a re-screening date in the past. Correlated on "company"."id" (and its organisation).
 */
export function screeningFilter(value: ScreeningFilter): SQL {
  const latest = (col: SQL) =>
    sql`(select ${col} from ${screening} s where s.company_id = "company"."id" and s.organization_id = "company"."organization_id" and s.status = 'decided' order by s.decided_at desc limit 1)`;
  if (value === "none")
    return sql`not exists (select 1 from ${screening} s where s.company_id = "company"."id" and s.organization_id = "company"."organization_id" and s.status = 'decided')`;
  if (value === "overdue") return sql`${latest(sql`s.rescreen_on`)} < current_date`;
  return sql`${latest(sql`s.decision`)} = ${value}`;
}
