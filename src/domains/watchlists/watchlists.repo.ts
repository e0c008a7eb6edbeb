import { and, asc, count, desc, eq, gt, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { watchlist, watchlistEntity, watchlistImport, watchlistJudgement } from "./watchlists.table.js";

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

/** The lists imported at least once that an organisation screens against (instance-wide and its own; null: instance only). */
export async function loadedLists(db: Db, orgId: string | null) {
  return db
    .select({
      id: watchlist.id,
      name: watchlist.name,
      organizationId: watchlist.organizationId,
      currentVersion: watchlist.currentVersion,
      entityCount: watchlist.entityCount,
    })
    .from(watchlist)
    .where(
      and(
        gt(watchlist.currentVersion, 0),
        orgId ? or(isNull(watchlist.organizationId), eq(watchlist.organizationId, orgId)) : isNull(watchlist.organizationId),
      ),
    )
    .orderBy(asc(watchlist.organizationId), asc(watchlist.name));
}

/** The lists of one scope — an organisation's own, or the instance's (null) — by id, loaded or not. */
export async function listsOfScope(db: Db, orgId: string | null) {
  return db
    .select({
      id: watchlist.id,
      name: watchlist.name,
      organizationId: watchlist.organizationId,
      currentVersion: watchlist.currentVersion,
      entityCount: watchlist.entityCount,
    })
    .from(watchlist)
    .where(orgId ? eq(watchlist.organizationId, orgId) : isNull(watchlist.organizationId))
    .orderBy(asc(watchlist.id));
}

/** A page of a list's current entities (not removed) after the id `after`, by id: what the index is built from. */
export async function liveEntityPage(db: Db, watchlistId: string, after: number, limit: number) {
  return db
    .select({
      id: watchlistEntity.id,
      sourceId: watchlistEntity.sourceId,
      type: watchlistEntity.type,
      names: watchlistEntity.names,
      countries: watchlistEntity.countries,
      birthDates: watchlistEntity.birthDates,
      identifiers: watchlistEntity.identifiers,
    })
    .from(watchlistEntity)
    .where(and(eq(watchlistEntity.watchlistId, watchlistId), isNull(watchlistEntity.removedInVersion), gt(watchlistEntity.id, after)))
    .orderBy(asc(watchlistEntity.id))
    .limit(limit);
}

/** The content hashes of list entries (ids the organisation's index returned). */
export async function contentHashes(db: Db, entityIds: number[]) {
  return db
    .select({ id: watchlistEntity.id, hash: watchlistEntity.contentHash })
    .from(watchlistEntity)
    .where(inArray(watchlistEntity.id, entityIds));
}

/** The organisation's judgements of list entries for a company, newest first. */
export async function judgementsOf(db: Db, orgId: string, companyId: string, entityIds: number[]) {
  return db
    .select()
    .from(watchlistJudgement)
    .where(
      and(
        eq(watchlistJudgement.organizationId, orgId),
        eq(watchlistJudgement.companyId, companyId),
        inArray(watchlistJudgement.watchlistEntityId, entityIds),
      ),
    )
    .orderBy(desc(watchlistJudgement.judgedAt));
}

/** A list entry the organisation screens against (on an instance list or its own), with its list's name. */
export async function visibleEntity(db: Db, orgId: string, entityId: number) {
  const [row] = await db
    .select({ id: watchlistEntity.id, contentHash: watchlistEntity.contentHash, sourceId: watchlistEntity.sourceId, list: watchlist.name })
    .from(watchlistEntity)
    .innerJoin(watchlist, eq(watchlist.id, watchlistEntity.watchlistId))
    .where(and(eq(watchlistEntity.id, entityId), or(isNull(watchlist.organizationId), eq(watchlist.organizationId, orgId))));
  return row;
}

export async function insertJudgement(
  db: Db,
  orgId: string,
  values: Omit<typeof watchlistJudgement.$inferInsert, "organizationId" | "id">,
): Promise<typeof watchlistJudgement.$inferSelect> {
  const [row] = await db
    .insert(watchlistJudgement)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}
