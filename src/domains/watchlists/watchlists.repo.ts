import { and, asc, count, desc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { watchlist, watchlistImport } from "./watchlists.table.js";

export type WatchlistRow = typeof watchlist.$inferSelect;
export type WatchlistImportRow = typeof watchlistImport.$inferSelect;

/** The lists an organisation screens against: the instance-wide ones and its own, by name. */
export async function listsOf(db: Db, orgId: string): Promise<WatchlistRow[]> {
  return db
    .select()
    .from(watchlist)
    .where(or(isNull(watchlist.organizationId), eq(watchlist.organizationId, orgId)))
    .orderBy(asc(watchlist.name), asc(watchlist.organizationId));
}

/** One import of the organisation, or undefined (never another tenant's). */
export async function findImport(db: Db, orgId: string, id: string): Promise<WatchlistImportRow | undefined> {
  const [row] = await db
    .select()
    .from(watchlistImport)
    .where(and(eq(watchlistImport.organizationId, orgId), eq(watchlistImport.id, id)));
  return row;
}

/** A page of the organisation's imports, newest first, with their total. */
export async function importPage(db: Db, orgId: string, limit: number, offset: number) {
  const where = eq(watchlistImport.organizationId, orgId);
  const rows = await db.select().from(watchlistImport).where(where).orderBy(desc(watchlistImport.startedAt)).limit(limit).offset(offset);
  const [{ n }] = await db.select({ n: count() }).from(watchlistImport).where(where);
  return { rows, total: Number(n) };
}

/** An import by id, whoever's it is: for the background job, which holds the id it was given. */
export async function importById(db: Db, id: string): Promise<WatchlistImportRow | undefined> {
  const [row] = await db.select().from(watchlistImport).where(eq(watchlistImport.id, id));
  return row;
}

/** Changes an import by id (its upload, or its failure). */
export async function setImport(db: Db, id: string, set: Partial<typeof watchlistImport.$inferInsert>): Promise<void> {
  await db.update(watchlistImport).set(set).where(eq(watchlistImport.id, id));
}
