import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import type { ScreeningFilter } from "./decisions.js";
import { afterKeySql, cursorKey, keyColumns, nextKeyCursor, orderSql, type SqlKey } from "../../platform/keyset.js";
import type { SyncQuery } from "../../shared/pagination.js";
import type { Ctx } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { company } from "../companies/companies.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { catalogueVersion } from "./catalogue.table.js";
import type { ScreeningExportQuery } from "./screening.schema.js";
import { screening, screeningAnswer, screeningCondition, screeningFile } from "./screening.table.js";

// Queries of screenings, always within the caller's organisation (`ctx.orgId`).

export type ScreeningRow = typeof screening.$inferSelect;
export type AnswerRow = typeof screeningAnswer.$inferSelect;
export type ScreeningFileRow = typeof screeningFile.$inferSelect;
type Row = ScreeningRow;
type NewScreening = Omit<typeof screening.$inferInsert, "organizationId">;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One screening of the caller's organisation (404 otherwise); `lock` holds its row until the transaction ends. */
export async function find(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<Row> {
  if (!UUID.test(id)) throw notFound("Screening");
  const q = ctx.db
    .select()
    .from(screening)
    .where(and(eq(screening.organizationId, ctx.orgId), eq(screening.id, id)));
  const [row] = opts.lock ? await q.for("update") : await q;
  if (!row) throw notFound("Screening");
  return row;
}

/** Loads a draft for a change; a decided screening is history and refuses every change (409). */
export async function findDraft(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<Row> {
  const row = await find(ctx, id, opts);
  if (row.status !== "draft")
    throw new AppError("conflict", "This screening is decided and cannot change. Start a new screening of the company instead.", {
      screeningId: row.id,
    });
  return row;
}

/** The answers given in a screening. */
export async function answersOf(ctx: Ctx, screeningId: string): Promise<AnswerRow[]> {
  return ctx.db
    .select()
    .from(screeningAnswer)
    .where(and(eq(screeningAnswer.organizationId, ctx.orgId), eq(screeningAnswer.screeningId, screeningId)));
}

const BY_CHANGE: SqlKey[] = [
  { col: sql`${screening.updatedAt}`, dir: "asc", type: "timestamptz" },
  { col: sql`${screening.id}`, dir: "asc", type: "uuid" },
];

/** The organisation's screenings changed at or after `updatedSince` (all without it), oldest change first, by keyset. */
export async function changedSince(ctx: Ctx, q: SyncQuery): Promise<{ rows: Row[]; total: number; nextCursor: string | null }> {
  const after = cursorKey(q.cursor, BY_CHANGE.length);
  const where = and(
    eq(screening.organizationId, ctx.orgId),
    q.updatedSince ? sql`${screening.updatedAt} >= ${q.updatedSince}::timestamptz` : undefined,
  )!;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select({ s: screening, ...keyColumns(BY_CHANGE) })
      .from(screening)
      .where(after ? and(where, afterKeySql(BY_CHANGE, after)) : where)
      .orderBy(...orderSql(BY_CHANGE))
      .limit(q.limit),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(screening).where(where),
  ]);
  return { rows: rows.map((r) => r.s), total: Number(total), nextCursor: nextKeyCursor(rows, BY_CHANGE, q.limit) };
}

/** Changes a screening's own columns (its risk, supply chain, signals, decision); `updatedAt` is set by the caller. */
export async function updateScreening(ctx: Ctx, id: string, set: Partial<Omit<Row, "id" | "organizationId">>): Promise<void> {
  await ctx.db
    .update(screening)
    .set(set)
    .where(and(eq(screening.organizationId, ctx.orgId), eq(screening.id, id)));
}

/** A new screening of the organisation. */
export async function insertScreening(ctx: Ctx, values: NewScreening): Promise<Row> {
  const [row] = await ctx.db
    .insert(screening)
    .values({ ...values, organizationId: ctx.orgId })
    .returning();
  return row!;
}

