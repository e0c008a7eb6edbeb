import { atVersion } from "../../platform/precondition.js";
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { company } from "../companies/companies.table.js";
import { contact, employment } from "../contacts/contacts.table.js";
import type { EngagementFilters, EngagementListQuery } from "./engagements.schema.js";
import { engagement, engagementContact, engagementFlag, engagementStageChange, engagementTask } from "./engagements.table.js";
import type { EngagementStage } from "./engagements.rules.js";
import { afterKeySql, cursorKey, keyColumns, nextKeyCursor, orderSql, type SqlKey } from "../../platform/keyset.js";

export type EngagementRow = typeof engagement.$inferSelect;

/** True for a string shaped like a UUID (anything else cannot be a row id: 404, not a database error). */
export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** A LIKE pattern matching `text` anywhere, with its wildcards escaped. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** One engagement of the organisation, or undefined (never another tenant's). */
export async function findEngagement(db: Db, orgId: string, id: string): Promise<EngagementRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(engagement)
    .where(and(eq(engagement.organizationId, orgId), eq(engagement.id, id)));
  return row;
}

/** Filters of a list or board query as SQL, always including the tenant. */
export function engagementWhere(orgId: string, f: EngagementFilters): SQL {
  const where: SQL[] = [eq(engagement.organizationId, orgId)];
  if (f.updatedSince) where.push(sql`${engagement.updatedAt} >= ${f.updatedSince}::timestamptz`);
  if (f.stage.length) where.push(inArray(engagement.stage, f.stage as EngagementStage[]));
  if (f.mode.length) where.push(sql`${engagement.modes} && ${sql.param(f.mode)}::text[]`);
  if (f.companyId) where.push(eq(engagement.companyId, f.companyId));
  if (f.ownerId === "none") where.push(isNull(engagement.ownerId));
  else if (f.ownerId) where.push(eq(engagement.ownerId, f.ownerId));
  if (f.q) {
    const pattern = containsPattern(f.q);
    where.push(
      or(
        ilike(engagement.title, pattern),
        sql`${engagement.companyId} in (select ${company.id} from ${company} where ${company.organizationId} = ${orgId} and ${company.name} ilike ${pattern})`,
      )!,
    );
  }
  return and(...where)!;
}

const SORTS: Record<string, SQL[]> = {
  title: [asc(engagement.title), asc(engagement.id)],
  "-title": [desc(engagement.title), desc(engagement.id)],
  createdAt: [asc(engagement.createdAt), asc(engagement.id)],
  "-createdAt": [desc(engagement.createdAt), desc(engagement.id)],
  updatedAt: [asc(engagement.updatedAt), asc(engagement.id)],
  "-updatedAt": [desc(engagement.updatedAt), desc(engagement.id)],
};

/** One page of engagements matching the filters, in the list's order (the table and the export). */
export function engagementPage(db: Db, orgId: string, q: Omit<EngagementListQuery, "limit" | "offset">, limit: number, offset: number) {
  return db
    .select()
    .from(engagement)
    .where(engagementWhere(orgId, q))
    .orderBy(...SORTS[q.sort ?? "-updatedAt"])
    .limit(limit)
    .offset(offset);
}

/** How many engagements match the filters. */
export async function countEngagements(db: Db, orgId: string, f: EngagementFilters): Promise<number> {
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(engagement).where(engagementWhere(orgId, f));
  return Number(total);
}

// Keyset paging (ADR 0010): the key columns of each sort, ending in the id; values travel as text.
const KEYSET: Record<string, SqlKey[]> = (() => {
  const title = { col: sql`${engagement.title}`, type: "text" };
  const created = { col: sql`${engagement.createdAt}`, type: "timestamptz" };
  const updated = { col: sql`${engagement.updatedAt}`, type: "timestamptz" };
  const id = { col: sql`${engagement.id}`, type: "uuid" };
  const a = (c: { col: SQL; type: string }) => ({ ...c, dir: "asc" as const });
  const d = (c: { col: SQL; type: string }) => ({ ...c, dir: "desc" as const });
  return {
    title: [a(title), a(id)],
    "-title": [d(title), d(id)],
    createdAt: [a(created), a(id)],
    "-createdAt": [d(created), d(id)],
    updatedAt: [a(updated), a(id)],
    "-updatedAt": [d(updated), d(id)],
  };
})();

