import { atVersion } from "../../platform/precondition.js";
import { and, asc, desc, eq, getTableColumns, inArray, isNull, like, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { user } from "../auth/auth.table.js";
import { employment } from "../contacts/contacts.table.js";
import { foldText } from "../../shared/text-fold.js";
import { company } from "./companies.table.js";
import { NACE_DIVISIONS } from "./nace.js";
import { screeningFilter } from "../screening/screening.status.js";
import type { CompanyListQuery } from "./companies.schema.js";

/** A company as the service reads it: every column but the search vector, which only the database's search uses. */
export type CompanyRow = Omit<typeof company.$inferSelect, "searchVector">;
const { searchVector: _searchVector, ...companyColumns } = getTableColumns(company);

// The correlated reference is spelled out: inside `from employment e`, a bare "id" would mean e.id.
const activeContacts = sql<number>`(select count(*)::int from ${employment} e where e.company_id = "company"."id" and e.ended_on is null)`;

// The display names of the users a company names come with the row, in the same statement (one round trip less per
// read; a deleted user is null, shown as "(former user)").
const nameOf = (column: string) => sql<string | null>`(select u.name from ${user} u where u.id = "company".${sql.raw(`"${column}"`)})`;
/** The three user names a company shows (owner, created by, changed by). */
export interface CompanyNames {
  ownerName: string | null;
  createdByName: string | null;
  updatedByName: string | null;
}
const companyNames = { ownerName: nameOf("owner_id"), createdByName: nameOf("created_by"), updatedByName: nameOf("updated_by") };
/** What every company read selects: the row, its active contacts and its users' names. */
const companyRead = { c: companyColumns, activeContactCount: activeContacts, names: companyNames };
/** What every company write returns: the row and its users' names. */
const companyReturning = { ...companyColumns, ...companyNames };
const splitReturning = (r: CompanyRow & CompanyNames): { row: CompanyRow; names: CompanyNames } => {
  const { ownerName, createdByName, updatedByName, ...row } = r;
  return { row, names: { ownerName, createdByName, updatedByName } };
};

type Filters = Omit<CompanyListQuery, "limit" | "offset" | "sort" | "cursor">;

/** Filters of a list query other than the search text, as SQL, always including the tenant. */
function baseFilters(orgId: string, q: Filters): SQL {
  const where: SQL[] = [eq(company.organizationId, orgId)];
  if (q.updatedSince) where.push(sql`${company.updatedAt} >= ${q.updatedSince}::timestamptz`);
  if (q.country.length)
    where.push(
      inArray(
        company.country,
        q.country.map((c) => c.toUpperCase()),
      ),
    );
  if (q.size.length) where.push(inArray(company.sizeClass, q.size as Array<"local" | "sme" | "large">));
  if (q.sector.length) {
    // A section letter matches every division of that section; a numeric code matches itself and its children.
    // Codes are digits and dots (validated), so one array lookup of the first two characters replaces a
    // case-insensitive pattern per division (5× cheaper per row with a section of 24 divisions).
    const bySector = q.sector.map((s) => {
      if (/^[A-U]$/.test(s)) {
        const divisions = Object.entries(NACE_DIVISIONS)
          .filter(([, [sec]]) => sec === s)
          .map(([d]) => d);
        return or(eq(company.naceCode, s), sql`left(${company.naceCode}, 2) = any(${sql.param(divisions)}::text[])`)!;
      }
      return or(eq(company.naceCode, s), like(company.naceCode, `${s}%`))!;
    });
    where.push(or(...bySector)!);
  }
  if (q.tag.length) where.push(sql`${company.tags} && ${sql.param(q.tag)}::text[]`);
  if (q.owner === "none") where.push(isNull(company.ownerId));
  else if (q.owner) where.push(eq(company.ownerId, q.owner));
  if (q.noActiveContact)
    where.push(sql`not exists (select 1 from ${employment} e where e.company_id = ${company.id} and e.ended_on is null)`);
  if (q.screening) where.push(screeningFilter(q.screening));
  return and(...where)!;
}

/** The search text folded, as a prefix tsquery, and whether it is too short for trigrams. */
function searchTerms(text: string | undefined): { folded: string; tsq: string; short: boolean } | undefined {
  const folded = text ? foldText(text) : "";
  if (!folded) return undefined;
  const words = folded.split(" ").filter(Boolean);
  const tsq = words
    .map((w) => `${w.replace(/[^\p{L}\p{N}]/gu, "")}:*`)
    .filter((w) => w.length > 2)
    .join(" & ");
  // Trigrams of one or two letters match almost everything and no index can serve them.
  return { folded, tsq, short: folded.length < 3 };
}

type Terms = NonNullable<ReturnType<typeof searchTerms>>;
const tsQuery = (t: Terms) => sql`to_tsquery('simple', ${t.tsq})`;
/** Name matches: substring or trigram, all served by the trigram index. `search_name %> x` is `x <% search_name` as the index states it; written so, the planner does not evaluate it twice. */
const nameMatch = (t: Terms) =>
  or(
    sql`${company.searchName} like ${"%" + t.folded + "%"}`,
    sql`${company.searchName} %> ${t.folded}`,
    sql`${company.searchName} % ${t.folded}`,
  )!;
const textMatch = (t: Terms) => sql`${company.searchVector} @@ ${tsQuery(t)}`;
/** What a search matches: names (trigram) or words of name, description and sector (full text); word prefixes only when short. */
function searchMatch(t: Terms): SQL {
  if (t.short) return t.tsq ? textMatch(t) : sql`${company.searchName} like ${t.folded + "%"}`;
  return t.tsq ? or(nameMatch(t), textMatch(t))! : nameMatch(t);
}

/** Filters of a list query as SQL, always including the tenant (the same rows listCompanies counts). */
function companyFilters(orgId: string, q: Filters): { where: SQL } {
  const t = searchTerms(q.q);
  const base = baseFilters(orgId, q);
  return { where: t ? and(base, searchMatch(t))! : base };
}

const SORTS: Record<string, SQL[]> = {
  name: [asc(company.name), asc(company.id)],
  "-name": [desc(company.name), desc(company.id)],
  country: [asc(company.country), asc(company.name), asc(company.id)],
  "-country": [desc(company.country), asc(company.name), asc(company.id)],
  createdAt: [asc(company.createdAt), asc(company.id)],
  "-createdAt": [desc(company.createdAt), desc(company.id)],
  updatedAt: [asc(company.updatedAt), asc(company.id)],
  "-updatedAt": [desc(company.updatedAt), desc(company.id)],
};

/**
 * One page of a search, with the total, in one statement. Name matches (substring or trigram, served by
 * the trigram index) are ranked by how well the name matches plus the full-text rank; matches only in
 * the description or sector (full text) are ranked by the full-text rank alone, so the costly trigram
 * functions run on name candidates only. Text of one or two letters matches word prefixes (full text).
 */
async function searchPage(db: Db, where: SQL, t: Terms, sort: string | undefined, limit: number, offset: number) {
  const tsRank = t.tsq ? sql`ts_rank(${company.searchVector}, ${tsQuery(t)})` : sql`0`;
  const prefixBonus = sql`case when ${company.searchName} like ${t.folded + "%"} then 2 when ${company.searchName} like ${"%" + t.folded + "%"} then 1 else 0 end`;
  const hitFields = (rank: SQL) => ({
    id: company.id,
    name: company.name,
    country: company.country,
    createdAt: company.createdAt,
    updatedAt: company.updatedAt,
    rank: sql<number>`(${rank})::float8`.as("rank"),
  });
  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types the CTEs from whichever branch builds them; spelling that type out adds nothing
  let hits;
  if (t.short) {
    const only = db.$with("hits").as(
      db
        .select(hitFields(sql`${prefixBonus} + ${tsRank}`))
        .from(company)
        .where(and(where, searchMatch(t))),
    );
    hits = { ctes: [only], hits: only };
  } else {
    const nameHits = db.$with("name_hits").as(
      db
        .select(
          hitFields(
            sql`${prefixBonus} + greatest(word_similarity(${t.folded}, ${company.searchName}), similarity(${company.searchName}, ${t.folded})) + ${tsRank}`,
          ),
        )
        .from(company)
        .where(and(where, nameMatch(t))),
    );
    if (!t.tsq) hits = { ctes: [nameHits], hits: nameHits };
    else {
      const textHits = db.$with("text_hits").as(
        db
          .select(hitFields(tsRank))
          .from(company)
          .where(and(where, textMatch(t), sql`${company.id} not in (select id from ${nameHits})`)),
      );
      const all = db.$with("hits").as(db.select().from(nameHits).unionAll(db.select().from(textHits)));
      hits = { ctes: [nameHits, textHits, all], hits: all };
    }
  }
  const h = hits.hits;
  const hitSorts: Record<string, SQL[]> = {
    name: [asc(h.name), asc(h.id)],
    "-name": [desc(h.name), desc(h.id)],
    country: [asc(h.country), asc(h.name), asc(h.id)],
    "-country": [desc(h.country), asc(h.name), asc(h.id)],
    createdAt: [asc(h.createdAt), asc(h.id)],
    "-createdAt": [desc(h.createdAt), desc(h.id)],
    updatedAt: [asc(h.updatedAt), asc(h.id)],
    "-updatedAt": [desc(h.updatedAt), desc(h.id)],
  };
  const order = sort ? hitSorts[sort] : [desc(h.rank), asc(h.name), asc(h.id)];
  const page = db.$with("page").as(
    db
      .select({
        id: sql<string>`${h.id}`.as("page_id"),
        pos: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as("pos"),
        total: sql<number>`(count(*) over ())::int`.as("total"),
      })
      .from(h)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
  );
  const rows = await db
    .with(...hits.ctes, page)
    .select({ ...companyRead, total: page.total })
    .from(page)
    .innerJoin(company, eq(company.id, page.id))
    .orderBy(asc(page.pos));
  return rows;
}

/** How many of the organisation's companies match the list filters (the same rows listCompanies counts). */
export async function countCompanies(db: Db, orgId: string, q: Filters): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(company).where(companyFilters(orgId, q).where);
  return Number(n);
}

