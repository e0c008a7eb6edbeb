import { and, eq, sql } from "drizzle-orm";
import { afterKeySql, cursorKey, keyColumns, nextKeyCursor, orderSql, type SqlKey } from "../../platform/keyset.js";
import type { SyncQuery } from "../../shared/pagination.js";
import type { Ctx } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { screening, screeningAnswer } from "./screening.table.js";

// Queries of screenings, always within the caller's organisation.

type Row = typeof screening.$inferSelect;
type AnswerRow = typeof screeningAnswer.$inferSelect;

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