/**
 * One page of engagements and the total matching the filters. The list pages by keyset (`nextCursor`; a `cursor`
 * continues strictly after its row) unless a client asks for an `offset` explicitly.
 */
export async function listEngagements(
  db: Db,
  orgId: string,
  q: EngagementListQuery,
): Promise<{ rows: EngagementRow[]; total: number; nextCursor?: string | null }> {
  if (q.cursor !== undefined || q.offset === 0) {
    const keys = KEYSET[q.sort ?? "-updatedAt"];
    const after = cursorKey(q.cursor, keys.length);
    const where = engagementWhere(orgId, q);
    const [rows, total] = await Promise.all([
      db
        .select({ e: engagement, ...keyColumns(keys) })
        .from(engagement)
        .where(after ? and(where, afterKeySql(keys, after)) : where)
        .orderBy(...orderSql(keys))
        .limit(q.limit),
      countEngagements(db, orgId, q),
    ]);
    return { rows: rows.map((r) => r.e), total, nextCursor: nextKeyCursor(rows, keys, q.limit) };
  }
  const [rows, total] = await Promise.all([engagementPage(db, orgId, q, q.limit, q.offset), countEngagements(db, orgId, q)]);
  return { rows, total };
}

/** Up to `perStage` engagements of each stage (most recently changed first) and each stage's total. */
export async function boardRows(db: Db, orgId: string, f: EngagementFilters, perStage: number) {
  const where = engagementWhere(orgId, f);
  const ranked = db.$with("ranked").as(
    db
      .select({
        id: engagement.id,
        pos: sql<number>`row_number() over (partition by ${engagement.stage} order by ${engagement.updatedAt} desc, ${engagement.id})`.as(
          "pos",
        ),
      })
      .from(engagement)
      .where(where),
  );
  const rows = await db
    .with(ranked)
    .select({ e: engagement })
    .from(engagement)
    .innerJoin(ranked, eq(ranked.id, engagement.id))
    .where(sql`${ranked.pos} <= ${perStage}`)
    .orderBy(desc(engagement.updatedAt), asc(engagement.id));
  const totals = await db
    .select({ stage: engagement.stage, total: sql<number>`count(*)::int` })
    .from(engagement)
    .where(where)
    .groupBy(engagement.stage);
  return { rows: rows.map((r) => r.e), totals: new Map(totals.map((t) => [t.stage, t.total])) };
}

