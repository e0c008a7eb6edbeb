import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { user } from "../auth/auth.table.js";
import { commitment } from "../agreements/agreements.table.js";
import { company } from "../companies/companies.table.js";
import { contact } from "../contacts/contacts.table.js";
import { engagement } from "../engagements/engagements.table.js";
import { engagementRisk, riskCatalogueItem } from "../risks/risks.table.js";

// The dashboard's aggregates: every number is counted or summed in the database (GROUP BY), and lists
// are cut at `limit` there too, so the dashboard costs the same for 50 or 50,000 engagements.
// Every query is scoped to the organisation through `scope` (the engagement filter).

export const RUNNING_STAGES = ["agreed", "active", "reviewing", "renewed"] as const;
export const CELL_RISKS = 20;

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The engagements the dashboard looks at: the organisation's, optionally one owner's and one mode's. */
export function engagementScope(orgId: string, f: { owner?: string; mode?: string }): SQL {
  const parts: SQL[] = [sql`${engagement.organizationId} = ${orgId}`];
  if (f.owner === "none") parts.push(sql`${engagement.ownerId} is null`);
  else if (f.owner) parts.push(sql`${engagement.ownerId} = ${f.owner}`);
  if (f.mode) parts.push(sql`${engagement.modes} @> array[${f.mode}]::text[]`);
  return sql.join(parts, sql` and `);
}

const running = sql`${engagement.stage} in ('agreed', 'active', 'reviewing', 'renewed')`;

export function stageCounts(db: Db, scope: SQL) {
  return rows<{ stage: string; count: number }>(
    db,
    sql`select ${engagement.stage} as stage, count(*)::int as count from ${engagement} where ${scope} group by 1`,
  );
}

export function modeCounts(db: Db, scope: SQL) {
  return rows<{ mode: string; count: number }>(
    db,
    sql`select m as mode, count(*)::int as count from ${engagement} cross join lateral unnest(${engagement.modes}) as m where ${scope} and ${engagement.stage} <> 'ended' group by 1`,
  );
}

export function sizeCounts(db: Db, scope: SQL) {
  return rows<{ sizeClass: "local" | "sme" | "large" | null; count: number }>(
    db,
    sql`select ${company.sizeClass} as "sizeClass", count(*)::int as count from ${engagement} join ${company} on ${company.id} = ${engagement.companyId}
        where ${scope} and ${engagement.stage} <> 'ended' group by 1`,
  );
}

export function modeValues(db: Db, scope: SQL) {
  return rows<{ mode: string; currency: string | null; money: number; inKind: number }>(
    db,
    sql`select m as mode, ${engagement.currency} as currency, coalesce(sum(${engagement.moneyAmount}), 0)::float8 as money, coalesce(sum(${engagement.inKindValue}), 0)::float8 as "inKind"
        from ${engagement} cross join lateral unnest(${engagement.modes}) as m
        where ${scope} and ${running} and (${engagement.moneyAmount} > 0 or ${engagement.inKindValue} > 0) group by 1, 2`,
  );
}

export function valueTotals(db: Db, scope: SQL) {
  return rows<{ currency: string | null; money: number; inKind: number; engagements: number }>(
    db,
    sql`select ${engagement.currency} as currency, coalesce(sum(${engagement.moneyAmount}), 0)::float8 as money, coalesce(sum(${engagement.inKindValue}), 0)::float8 as "inKind", count(*)::int as engagements
        from ${engagement} where ${scope} and ${running} and (${engagement.moneyAmount} > 0 or ${engagement.inKindValue} > 0) group by 1 order by 2 desc`,
  );
}

/** Open commitments due before `today` on the scoped engagements (not ended), most overdue first. */
export async function overdueCommitments(db: Db, scope: SQL, today: string, limit: number) {
  const where = sql`${commitment.organizationId} = ${engagement.organizationId} and ${commitment.status} = 'open' and ${commitment.dueOn} < ${today} and ${engagement.stage} <> 'ended' and ${scope}`;
  const from = sql`${commitment} join ${engagement} on ${engagement.id} = ${commitment.engagementId}`;
  const [[{ count }], items] = await Promise.all([
    rows<{ count: number }>(db, sql`select count(*)::int as count from ${from} where ${where}`),
    rows<{
      id: string;
      engagementId: string;
      engagementTitle: string;
      companyName: string;
      what: string;
      party: "ngo" | "company";
      name: string | null;
      dueOn: string;
      daysOverdue: number;
    }>(
      db,
      sql`select ${commitment.id} as id, ${engagement.id} as "engagementId", ${engagement.title} as "engagementTitle", ${company.name} as "companyName",
            ${commitment.description} as what, ${commitment.party} as party, coalesce(${user.name}, ${contact.name}) as name,
            ${commitment.dueOn}::text as "dueOn", (${today}::date - ${commitment.dueOn})::int as "daysOverdue"
          from ${from} join ${company} on ${company.id} = ${engagement.companyId}
            left join ${user} on ${user.id} = ${commitment.userId} left join ${contact} on ${contact.id} = ${commitment.contactId}
          where ${where} order by ${commitment.dueOn} asc, ${commitment.id} limit ${limit}`,
    ),
  ]);
  return { count, items };
}

