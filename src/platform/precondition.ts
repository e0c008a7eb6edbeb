// Conditional writes (If-Match) made atomic in the database. The HTTP layer (src/server/etag.ts) compares the
// client's ETag with the resource's current representation; when it matches, it hands the representation's
// `updatedAt` to the service as `ctx.expectedUpdatedAt`. The service's UPDATE then carries
// `… AND updated_at = <that instant>` (compared to the millisecond, as the API shows it), so check and write are one
// statement: of two writers holding the same ETag — in one process or in several on one PostgreSQL database —
// the second finds no row at that version and answers 412. Every write also moves `updated_at` forward.
import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
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
