import { and, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { company } from "../companies/companies.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { engagement } from "../engagements/engagements.table.js";
import type { AcknowledgementFilters } from "./acknowledgements.schema.js";
import { acknowledgement } from "./acknowledgements.table.js";

export type AcknowledgementRow = { a: typeof acknowledgement.$inferSelect; companyName: string; engagementTitle: string | null };
type Values = Omit<typeof acknowledgement.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt">;

function select(db: Db) {
  return db
    .select({ a: acknowledgement, companyName: company.name, engagementTitle: engagement.title })
    .from(acknowledgement)
    .innerJoin(company, eq(company.id, acknowledgement.companyId))
    .leftJoin(engagement, eq(engagement.id, acknowledgement.engagementId));
}

/** One acknowledgement of the organisation with its company's name and engagement's title, or undefined. */
export async function findAcknowledgement(db: Db, orgId: string, id: string): Promise<AcknowledgementRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await select(db).where(and(eq(acknowledgement.organizationId, orgId), eq(acknowledgement.id, id)));
  return row;
}

/** The list's filters as SQL, always including the tenant (another organisation's ids match nothing). */
function acknowledgementWhere(orgId: string, q: AcknowledgementFilters): SQL {
  const where: SQL[] = [eq(acknowledgement.organizationId, orgId)];
  if (q.companyId !== undefined) where.push(isUuid(q.companyId) ? eq(acknowledgement.companyId, q.companyId) : sql`false`);
  if (q.engagementId !== undefined) where.push(isUuid(q.engagementId) ? eq(acknowledgement.engagementId, q.engagementId) : sql`false`);
  if (q.channel.length) where.push(inArray(acknowledgement.channel, q.channel));
  if (q.from) where.push(gte(acknowledgement.occurredOn, q.from));
  if (q.to) where.push(lte(acknowledgement.occurredOn, q.to));
  if (q.updatedSince) where.push(sql`${acknowledgement.updatedAt} >= ${q.updatedSince}::timestamptz`);
  return and(...where)!;
}

/** How many of the organisation's acknowledgements match the filters. */
export async function countAcknowledgementRows(db: Db, orgId: string, q: AcknowledgementFilters): Promise<number> {
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(acknowledgement).where(acknowledgementWhere(orgId, q));
  return Number(total);
}

/** One page of the organisation's acknowledgements matching the filters, newest first. */
export async function acknowledgementRows(
  db: Db,
  orgId: string,
  q: AcknowledgementFilters,
  limit: number,
  offset: number,
): Promise<AcknowledgementRow[]> {
  return select(db)
    .where(acknowledgementWhere(orgId, q))
    .orderBy(desc(acknowledgement.occurredOn), desc(acknowledgement.createdAt), desc(acknowledgement.id))
    .limit(limit)
    .offset(offset);
}

/** Records an acknowledgement of the organisation. */
export async function insertAcknowledgement(db: Db, orgId: string, values: Values) {
  const [row] = await db
    .insert(acknowledgement)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Changes an acknowledgement of the organisation. */
export async function updateAcknowledgement(db: Db, orgId: string, id: string, set: Partial<Values> & { updatedAt: Date }): Promise<void> {
  await db
    .update(acknowledgement)
    .set(set)
    .where(and(eq(acknowledgement.organizationId, orgId), eq(acknowledgement.id, id)));
}

/** Deletes an acknowledgement of the organisation. */
export async function deleteAcknowledgement(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(acknowledgement).where(and(eq(acknowledgement.organizationId, orgId), eq(acknowledgement.id, id)));
}

/** Per company of the organisation: how many acknowledgements and the latest date. */
export async function acknowledgementSummary(db: Db, orgId: string, companyIds: string[]) {
  return db
    .select({
      companyId: acknowledgement.companyId,
      count: sql<number>`count(*)::int`,
      lastOn: sql<string | null>`max(${acknowledgement.occurredOn})::text`,
    })
    .from(acknowledgement)
    .where(and(eq(acknowledgement.organizationId, orgId), inArray(acknowledgement.companyId, companyIds)))
    .groupBy(acknowledgement.companyId);
}