/** One page of the organisation's companies with the total count. */
// Keyset paging (cursor `k`): the columns of each sort order, ending in the id so the order is total. Values
// travel as text, so timestamps keep PostgreSQL's microseconds (a JavaScript Date would round them to ms).
const KEYSET: Record<string, Array<{ col: SQL; dir: "asc" | "desc"; type: string }>> = (() => {
  const name = { col: sql`${company.name}`, type: "text" };
  const country = { col: sql`${company.country}`, type: "text" };
  const id = { col: sql`${company.id}`, type: "uuid" };
  const created = { col: sql`${company.createdAt}`, type: "timestamptz" };
  const updated = { col: sql`${company.updatedAt}`, type: "timestamptz" };
  const a = (c: { col: SQL; type: string }) => ({ ...c, dir: "asc" as const });
  const d = (c: { col: SQL; type: string }) => ({ ...c, dir: "desc" as const });
  return {
    name: [a(name), a(id)],
    "-name": [d(name), d(id)],
    country: [a(country), a(name), a(id)],
    "-country": [d(country), a(name), a(id)],
    createdAt: [a(created), a(id)],
    "-createdAt": [d(created), d(id)],
    updatedAt: [a(updated), a(id)],
    "-updatedAt": [d(updated), d(id)],
  };
})();

