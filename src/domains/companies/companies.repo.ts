import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { user } from "../auth/auth.table.js";
import { employment } from "../contacts/contacts.table.js";
import { foldText } from "../../shared/text-fold.js";
import { company } from "./companies.table.js";
import { NACE_DIVISIONS } from "./nace.js";
import type { CompanyListQuery } from "./companies.schema.js";

export type CompanyRow = typeof company.$inferSelect;

const activeContacts = sql<number>`(select count(*)::int from ${employment} e where e.company_id = ${company.id} and e.ended_on is null)`;

/** Filters of a list query as SQL, always including the tenant. */
export function companyFilters(orgId: string, q: Omit<CompanyListQuery, "limit" | "offset" | "sort">): { where: SQL; rank?: SQL } {
  const where: SQL[] = [eq(company.organizationId, orgId)];
  if (q.country.length) where.push(inArray(company.country, q.country.map((c) => c.toUpperCase())));
  if (q.size.length) where.push(inArray(company.sizeClass, q.size as Array<"local" | "sme" | "large">));
  if (q.sector.length) {
    // A section letter matches every division of that section; a numeric code matches itself and its children.
    const bySector = q.sector.map((s) => {
      if (/^[A-U]$/.test(s)) {
        const divisions = Object.entries(NACE_DIVISIONS).filter(([, [sec]]) => sec === s).map(([d]) => d);
        return or(eq(company.naceCode, s), ...divisions.map((d) => ilike(company.naceCode, `${d}%`)))!;
      }
      return or(eq(company.naceCode, s), ilike(company.naceCode, `${s}.%`), ilike(company.naceCode, `${s}%`))!;
    });
    where.push(or(...bySector)!);
  }
  if (q.tag.length) where.push(sql`${company.tags} && ${sql.param(q.tag)}::text[]`);
  if (q.owner === "none") where.push(isNull(company.ownerId));
  else if (q.owner) where.push(eq(company.ownerId, q.owner));
  if (q.noActiveContact) where.push(sql`not exists (select 1 from ${employment} e where e.company_id = ${company.id} and e.ended_on is null)`);
  let rank: SQL | undefined;
  const folded = q.q ? foldText(q.q) : "";
  if (folded) {
    const words = folded.split(" ").filter(Boolean);
    const tsq = words.map((w) => `${w.replace(/[^\p{L}\p{N}]/gu, "")}:*`).filter((w) => w.length > 2).join(" & ");
    const conds: SQL[] = [
      sql`${company.searchName} like ${"%" + folded + "%"}`,
      sql`${folded} <% ${company.searchName}`,
      sql`${company.searchName} % ${folded}`,
    ];
    if (tsq) conds.push(sql`${company.searchVector} @@ to_tsquery('simple', ${tsq})`);
    where.push(or(...conds)!);
    rank = sql`(case when ${company.searchName} like ${folded + "%"} then 2 when ${company.searchName} like ${"%" + folded + "%"} then 1 else 0 end
      + greatest(word_similarity(${folded}, ${company.searchName}), similarity(${company.searchName}, ${folded}))
      + ${tsq ? sql`ts_rank(${company.searchVector}, to_tsquery('simple', ${tsq}))` : sql`0`})`;
  }
  return { where: and(...where)!, rank };
}

const SORTS: Record<string, SQL[]> = {
  name: [asc(company.name), asc(company.id)],
  "-name": [desc(company.name), desc(company.id)],
  country: [asc(company.country), asc(company.name)],
  "-country": [desc(company.country), asc(company.name)],
  createdAt: [asc(company.createdAt), asc(company.id)],
  "-createdAt": [desc(company.createdAt), desc(company.id)],
  updatedAt: [asc(company.updatedAt), asc(company.id)],
  "-updatedAt": [desc(company.updatedAt), desc(company.id)],
};

/** One page of the organisation's companies with the total count. */
export async function listCompanies(db: Db, orgId: string, q: CompanyListQuery) {
  const { where, rank } = companyFilters(orgId, q);
  const order = q.sort ? SORTS[q.sort] : rank ? [desc(rank), asc(company.name)] : SORTS.name;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ c: company, activeContactCount: activeContacts })
      .from(company)
      .where(where)
      .orderBy(...order)
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(company).where(where),
  ]);
  return { rows, total };
}

/** Streams every company matching the filters (for export), in name order, page by page. */
export async function* iterateCompanies(db: Db, orgId: string, q: Omit<CompanyListQuery, "limit" | "offset">, pageSize = 1000) {
  const { where, rank } = companyFilters(orgId, q);
  const order = q.sort ? SORTS[q.sort] : rank ? [desc(rank), asc(company.name), asc(company.id)] : SORTS.name;
  for (let offset = 0; ; offset += pageSize) {
    const rows = await db.select({ c: company, activeContactCount: activeContacts }).from(company).where(where).orderBy(...order).limit(pageSize).offset(offset);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
  }
}

/** One company of the organisation, or undefined (never another tenant's). */
export async function findCompany(db: Db, orgId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db
    .select({ c: company, activeContactCount: activeContacts })
    .from(company)
    .where(and(eq(company.organizationId, orgId), eq(company.id, id)));
  return row;
}

/** Display names of users, by id. */
export async function userNames(db: Db, ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