/** Discards a screening (its answers, files and conditions go with it). */
export async function deleteScreening(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.delete(screening).where(and(eq(screening.organizationId, ctx.orgId), eq(screening.id, id)));
}

/** A company's open draft, if any. */
export async function openDraftOf(ctx: Ctx, companyId: string): Promise<{ id: string } | undefined> {
  const [d] = await ctx.db
    .select({ id: screening.id })
    .from(screening)
    .where(and(eq(screening.organizationId, ctx.orgId), eq(screening.companyId, companyId), eq(screening.status, "draft")));
  return d;
}

/** A company's latest decided screening, if any. */
export async function lastDecidedOf(ctx: Ctx, companyId: string): Promise<Row | undefined> {
  const [row] = await ctx.db
    .select()
    .from(screening)
    .where(and(eq(screening.organizationId, ctx.orgId), eq(screening.companyId, companyId), eq(screening.status, "decided")))
    .orderBy(desc(screening.decidedAt))
    .limit(1);
  return row;
}

/** A page of a company's screenings, newest first, with the count of all (changed since an instant, when given). */
export async function pageOfCompany(
  ctx: Ctx,
  companyId: string,
  q: { limit: number; offset: number; updatedSince?: string },
): Promise<{ rows: Row[]; total: number }> {
  const where = and(
    eq(screening.organizationId, ctx.orgId),
    eq(screening.companyId, companyId),
    q.updatedSince ? sql`${screening.updatedAt} >= ${q.updatedSince}::timestamptz` : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(screening).where(where).orderBy(desc(screening.createdAt), desc(screening.id)).limit(q.limit).offset(q.offset),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(screening).where(where),
  ]);
  return { rows, total: Number(total) };
}

/** The version numbers of catalogue versions, by id. */
export async function catalogueVersionNumbers(ctx: Ctx, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ id: catalogueVersion.id, version: catalogueVersion.version })
    .from(catalogueVersion)
    .where(and(eq(catalogueVersion.organizationId, ctx.orgId), inArray(catalogueVersion.id, ids)));
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** Records (or replaces) the answer to one criterion. */
export async function upsertAnswer(
  ctx: Ctx,
  screeningId: string,
  criterionKey: string,
  values: Omit<AnswerRow, "screeningId" | "organizationId" | "criterionKey">,
): Promise<void> {
  await ctx.db
    .insert(screeningAnswer)
    .values({ screeningId, organizationId: ctx.orgId, criterionKey, ...values })
    .onConflictDoUpdate({ target: [screeningAnswer.screeningId, screeningAnswer.criterionKey], set: values });
}

/** Copies answers of another screening into `screeningId`, marked as carried over. */
export async function carryOverAnswers(ctx: Ctx, screeningId: string, answers: AnswerRow[]): Promise<void> {
  if (!answers.length) return;
  await ctx.db.insert(screeningAnswer).values(answers.map((a) => ({ ...a, organizationId: ctx.orgId, screeningId, carriedOver: true })));
}

/** The evidence files of a screening, oldest first. */
export async function filesOf(ctx: Ctx, screeningId: string): Promise<ScreeningFileRow[]> {
  return ctx.db
    .select()
    .from(screeningFile)
    .where(and(eq(screeningFile.organizationId, ctx.orgId), eq(screeningFile.screeningId, screeningId)))
    .orderBy(asc(screeningFile.createdAt));
}

/** Copies file records of another screening into `screeningId` (the stored files are shared). */
export async function copyFiles(ctx: Ctx, screeningId: string, files: ScreeningFileRow[]): Promise<void> {
  if (!files.length) return;
  await ctx.db.insert(screeningFile).values(files.map(({ id: _id, ...f }) => ({ ...f, organizationId: ctx.orgId, screeningId })));
}

/** The conditions a decision set, in their order. */
export async function conditionsOf(ctx: Ctx, screeningId: string) {
  return ctx.db
    .select()
    .from(screeningCondition)
    .where(and(eq(screeningCondition.organizationId, ctx.orgId), eq(screeningCondition.screeningId, screeningId)))
    .orderBy(asc(screeningCondition.position));
}

