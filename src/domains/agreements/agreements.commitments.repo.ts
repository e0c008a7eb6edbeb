import { and, asc, eq, inArray, isNotNull, lt, lte, ne, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { claimVersion } from "../../platform/precondition.js";
import { company } from "../companies/companies.table.js";
import { contact, employment } from "../contacts/contacts.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { engagement } from "../engagements/engagements.table.js";
import type { CommitmentFilters } from "./agreements.schema.js";
import { commitment } from "./agreements.table.js";

// Queries of commitments: who promised what by when on one of the organisation's engagements.

export type CommitmentRow = typeof commitment.$inferSelect;
export type JoinedCommitment = {
  c: CommitmentRow;
  engagementTitle: string;
  companyId: string;
  companyName: string;
  contactName: string | null;
};
type CommitmentValues = Omit<typeof commitment.$inferInsert, "organizationId" | "id">;

function select(db: Db) {
  return db
    .select({
      c: commitment,
      engagementTitle: engagement.title,
      companyId: company.id,
      companyName: company.name,
      contactName: contact.name,
    })
    .from(commitment)
    .innerJoin(engagement, eq(engagement.id, commitment.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .leftJoin(contact, eq(contact.id, commitment.contactId));
}

/** One commitment of the organisation with its engagement, company and contact names. */
export async function findCommitment(db: Db, orgId: string, id: string): Promise<JoinedCommitment | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await select(db).where(and(eq(commitment.organizationId, orgId), eq(commitment.id, id)));
  return row;
}

/** An engagement's commitments: open ones first by due date (undated last), then the rest. */
export async function commitmentsOfEngagement(db: Db, orgId: string, engagementId: string): Promise<JoinedCommitment[]> {
  return select(db)
    .where(and(eq(commitment.organizationId, orgId), eq(commitment.engagementId, engagementId)))
    .orderBy(sql`${commitment.status} = 'open' desc`, sql`${commitment.dueOn} asc nulls last`, asc(commitment.createdAt));
}

/** The list's filters as SQL, always including the tenant; overdue is as of `today`. */
function commitmentWhere(orgId: string, q: CommitmentFilters, today: string): SQL {
  const where: SQL[] = [eq(commitment.organizationId, orgId)];
  if (q.overdue === true) where.push(eq(commitment.status, "open"), isNotNull(commitment.dueOn), lt(commitment.dueOn, today));
  if (q.overdue === false)
    where.push(sql`not (${commitment.status} = 'open' and ${commitment.dueOn} is not null and ${commitment.dueOn} < ${today})`);
  if (q.status.length) where.push(inArray(commitment.status, q.status));
  if (q.party) where.push(eq(commitment.party, q.party));
  if (q.engagementId !== undefined) where.push(isUuid(q.engagementId) ? eq(commitment.engagementId, q.engagementId) : sql`false`);
  if (q.userId) where.push(eq(commitment.userId, q.userId));
  if (q.dueBefore) where.push(lte(commitment.dueOn, q.dueBefore));
  if (q.updatedSince) where.push(sql`${commitment.updatedAt} >= ${q.updatedSince}::timestamptz`);
  return and(...where)!;
}

/** How many of the organisation's commitments match the filters. */
export async function countCommitmentRows(db: Db, orgId: string, q: CommitmentFilters, today: string): Promise<number> {
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(commitment)
    .where(commitmentWhere(orgId, q, today));
  return Number(total);
}

/** One page of the organisation's commitments matching the filters, by due date (undated last). */
export async function commitmentRowPage(
  db: Db,
  orgId: string,
  q: CommitmentFilters,
  today: string,
  limit: number,
  offset: number,
): Promise<JoinedCommitment[]> {
  return select(db)
    .where(commitmentWhere(orgId, q, today))
    .orderBy(sql`${commitment.dueOn} asc nulls last`, asc(commitment.createdAt), asc(commitment.id))
    .limit(limit)
    .offset(offset);
}

/** Whether a contact works (or worked) at a company of the organisation. */
export async function employedAt(db: Db, orgId: string, companyId: string, contactId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: employment.contactId })
    .from(employment)
    .where(and(eq(employment.organizationId, orgId), eq(employment.companyId, companyId), eq(employment.contactId, contactId)))
    .limit(1);
  return !!row;
}

export async function insertCommitment(db: Db, orgId: string, values: CommitmentValues): Promise<CommitmentRow> {
  const [row] = await db
    .insert(commitment)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

export async function updateCommitment(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<CommitmentValues> & { updatedAt: Date },
): Promise<void> {
  await db
    .update(commitment)
    .set(set)
    .where(and(eq(commitment.organizationId, orgId), eq(commitment.id, id)));
}

export async function deleteCommitment(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(commitment).where(and(eq(commitment.organizationId, orgId), eq(commitment.id, id)));
}

/** Claims the version of one of the organisation's commitments that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimCommitmentVersion = (ctx: Ctx, id: string) => claimVersion(ctx, commitment, commitment.id, id);

/** Per engagement: commitments due, kept on time and overdue as of `today` (cancelled ones left out). */
export async function keptCounts(db: Db, orgId: string, engagementIds: string[], today: string) {
  return db
    .select({
      engagementId: commitment.engagementId,
      due: sql<number>`count(*) filter (where ${commitment.dueOn} < ${today} or ${commitment.status} in ('done', 'missed'))::int`,
      kept: sql<number>`count(*) filter (where ${commitment.status} = 'done' and (${commitment.dueOn} is null or ${commitment.doneAt}::date <= ${commitment.dueOn}))::int`,
      overdue: sql<number>`count(*) filter (where ${commitment.status} = 'open' and ${commitment.dueOn} < ${today})::int`,
    })
    .from(commitment)
    .where(and(eq(commitment.organizationId, orgId), inArray(commitment.engagementId, engagementIds), ne(commitment.status, "cancelled")))
    .groupBy(commitment.engagementId);
}

/** Marks the open promises a contact made on the organisation's engagements with a company as made by a leaver. */
export async function markLeaverCommitments(db: Db, orgId: string, companyId: string, contactId: string, leftOn: string) {
  return db
    .update(commitment)
    .set({ contactLeftOn: leftOn, updatedAt: new Date() })
    .where(
      and(
        eq(commitment.organizationId, orgId),
        eq(commitment.contactId, contactId),
        eq(commitment.status, "open"),
        sql`${commitment.engagementId} in (select ${engagement.id} from ${engagement} where ${engagement.organizationId} = ${orgId} and ${engagement.companyId} = ${companyId})`,
      ),
    )
    .returning({ id: commitment.id, engagementId: commitment.engagementId });
}