/** Rows strictly after `after` in the sort order: (k1 > v1) or (k1 = v1 and k2 > v2) or … ("<" for descending keys). */
function afterKey(sort: string, after: Array<string | number | null>): SQL {
  const keys = KEYSET[sort];
  const typed = (i: number) => sql`${String(after[i])}::${sql.raw(keys[i].type)}`;
  const ors = keys.map((k, i) => {
    const eqs = keys.slice(0, i).map((p, j) => sql`${p.col} = ${typed(j)}`);
    const cmp = k.dir === "asc" ? sql`${k.col} > ${typed(i)}` : sql`${k.col} < ${typed(i)}`;
    return and(...eqs, cmp)!;
  });
  return sql`(${or(...ors)})`;
}

/** A keyset page: `limit` rows after the cursor's row, and the key of the last row for the next cursor. */
export async function listCompaniesAfter(db: Db, orgId: string, q: CompanyListQuery, after: Array<string | number | null> | null) {
  const sort = q.sort ?? "name";
  const keys = KEYSET[sort];
  if (after && after.length !== keys.length) return null;
  const where = and(baseFilters(orgId, q), after ? afterKey(sort, after) : undefined)!;
  const keyCols = Object.fromEntries(keys.map((k, i) => [`k${i}`, sql<string>`(${k.col})::text`]));
  // The total rides on the page as an uncorrelated sub-select (evaluated once): one statement, one round trip.
  const count = db.select({ n: sql<number>`count(*)::int` }).from(company).where(baseFilters(orgId, q));
  const rows = await db
    .select({ ...companyRead, ...keyCols, total: sql<number>`(${count})`.mapWith(Number) })
    .from(company)
    .where(where)
    .orderBy(...SORTS[sort])
    .limit(q.limit);
  // Past the last row the count has no row to ride on.
  const total = rows.length ? rows[0].total : await countCompanies(db, orgId, q);
  const last = rows[rows.length - 1] as Record<string, unknown> | undefined;
  const lastKey = rows.length === q.limit && last ? keys.map((_, i) => last[`k${i}`] as string) : null;
  return { rows: rows.map((r) => ({ c: r.c, activeContactCount: r.activeContactCount, names: r.names })), total, lastKey };
}