/** Stores a decision's conditions in their order. */
export async function insertConditions(ctx: Ctx, screeningId: string, conditions: Array<{ text: string; dueOn: string }>) {
  if (!conditions.length) return;
  await ctx.db
    .insert(screeningCondition)
    .values(conditions.map((c, position) => ({ organizationId: ctx.orgId, screeningId, position, text: c.text, dueOn: c.dueOn })));
}

/** The latest decided screening of each of the organisation's companies named (none for a company never decided). */
export async function latestDecidedOf(db: Db, orgId: string, companyIds: string[]) {
  return db
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

export type ScreeningExportFilters = Omit<ScreeningExportQuery, "format" | "lang">;

// The day a screening is dated by: when it was decided, or (a draft) when it was started.
const dated = sql`coalesce(${screening.decidedAt}, ${screening.createdAt})`;

function exportWhere(orgId: string, f: ScreeningExportFilters): SQL {
  const where: SQL[] = [eq(screening.organizationId, orgId)];
  if (f.companyId !== undefined) where.push(isUuid(f.companyId) ? eq(screening.companyId, f.companyId) : sql`false`);
  if (f.status) where.push(eq(screening.status, f.status));
  if (f.decision.length) where.push(inArray(screening.decision, f.decision));
  if (f.from) where.push(gte(dated, sql`${f.from}::date`));
  if (f.to) where.push(lt(dated, sql`${f.to}::date + 1`));
  return and(...where)!;
}

/** A page of the organisation's screenings matching the export's filters, newest (by decision, else start) first. */
export async function screeningsForExport(db: Db, orgId: string, f: ScreeningExportFilters, limit: number, offset: number) {
  return db.select().from(screening).where(exportWhere(orgId, f)).orderBy(desc(dated), desc(screening.id)).limit(limit).offset(offset);
}

export async function countForExport(db: Db, orgId: string, f: ScreeningExportFilters): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(screening).where(exportWhere(orgId, f));
  return Number(n);
}

/** The names of the organisation's companies among the ids. */
export async function companyNamesOf(db: Db, orgId: string, ids: string[]) {
  return db
    .select({ id: company.id, name: company.name })
    .from(company)
    .where(and(eq(company.organizationId, orgId), inArray(company.id, ids)));
}

/** The conditions of the organisation's screenings, in their order. */
export async function conditionsOfScreenings(db: Db, orgId: string, screeningIds: string[]) {
  return db
    .select({
      screeningId: screeningCondition.screeningId,
      text: screeningCondition.text,
      dueOn: screeningCondition.dueOn,
      status: screeningCondition.status,
    })
    .from(screeningCondition)
    .where(and(eq(screeningCondition.organizationId, orgId), inArray(screeningCondition.screeningId, screeningIds)))
    .orderBy(asc(screeningCondition.position));
}

/** Which of these storage keys a file row of the organisation still points at. */
export async function usedStorageKeys(db: Db, orgId: string, keys: string[]): Promise<string[]> {
  const rows = await db
    .select({ key: screeningFile.storageKey })
    .from(screeningFile)
    .where(and(eq(screeningFile.organizationId, orgId), inArray(screeningFile.storageKey, keys)));
  return rows.map((r) => r.key);
}

export async function insertScreeningFile(
  db: Db,
  orgId: string,
  values: Omit<typeof screeningFile.$inferInsert, "organizationId" | "id">,
): Promise<ScreeningFileRow> {
  const [row] = await db
    .insert(screeningFile)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** One evidence file of one of the organisation's screenings. */
export async function findScreeningFile(db: Db, orgId: string, screeningId: string, fileId: string): Promise<ScreeningFileRow | undefined> {
  const [f] = await db
    .select()
    .from(screeningFile)
    .where(and(eq(screeningFile.organizationId, orgId), eq(screeningFile.screeningId, screeningId), eq(screeningFile.id, fileId)));
  return f;
}

export async function deleteScreeningFile(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(screeningFile).where(and(eq(screeningFile.organizationId, orgId), eq(screeningFile.id, id)));
}
