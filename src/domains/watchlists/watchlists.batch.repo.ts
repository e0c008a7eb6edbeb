import { and, asc, count, desc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import type { Match } from "./watchlists.schema.js";
import { screeningBatch, screeningBatchRow } from "./watchlists.table.js";

// Queries of batch screening: the organisation's batches and their rows. The background job finds a batch by id
// (the id it queued); everything a request reads is filtered by the organisation.

export type BatchRow = typeof screeningBatch.$inferSelect;
export type StoredRow = typeof screeningBatchRow.$inferSelect;
type BatchSet = Partial<Omit<typeof screeningBatch.$inferInsert, "id" | "organizationId">>;

export async function findBatch(db: Db, orgId: string, id: string): Promise<BatchRow | undefined> {
  const [b] = await db
    .select()
    .from(screeningBatch)
    .where(and(eq(screeningBatch.organizationId, orgId), eq(screeningBatch.id, id)));
  return b;
}

export async function insertBatch(
  db: Db,
  orgId: string,
  values: { filename: string; total: number; createdBy: string },
): Promise<BatchRow> {
  const [b] = await db
    .insert(screeningBatch)
    .values({ ...values, organizationId: orgId })
    .returning();
  return b;
}

/** Stores a batch's rows, a thousand per statement. */
export async function insertBatchRows(
  db: Db,
  batchId: string,
  rows: Array<{ rowId: string; name: string; country: string | null; rejected: StoredRow["rejected"] }>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(screeningBatchRow).values(rows.slice(i, i + 1000).map((r, k) => ({ batchId, rowNo: i + k + 1, ...r })));
  }
}

/** Changes a batch the caller found already (by the organisation, or the job's own id). */
export async function setBatch(db: Db, id: string, set: BatchSet): Promise<void> {
  await db.update(screeningBatch).set(set).where(eq(screeningBatch.id, id));
}

/** A page of the organisation's batches, newest first, with their total. */
export async function batchPage(db: Db, orgId: string, limit: number, offset: number): Promise<{ rows: BatchRow[]; total: number }> {
  const where = eq(screeningBatch.organizationId, orgId);
  const rows = await db.select().from(screeningBatch).where(where).orderBy(desc(screeningBatch.createdAt)).limit(limit).offset(offset);
  const [{ n }] = await db.select({ n: count() }).from(screeningBatch).where(where);
  return { rows, total: Number(n) };
}

/** A page of a batch's rows in file order (the batch found by the caller). */
export async function batchRows(db: Db, batchId: string, limit: number, offset: number): Promise<StoredRow[]> {
  return db
    .select()
    .from(screeningBatchRow)
    .where(eq(screeningBatchRow.batchId, batchId))
    .orderBy(asc(screeningBatchRow.rowNo))
    .limit(limit)
    .offset(offset);
}

/** Claims a queued batch for a run (counting the attempt); undefined when it is not queued. */
export async function claimQueuedBatch(db: Db, id: string): Promise<BatchRow | undefined> {
  const [b] = await db
    .update(screeningBatch)
    .set({ status: "running", attempts: sql`${screeningBatch.attempts} + 1`, heartbeatAt: new Date() })
    .where(and(eq(screeningBatch.id, id), eq(screeningBatch.status, "queued")))
    .returning();
  return b;
}

/** How many of a batch's rows are screened or rejected. */
export async function settledRowCount(db: Db, batchId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(screeningBatchRow)
    .where(and(eq(screeningBatchRow.batchId, batchId), or(isNotNull(screeningBatchRow.matches), isNotNull(screeningBatchRow.rejected))));
  return Number(n);
}

/** The next rows of a batch to screen, in file order. */
export async function rowsToScreen(db: Db, batchId: string, limit: number) {
  return db
    .select({ rowNo: screeningBatchRow.rowNo, name: screeningBatchRow.name, country: screeningBatchRow.country })
    .from(screeningBatchRow)
    .where(and(eq(screeningBatchRow.batchId, batchId), isNull(screeningBatchRow.matches), isNull(screeningBatchRow.rejected)))
    .orderBy(asc(screeningBatchRow.rowNo))
    .limit(limit);
}

/** Stores the matches of screened rows and the batch's progress, in one transaction. */
export async function saveScreenedRows(db: Db, batchId: string, results: Array<{ n: number; m: Match[] }>, processed: number) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      update screening_batch_row r set matches = x.m
      from json_to_recordset(${JSON.stringify(results)}::json) as x(n int, m jsonb)
      where r.batch_id = ${batchId} and r.row_no = x.n`);
    await tx.update(screeningBatch).set({ processed, heartbeatAt: new Date() }).where(eq(screeningBatch.id, batchId));
  });
}

/**
 * Queues again the running batches of every organisation whose run stopped: all of them (`staleAfterSeconds` null, at
 * the start of the process that owns the embedded database), or those without a heartbeat for that long.
 */
export async function requeueStaleBatches(db: Db, staleAfterSeconds: number | null) {
  const stale =
    staleAfterSeconds === null
      ? sql`true`
      : sql`coalesce(${screeningBatch.heartbeatAt}, ${screeningBatch.createdAt}) < now() - ${`${staleAfterSeconds} seconds`}::interval`;
  return db
    .update(screeningBatch)
    .set({ status: "queued" })
    .where(and(eq(screeningBatch.status, "running"), stale))
    .returning({ id: screeningBatch.id, attempts: screeningBatch.attempts });
}