/** Names of companies of the organisation, by id. */
export async function companyNames(db: Db, orgId: string, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: company.id, name: company.name })
    .from(company)
    .where(and(eq(company.organizationId, orgId), inArray(company.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The company contacts listed on engagements, with whether each still works at the engagement's company. */
export async function contactsOf(db: Db, orgId: string, engagementIds: string[]) {
  if (!engagementIds.length) return [];
  return db
    .select({
      engagementId: engagementContact.engagementId,
      id: contact.id,
      name: contact.name,
      active: sql<boolean>`exists (select 1 from ${employment} e where e.contact_id = ${contact.id} and e.company_id = ${engagement.companyId} and e.ended_on is null)`,
    })
    .from(engagementContact)
    .innerJoin(contact, eq(contact.id, engagementContact.contactId))
    .innerJoin(engagement, eq(engagement.id, engagementContact.engagementId))
    .where(and(eq(engagementContact.organizationId, orgId), inArray(engagementContact.engagementId, engagementIds)))
    .orderBy(asc(contact.name));
}

/** Open (unresolved) flags of engagements. */
export async function openFlagsOf(db: Db, orgId: string, engagementIds: string[]) {
  if (!engagementIds.length) return [];
  return db
    .select()
    .from(engagementFlag)
    .where(
      and(eq(engagementFlag.organizationId, orgId), inArray(engagementFlag.engagementId, engagementIds), isNull(engagementFlag.resolvedAt)),
    )
    .orderBy(asc(engagementFlag.createdAt));
}

/** Per engagement: the number of open tasks and the earliest due date among them. */
export async function taskStatsOf(db: Db, orgId: string, engagementIds: string[]) {
  if (!engagementIds.length) return new Map<string, { open: number; nextDue: string | null }>();
  const rows = await db
    .select({
      engagementId: engagementTask.engagementId,
      open: sql<number>`count(*)::int`,
      nextDue: sql<string | null>`min(${engagementTask.dueOn})::text`,
    })
    .from(engagementTask)
    .where(
      and(eq(engagementTask.organizationId, orgId), inArray(engagementTask.engagementId, engagementIds), eq(engagementTask.done, false)),
    )
    .groupBy(engagementTask.engagementId);
  return new Map(rows.map((r) => [r.engagementId, { open: r.open, nextDue: r.nextDue }]));
}

/** Per ended engagement: the stage it was ended from (where reopening returns). */
export async function endedFromOf(db: Db, orgId: string, engagementIds: string[]): Promise<Map<string, EngagementStage>> {
  if (!engagementIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([engagementStageChange.engagementId], {
      engagementId: engagementStageChange.engagementId,
      fromStage: engagementStageChange.fromStage,
    })
    .from(engagementStageChange)
    .where(
      and(
        eq(engagementStageChange.organizationId, orgId),
        inArray(engagementStageChange.engagementId, engagementIds),
        eq(engagementStageChange.toStage, "ended"),
      ),
    )
    .orderBy(engagementStageChange.engagementId, desc(engagementStageChange.changedAt), desc(engagementStageChange.id));
  return new Map(rows.filter((r) => r.fromStage).map((r) => [r.engagementId, r.fromStage!]));
}

/** Contacts (of the organisation) among `ids` who work at `companyId` now. */
export async function activeContactsAt(db: Db, orgId: string, companyId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: employment.contactId })
    .from(employment)
    .where(
      and(
        eq(employment.organizationId, orgId),
        eq(employment.companyId, companyId),
        inArray(employment.contactId, ids),
        isNull(employment.endedOn),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

type EngagementValues = Omit<typeof engagement.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt">;

/** Replaces the company contacts of an engagement of the organisation. */
export async function replaceContacts(db: Db, orgId: string, engagementId: string, contactIds: string[]): Promise<void> {
  await db
    .delete(engagementContact)
    .where(and(eq(engagementContact.organizationId, orgId), eq(engagementContact.engagementId, engagementId)));
  if (contactIds.length)
    await db.insert(engagementContact).values(contactIds.map((contactId) => ({ organizationId: orgId, engagementId, contactId })));
}

/** Creates an engagement of the organisation. */
export async function insertEngagement(db: Db, orgId: string, values: EngagementValues): Promise<EngagementRow> {
  const [row] = await db
    .insert(engagement)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Records a stage change of an engagement of the organisation. */
export async function insertStageChange(
  db: Db,
  orgId: string,
  values: Omit<typeof engagementStageChange.$inferInsert, "organizationId" | "id">,
): Promise<void> {
  await db.insert(engagementStageChange).values({ ...values, organizationId: orgId });
}

/** Changes an engagement of the organisation. */
export async function updateEngagement(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<EngagementValues> & { updatedAt: Date },
  expectedUpdatedAt?: string,
): Promise<Array<{ id: string }>> {
  return db
    .update(engagement)
    .set(set)
    .where(and(eq(engagement.organizationId, orgId), eq(engagement.id, id), atVersion(engagement.updatedAt, expectedUpdatedAt)))
    .returning({ id: engagement.id });
}

/** Deletes an engagement of the organisation. */
export async function deleteEngagement(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(engagement).where(and(eq(engagement.organizationId, orgId), eq(engagement.id, id)));
}

/** The stage history of an engagement of the organisation, oldest first. */
export async function stageChangesOf(db: Db, orgId: string, engagementId: string) {
  return db
    .select()
    .from(engagementStageChange)
    .where(and(eq(engagementStageChange.organizationId, orgId), eq(engagementStageChange.engagementId, engagementId)))
    .orderBy(asc(engagementStageChange.changedAt), asc(engagementStageChange.id));
}