/** The current score of a risk: residual when both residual values are set, else inherent. */
const riskL = sql`coalesce(case when ${engagementRisk.residualImpact} is not null then ${engagementRisk.residualLikelihood} end, ${engagementRisk.likelihood})`;
const riskI = sql`coalesce(case when ${engagementRisk.residualLikelihood} is not null then ${engagementRisk.residualImpact} end, ${engagementRisk.impact})`;
const riskFrom = sql`${engagementRisk} join ${engagement} on ${engagement.id} = ${engagementRisk.engagementId} join ${company} on ${company.id} = ${engagement.companyId}`;
const openRisk = (scope: SQL) =>
  sql`${engagementRisk.organizationId} = ${engagement.organizationId} and ${engagementRisk.status} = 'open' and ${scope}`;

/** Open risks whose current score reaches the threshold, highest first. */
export async function highRisks(db: Db, scope: SQL, threshold: number, limit: number) {
  const where = sql`${openRisk(scope)} and ${riskL} * ${riskI} >= ${threshold}`;
  const [[{ count }], items] = await Promise.all([
    rows<{ count: number }>(db, sql`select count(*)::int as count from ${riskFrom} where ${where}`),
    rows<{
      id: string;
      engagementId: string;
      engagementTitle: string;
      companyName: string;
      title: string;
      catalogueKey: string | null;
      likelihood: number;
      impact: number;
      score: number;
    }>(
      db,
      sql`select ${engagementRisk.id} as id, ${engagement.id} as "engagementId", ${engagement.title} as "engagementTitle", ${company.name} as "companyName", ${engagementRisk.title} as title,
            (select ${riskCatalogueItem.key} from ${riskCatalogueItem} where ${riskCatalogueItem.id} = ${engagementRisk.catalogueItemId}) as "catalogueKey", ${riskL}::int as likelihood, ${riskI}::int as impact, (${riskL} * ${riskI})::int as score
          from ${riskFrom} where ${where} order by score desc, ${engagementRisk.updatedAt} desc, ${engagementRisk.id} limit ${limit}`,
    ),
  ]);
  return { count, items };
}

/** Open risks per matrix cell (current basis), with the first few risks of each cell. */
export function matrixCells(db: Db, scope: SQL) {
  return rows<{
    likelihood: number;
    impact: number;
    count: number;
    risks: Array<{
      id: string;
      title: string;
      catalogueKey: string | null;
      score: number;
      engagementId: string;
      engagementTitle: string;
      companyName: string;
    }>;
  }>(
    db,
    sql`select l::int as likelihood, i::int as impact, count(*)::int as count,
          coalesce(json_agg(json_build_object('id', id, 'title', title, 'catalogueKey', "catalogueKey", 'score', l * i, 'engagementId', "engagementId", 'engagementTitle', "engagementTitle", 'companyName', "companyName") order by rn)
            filter (where rn <= ${CELL_RISKS}), '[]'::json) as risks
        from (select ${engagementRisk.id} as id, ${engagementRisk.title} as title, (select ${riskCatalogueItem.key} from ${riskCatalogueItem} where ${riskCatalogueItem.id} = ${engagementRisk.catalogueItemId}) as "catalogueKey", ${riskL} as l, ${riskI} as i,
                ${engagement.id} as "engagementId", ${engagement.title} as "engagementTitle", ${company.name} as "companyName",
                row_number() over (partition by ${riskL}, ${riskI} order by ${riskL} * ${riskI} desc, ${engagementRisk.updatedAt} desc, ${engagementRisk.id}) as rn
              from ${riskFrom} where ${openRisk(scope)}) r
        group by 1, 2`,
  );
}

/** Ids of the scoped engagements among `ids` (to apply the mode filter to lists from elsewhere). */
export async function inScope(db: Db, scope: SQL, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const found = await rows<{ id: string }>(
    db,
    sql`select ${engagement.id} as id from ${engagement} where ${scope} and ${engagement.id} in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Set(found.map((r) => r.id));
}
