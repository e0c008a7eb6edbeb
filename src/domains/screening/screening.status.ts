import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { screening, type ScreeningDecision } from "./screening.table.js";

export interface CurrentScreening {
  screeningId: string;
  decision: ScreeningDecision;
  decidedAt: string;
  rescreenOn: string | null;
  /** True when the re-screening date has passed. */
  overdue: boolean;
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
    })
    .from(screening)
    .where(and(eq(screening.organizationId, orgId), eq(screening.status, "decided"), inArray(screening.companyId, companyIds)))
    .orderBy(screening.companyId, desc(screening.decidedAt));
  const today = new Date().toISOString().slice(0, 10);
  for (const r of rows) {
    if (!r.decision || !r.decidedAt) continue;
    out.set(r.companyId, {
      screeningId: r.id,
      decision: r.decision,
      decidedAt: r.decidedAt.toISOString(),
      rescreenOn: r.rescreenOn,
      overdue: !!r.rescreenOn && r.rescreenOn < today,
    });
  }
  return out;
}