export async function listCompanies(db: Db, orgId: string, q: CompanyListQuery) {
  const where = baseFilters(orgId, q);
  const terms = searchTerms(q.q);
  if (terms) {
    const found = await searchPage(db, where, terms, q.sort, q.limit, q.offset);
    // Past the last page the window count has no row to ride on.
    const total = found.length ? found[0].total : q.offset > 0 ? ((await searchPage(db, where, terms, q.sort, 1, 0))[0]?.total ?? 0) : 0;
    return { rows: found.map(({ c, activeContactCount, names }) => ({ c, activeContactCount, names })), total };
  }
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(companyRead)
      .from(company)
      .where(where)
      .orderBy(...SORTS[q.sort ?? "name"])
      .limit(q.limit)
      .offset(q.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(company).where(where),
  ]);
  return { rows, total };
}

/** Streams every company matching the filters (for export), in list order, page by page. */
export async function* iterateCompanies(db: Db, orgId: string, q: Omit<CompanyListQuery, "limit" | "offset">, pageSize = 1000) {
  const where = baseFilters(orgId, q);
  const terms = searchTerms(q.q);
  for (let offset = 0; ; offset += pageSize) {
    const rows = terms
      ? (await searchPage(db, where, terms, q.sort, pageSize, offset)).map(({ c, activeContactCount, names }) => ({
          c,
          activeContactCount,
          names,
        }))
      : await db
          .select(companyRead)
          .from(company)
          .where(where)
          .orderBy(...SORTS[q.sort ?? "name"])
          .limit(pageSize)
          .offset(offset);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
  }
}

/** One company of the organisation, or undefined (never another tenant's). */
export async function findCompany(db: Db, orgId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db
    .select(companyRead)
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

type CompanyValues = Omit<typeof company.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt" | "searchVector">;

/** Whether a contact works at a company of the organisation now. */
export async function worksAtNow(db: Db, orgId: string, companyId: string, contactId: string): Promise<boolean> {
  const [e] = await db
    .select({ id: employment.id })
    .from(employment)
    .where(
      and(
        eq(employment.organizationId, orgId),
        eq(employment.companyId, companyId),
        eq(employment.contactId, contactId),
        sql`${employment.endedOn} is null`,
      ),
    );
  return !!e;
}

/** Creates a company of the organisation. */
export async function insertCompany(db: Db, orgId: string, values: CompanyValues): Promise<{ row: CompanyRow; names: CompanyNames }> {
  const [row] = await db
    .insert(company)
    .values({ ...values, organizationId: orgId })
    .returning(companyReturning);
  return splitReturning(row);
}

/** Changes a company of the organisation; the changed row. */
export async function updateCompany(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<CompanyValues> & { updatedAt: Date },
  expectedUpdatedAt?: string,
): Promise<{ row: CompanyRow; names: CompanyNames } | undefined> {
  const [row] = await db
    .update(company)
    .set(set)
    .where(and(eq(company.organizationId, orgId), eq(company.id, id), atVersion(company.updatedAt, expectedUpdatedAt)))
    .returning(companyReturning);
  return row && splitReturning(row);
}

/** Deletes a company of the organisation. */
export async function deleteCompany(db: Db, orgId: string, id: string, expectedUpdatedAt?: string): Promise<Array<{ id: string }>> {
  return db
    .delete(company)
    .where(and(eq(company.organizationId, orgId), eq(company.id, id), atVersion(company.updatedAt, expectedUpdatedAt)))
    .returning({ id: company.id });
}

/** Points every reference to the source company at the target instead, within the organisation. */
export async function repointCompany(
  db: Db,
  orgId: string,
  refs: Array<{ table: string; column: string }>,
  sourceId: string,
  targetId: string,
): Promise<void> {
  for (const ref of refs) {
    await db.execute(
      sql`update ${sql.identifier(ref.table)} set ${sql.identifier(ref.column)} = ${targetId} where ${sql.identifier(ref.column)} = ${sourceId} and organization_id = ${orgId}`,
    );
  }
}
