// Conditional writes (If-Match) made atomic in the database. The HTTP layer (src/server/etag.ts) compares the
// client's ETag with the resource's current representation; when it matches, it hands the representation's
// `updatedAt` to the service as `ctx.expectedUpdatedAt`. The service's UPDATE then carries
// `… AND updated_at = <that instant>` (compared to the millisecond, as the API shows it), so check and write are one
// statement: of two writers holding the same ETag — in one process or in several on one PostgreSQL database —
// the second finds no row at that version and answers 412. Every write also moves `updated_at` forward.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { AppError } from "../shared/app-error.js";
import type { Ctx } from "./context.js";

export function preconditionFailed(): AppError {
  return new AppError(
    "precondition_failed",
    "The resource changed since you read it (If-Match names an older ETag). Read it again and reapply your change.",
  );
}

/** The WHERE condition that makes an UPDATE apply only to the version the request's If-Match named (none without one). */
export function atExpectedVersion(ctx: Ctx, updatedAt: PgColumn): SQL | undefined {
  return atVersion(updatedAt, ctx.expectedUpdatedAt);
}

/** The same condition for a repository, given the expected instant (none without one). */
export function atVersion(updatedAt: PgColumn, expected: string | undefined): SQL | undefined {
  if (!expected) return undefined;
  return sql`date_trunc('milliseconds', ${updatedAt}) = ${expected}::timestamptz`;
}

/** Throws 412 when a row read in the write's transaction is no longer the version the request's If-Match named. */
export function assertExpectedVersion(ctx: Ctx, updatedAt: Date): void {
  if (ctx.expectedUpdatedAt && new Date(ctx.expectedUpdatedAt).getTime() !== updatedAt.getTime()) {
    throw preconditionFailed();
  }
}

/** Throws 412 when a conditional UPDATE changed no row (another writer got there first). */
export function assertUpdated(ctx: Ctx, rows: unknown[]): void {
  if (ctx.expectedUpdatedAt && rows.length === 0) throw preconditionFailed();
}

/** A table whose rows carry the instant they last changed (and, for `claimVersion`, belong to an organisation). */
type VersionedTable = PgTable & { updatedAt: PgColumn };

/**
 * Claims the version the request's If-Match named, as the first write of the service's transaction — for services
 * whose write is more than one UPDATE (child rows, a delete, several tables). A conditional UPDATE that changes
 * nothing (`SET updated_at = updated_at … WHERE <the organisation's row> AND updated_at = <that instant>`) locks the
 * row at that version until the transaction ends; a second writer holding the same ETag waits for the lock, then
 * finds no row at that version (the first writer's own UPDATE moved `updated_at`, or the row is gone): 412. Check
 * and lock are one statement, in one process or across several on one PostgreSQL database. Without If-Match,
 * nothing. `ctx` must be the write's transaction, and the write must move `updated_at`.
 */
export async function claimVersion(
  ctx: Ctx,
  table: VersionedTable & { organizationId: PgColumn },
  key: PgColumn,
  value: string,
): Promise<void> {
  await claimVersionWhere(ctx, table, and(eq(table.organizationId, ctx.orgId), eq(key, value))!);
}

/** `claimVersion` for a row the service has already found the caller may change (`where` names that row). */
export async function claimVersionWhere(ctx: Ctx, table: VersionedTable, where: SQL): Promise<void> {
  if (!ctx.expectedUpdatedAt) return;
  const rows = await ctx.db
    .update(table)
    .set({ updatedAt: sql`${table.updatedAt}` } as never)
    .where(and(where, atVersion(table.updatedAt, ctx.expectedUpdatedAt)))
    .returning({ claimed: sql<number>`1` });
  if (rows.length === 0) throw preconditionFailed();
}
